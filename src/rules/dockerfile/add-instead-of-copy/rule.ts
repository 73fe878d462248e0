import {
  type DockerfileDoc,
  type DockerfileInstruction,
  expandArgs,
  variablesAt,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

/** Remote sources are DF006's concern. */
const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;
/** Local tar archives, which ADD unpacks (the one thing COPY cannot do). */
const TAR = /\.(?:tar|tar\.(?:gz|bz2|xz|zst|lz|lzma|z)|tgz|tbz2?|txz|tlz|tzst)$/i;

/** The source arguments of an ADD (everything but the destination), heredocs included. */
function sources(ins: DockerfileInstruction): { value: string; range: readonly [number, number] }[] {
  if (ins.json) return ins.json.slice(0, -1).map((value) => ({ value, range: ins.range }));
  if (ins.heredocs.length > 0) {
    return ins.heredocs.map((h) => ({ value: `<<${h.name}`, range: ins.keywordRange }));
  }
  return ins.arguments.slice(0, -1).map((a) => ({ value: a.value.replace(/^(["'])(.*)\1$/, '$2'), range: a.range }));
}

export default defineAuditRule<DockerfileDoc, 'useCopy'>({
  id: 'DF005',
  name: 'add-instead-of-copy',
  source: 'dockerfile',
  meta: {
    title: 'ADD used where COPY would do',
    severity: 'low',
    description:
      'ADD copies local files like COPY, but it also fetches URLs and silently unpacks any local tar archive it is given, so a file that happens to be (or later becomes) an archive is expanded into the image. CIS 4.9 asks for COPY wherever ADD is not needed. Reported: ADD of local files, directories and heredocs. Not reported: ADD of a local tar archive (unpacking is the reason to use ADD; trivy and hadolint agree), ADD of a URL (DF006 checks downloads), and sources given by a build variable without a known value. checkov CKV_DOCKER_4 reports every ADD, archives included; for local archives this rule deliberately disagrees.',
    remediation:
      'Replace `ADD` with `COPY` for local files and directories. To unpack an archive, keep ADD (or COPY it and extract it in a RUN step you control).',
    references: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://docs.docker.com/reference/dockerfile/#add',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.9'] },
    aliases: {
      trivy: ['DS-0005'],
      hadolint: ['DL3020'],
      checkov: ['CKV_DOCKER_4'],
      dockle: ['CIS-DI-0009'],
      'docker-bench': ['4.9'],
    },
    stride: ['tampering'],
  },
  messages: {
    useCopy: 'ADD of local {{sources}}: use COPY, which does not unpack archives or fetch URLs.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'ADD') continue;
      const local: string[] = [];
      let vars: Map<string, string> | undefined;
      for (const src of sources(ins)) {
        let value = src.value;
        if (value.includes('$')) {
          vars ??= variablesAt(doc, ins);
          const expanded = expandArgs(value, vars);
          if (expanded.unresolved) continue;
          value = expanded.value;
        }
        if (REMOTE.test(value) || TAR.test(value)) continue;
        local.push(value);
      }
      if (local.length === 0) continue;
      ctx.report({
        messageId: 'useCopy',
        range: ins.keywordRange,
        data: { sources: local.map((s) => `"${s}"`).join(', ') },
        evidence: `ADD ${ins.args}`,
      });
    }
  },
});
