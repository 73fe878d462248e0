import { type DockerfileDoc, type DockerfileFrom, parseImageRef } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** `registry/repository` as Docker resolves it: no registry means Docker Hub, one-word names are `library/`. */
function canonical(ref: { registry?: string; name: string }): { registry: string; repository: string } {
  const registry =
    ref.registry && !DOCKER_HUB.has(ref.registry.toLowerCase()) ? ref.registry.toLowerCase() : 'docker.io';
  const repository = registry === 'docker.io' && !ref.name.includes('/') ? `library/${ref.name}` : ref.name;
  return { registry, repository };
}

/**
 * A trusted entry is a registry host (`registry.example.com`, `localhost:5000`), a wildcard over its subdomains
 * (`*.example.com`), or a registry with a repository prefix (`docker.io/library`, `ghcr.io/acme`).
 */
function trusted(entry: string, image: { registry: string; repository: string }): boolean {
  const e = entry.trim().toLowerCase().replace(/\/+$/, '');
  const slash = e.indexOf('/');
  const host = slash < 0 ? e : e.slice(0, slash);
  const normalized = DOCKER_HUB.has(host) ? 'docker.io' : host;
  const hostOk = normalized.startsWith('*.')
    ? image.registry.endsWith(normalized.slice(1))
    : image.registry === normalized;
  if (!hostOk) return false;
  if (slash < 0) return true;
  const prefix = e.slice(slash + 1);
  const repo = image.repository.toLowerCase();
  return repo === prefix || repo.startsWith(`${prefix}/`);
}

/** The registry part is decided by a build argument without a default. */
function registryUnknown(from: DockerfileFrom): boolean {
  if (!from.unresolved) return false;
  const raw = parseImageRef(from.raw);
  if (raw.registry?.includes('$')) return true;
  return (raw.name.split('/')[0] ?? '').includes('$');
}

export default defineAuditRule<DockerfileDoc, 'untrusted' | 'unresolved'>({
  id: 'DF004',
  name: 'untrusted-base-registry',
  source: 'dockerfile',
  meta: {
    title: 'Base image from a registry that is not trusted',
    severity: 'medium',
    description:
      'A FROM instruction pulls its image from a registry outside the configured list of trusted registries (`trustedRegistries`; images without a registry come from docker.io). Base images from an uncurated source bring in software nobody reviewed and can be replaced by whoever controls that registry. A FROM whose registry is a build argument without a default cannot be checked and is reported as such. The rule runs only when trusted registries are configured; otherwise it is skipped.',
    remediation:
      'Pull base images only from the registries your organisation curates (mirror the upstream images you need into them), or add the registry to `trustedRegistries` after review.',
    references: [
      'https://github.com/hadolint/hadolint#configure',
      'https://docs.docker.com/docker-hub/repos/manage/trusted-content/official-images/',
    ],
    frameworks: { design: ['trusted-registry'], 'cis-docker-1.6.0': ['4.2'] },
    aliases: { hadolint: ['DL3026'] },
    stride: ['spoofing', 'tampering'],
  },
  messages: {
    untrusted: 'FROM {{image}} pulls from {{registry}}, which is not among the trusted registries ({{trusted}}).',
    unresolved:
      'FROM {{image}}: the registry comes from a build argument without a default, so it cannot be checked against the trusted registries.',
  },
  check(ctx, doc) {
    const list = ctx.options.trustedRegistries ?? [];
    if (list.length === 0) return ctx.skip('no trusted registries configured');
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { from } of doc.stages) {
      if (from.scratch || from.stageRef) continue;
      if (registryUnknown(from)) {
        ctx.report({ messageId: 'unresolved', range: from.imageRange, data: { image: from.raw } });
        continue;
      }
      const image = canonical(from.unresolved ? parseImageRef(from.raw) : from);
      if (list.some((entry) => trusted(entry, image))) continue;
      ctx.report({
        messageId: 'untrusted',
        range: from.imageRange,
        data: { image: from.raw, registry: image.registry, trusted: list.join(', ') },
      });
    }
  },
});
