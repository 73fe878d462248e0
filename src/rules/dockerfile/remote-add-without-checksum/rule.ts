import { type DockerfileDoc, expandArgs, variablesAt } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const URL = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;

export default defineAuditRule<DockerfileDoc, 'noChecksum'>({
  id: 'DF006',
  name: 'remote-add-without-checksum',
  source: 'dockerfile',
  meta: {
    title: 'ADD downloads a URL without a checksum',
    severity: 'medium',
    description:
      'ADD with a URL (http, https or a git repository) puts whatever the server returns into the image, and nothing verifies it: a compromised or spoofed server, or a moved tag, changes the build silently. The file is also not scanned before it lands in the layer. BuildKit can verify the download with `ADD --checksum=sha256:...`; an ADD with that flag is not reported. checkov CKV_DOCKER_4 reports every ADD, with or without a checksum.',
    remediation:
      'Add `--checksum=sha256:<digest>` to the ADD (Dockerfile syntax 1.6+), or download in a RUN step and verify the file before use (`curl -fsSLo tool.tgz URL && echo "<sha256>  tool.tgz" | sha256sum -c -`). For git sources pin a commit with `--checksum=<commit sha>` or `#<commit>`.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.9', '4.11'] },
    aliases: { checkov: ['CKV_DOCKER_4'] },
    stride: ['tampering', 'spoofing'],
  },
  messages: {
    noChecksum: 'ADD downloads {{url}} without --checksum: the content is not verified.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'ADD' || ins.flags.some((f) => f.name === 'checksum' && f.value)) continue;
      const args = ins.json
        ? ins.json.slice(0, -1).map((value) => ({ value, range: ins.range }))
        : ins.arguments.slice(0, -1).map((a) => ({ value: a.value.replace(/^(["'])(.*)\1$/, '$2'), range: a.range }));
      for (const a of args) {
        const value = a.value.includes('$') ? expandArgs(a.value, variablesAt(doc, ins)).value : a.value;
        if (!URL.test(value)) continue;
        ctx.report({ messageId: 'noChecksum', range: a.range, data: { url: value }, evidence: `ADD ${ins.args}` });
      }
    }
  },
});
