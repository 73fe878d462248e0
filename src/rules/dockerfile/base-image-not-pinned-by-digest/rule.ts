import { type DockerfileDoc, type DockerfileFrom, parseImageRef } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/** The digest as the Dockerfile gives it: absent, present, or decided by a build argument without a default. */
function digestOf(from: DockerfileFrom): { state: 'none' | 'unknown' } | { state: 'digest'; digest: string } {
  if (!from.unresolved) return from.digest ? { state: 'digest', digest: from.digest } : { state: 'none' };
  const raw = parseImageRef(from.raw);
  if (raw.digest !== undefined)
    return raw.digest.includes('$') ? { state: 'unknown' } : { state: 'digest', digest: raw.digest };
  // `FROM ${IMAGE}` may carry a digest in the argument; `FROM node:${TAG}` cannot.
  const last = raw.name.split('/').at(-1) ?? '';
  return last.includes('$') && raw.tag === undefined ? { state: 'unknown' } : { state: 'none' };
}

export default defineAuditRule<DockerfileDoc, 'noDigest' | 'badDigest'>({
  id: 'DF003',
  name: 'base-image-not-pinned-by-digest',
  source: 'dockerfile',
  meta: {
    title: 'Base image not pinned by digest',
    severity: 'low',
    description:
      'A FROM instruction names its image by tag only. A tag is a mutable pointer: whoever can push to the repository (its owner, a compromised account, a man in the middle of an unauthenticated registry mirror) can make the same tag serve a different image, and the build trusts it. A `@sha256:` digest names the content itself; the engine verifies what it pulls against it, which is the image-spoofing mitigation the threat model relies on. Every build stage is checked; `scratch`, references to earlier stages, and images given entirely by a build argument without a default (`FROM ${BASE_IMAGE}`) are not reported.',
    remediation:
      'Pin each base image by digest, keeping the tag for readers: `FROM node:20.11-bookworm-slim@sha256:<digest>` (the digest is printed by `docker buildx imagetools inspect node:20.11-bookworm-slim`). Let a bot such as Renovate or Dependabot propose digest updates so patches still arrive.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#from',
      'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    ],
    frameworks: { design: ['digest-pinning'], 'cis-docker-1.6.0': ['4.2'] },
    aliases: {},
    stride: ['spoofing', 'tampering'],
  },
  messages: {
    noDigest: 'FROM {{image}} is not pinned by digest: the registry can serve different content under the same tag.',
    badDigest:
      'FROM {{image}} has a malformed digest "{{digest}}": expected algorithm:hex, e.g. sha256:<64 hex digits>.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { from } of doc.stages) {
      if (from.scratch || from.stageRef) continue;
      const d = digestOf(from);
      if (d.state === 'unknown') continue;
      if (d.state === 'digest') {
        if (!DIGEST.test(d.digest)) {
          ctx.report({ messageId: 'badDigest', range: from.imageRange, data: { image: from.raw, digest: d.digest } });
        }
        continue;
      }
      ctx.report({ messageId: 'noDigest', range: from.imageRange, data: { image: from.raw } });
    }
  },
});
