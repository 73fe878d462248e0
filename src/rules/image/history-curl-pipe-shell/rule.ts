import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { buildSteps, stepText } from '../shared.js';

const INTERPRETER = '(?:(?:ba|da|z|k|a)?sh|python[0-9.]*|perl|ruby|node|php)';
const PATTERNS: readonly RegExp[] = [
  // curl ... | sh, wget -O- ... | sudo bash, curl ... | /bin/sh -s --
  new RegExp(`\\b(curl|wget)\\b[^|;&\\n]*\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+)?(?:/\\S*/)?${INTERPRETER}\\b`),
  // sh -c "$(curl ...)", bash -c `wget -O- ...`
  new RegExp(`\\b${INTERPRETER}\\s+(?:-\\w+\\s+)*["']?(?:\\$\\(|\`)\\s*(curl|wget)\\b`),
  // bash <(curl ...)
  new RegExp(`\\b${INTERPRETER}\\s+<\\(\\s*(curl|wget)\\b`),
];

export default defineAuditRule<ImageDoc, 'pipeToShell'>({
  id: 'IM009',
  name: 'history-curl-pipe-shell',
  source: 'image',
  meta: {
    title: 'Download piped into a shell in the build history',
    severity: 'high',
    description:
      'A RUN step of the image downloads a script with curl or wget and runs it straight away (`curl ... | sh`, `sh -c "$(curl ...)"`, `bash <(curl ...)`). Nothing checks what was downloaded: whoever controls the server, the DNS or the network path at build time runs code as root in the image.',
    remediation:
      'Download the script to a file, verify its checksum or signature against a value pinned in the Dockerfile, then run it; better, install the tool from a signed package.',
    references: ['https://docs.docker.com/build/building/best-practices/#using-pipes'],
    frameworks: { 'cis-docker-1.6.0': ['4.11'] },
    aliases: {},
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    pipeToShell:
      'Build step {{step}} runs a script straight from {{tool}} ({{command}}): nothing verifies what it runs.',
  },
  check(ctx, doc) {
    for (const step of buildSteps(doc)) {
      if (step.keyword !== 'RUN') continue;
      for (const p of PATTERNS) {
        const m = p.exec(step.args);
        if (!m) continue;
        ctx.report({
          messageId: 'pipeToShell',
          logical: imageLocation(doc, `history[${step.index}]`),
          data: { step: step.index, tool: m[1] ?? 'a download', command: stepText(m[0], 80) },
          evidence: stepText(step.createdBy, 300),
        });
        break;
      }
    }
  },
});
