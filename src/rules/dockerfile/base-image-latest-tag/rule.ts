import { type DockerfileDoc, type DockerfileFrom, parseImageRef } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

/**
 * What the tag of a base image is, as far as the Dockerfile tells: `latest`, `none` (Docker then pulls latest),
 * `pinned` (a tag or a digest), or `unknown` when a build argument without a default decides it.
 */
function tagState(from: DockerfileFrom): 'latest' | 'none' | 'pinned' | 'unknown' {
  if (!from.unresolved) {
    if (from.digest) return 'pinned';
    if (from.tag === undefined) return 'none';
    return from.tag === 'latest' ? 'latest' : 'pinned';
  }
  // `FROM ${REGISTRY}/node` has no tag whatever the registry is; `FROM node:${TAG}` and `FROM ${IMAGE}` are unknown.
  const raw = parseImageRef(from.raw);
  if (raw.digest !== undefined) return raw.digest.includes('$') ? 'unknown' : 'pinned';
  if (raw.tag !== undefined) return raw.tag.includes('$') ? 'unknown' : raw.tag === 'latest' ? 'latest' : 'pinned';
  const last = raw.name.split('/').at(-1) ?? '';
  return last.includes('$') ? 'unknown' : 'none';
}

export default defineAuditRule<DockerfileDoc, 'latestTag' | 'noTag'>({
  id: 'DF002',
  name: 'base-image-latest-tag',
  source: 'dockerfile',
  meta: {
    title: 'Base image uses the latest tag or no tag',
    severity: 'medium',
    description:
      'A FROM instruction names its image with the `latest` tag or with no tag at all (which Docker reads as `latest`). The build then takes whatever image the tag points to on the day it runs: builds are not reproducible, an image built yesterday and one built today can differ in every package, and a tag moved by whoever controls the repository changes what you ship. Every build stage is checked. `scratch`, references to earlier stages (`FROM build`) and images whose tag comes from a build argument without a default (`FROM node:${NODE_VERSION}`) are not reported: the tag is chosen at build time.',
    remediation:
      'Name an explicit version tag (`FROM node:20.11-bookworm-slim`), or better, pin the digest as well (`FROM node:20.11-bookworm-slim@sha256:...`) and update it deliberately, for example with Renovate or Dependabot.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#from',
      'https://docs.docker.com/reference/dockerfile/#from',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.2', '5.28'] },
    aliases: {
      trivy: ['DS-0001'],
      checkov: ['CKV_DOCKER_7'],
      hadolint: ['DL3006', 'DL3007'],
      dockle: ['DKL-DI-0006'],
    },
    stride: ['tampering'],
  },
  messages: {
    latestTag: 'FROM {{image}} uses the latest tag: the base image changes whenever the tag moves.',
    noTag: 'FROM {{image}} has no tag, so Docker pulls latest: the base image changes whenever the tag moves.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { from } of doc.stages) {
      if (from.scratch || from.stageRef) continue;
      const state = tagState(from);
      if (state !== 'latest' && state !== 'none') continue;
      const image = from.raw === from.image || from.unresolved ? from.raw : `${from.raw} (${from.image})`;
      ctx.report({
        messageId: state === 'latest' ? 'latestTag' : 'noTag',
        range: from.imageRange,
        data: { image },
        evidence: from.instruction.args,
      });
    }
  },
});
