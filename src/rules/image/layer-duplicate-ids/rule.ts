import { fileLocation, type ImageDoc, type ImageFile } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { accountLines } from '../shared.js';

export default defineAuditRule<ImageDoc, 'duplicateUid' | 'duplicateGid'>({
  id: 'IM017',
  name: 'layer-duplicate-ids',
  source: 'image',
  meta: {
    title: 'Duplicate uid or gid in the image',
    severity: 'medium',
    description:
      "Two accounts of /etc/passwd share a uid, or two groups of /etc/group share a gid. The kernel knows only numbers: each account owns the other's files and processes, logs name whichever comes first, and a second uid 0 is a classic backdoor.",
    remediation: 'Give every account and group its own id (`usermod -u`, `groupmod -g`) or remove the extra entry.',
    references: ['https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-li-0002'],
    frameworks: {},
    aliases: { dockle: ['DKL-LI-0002'] },
    stride: ['spoofing', 'repudiation'],
  },
  messages: {
    duplicateUid: 'Accounts {{first}} and {{second}} share uid {{id}} in /etc/passwd: each acts as the other.',
    duplicateGid: 'Groups {{first}} and {{second}} share gid {{id}} in /etc/group.',
  },
  check(ctx, doc) {
    const passwd = doc.files.get('/etc/passwd');
    const group = doc.files.get('/etc/group');
    if (!passwd?.content && !group?.content) return ctx.skip('the image has no readable /etc/passwd or /etc/group');
    const scan = (file: ImageFile | undefined, messageId: 'duplicateUid' | 'duplicateGid') => {
      if (!file) return;
      const seen = new Map<string, string>();
      for (const l of accountLines(file) ?? []) {
        const [name = '', , id] = l.fields;
        if (id === undefined || id === '') continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, name);
        else
          ctx.report({
            messageId,
            logical: fileLocation(doc, file),
            data: { first, second: name, id },
            evidence: `line ${l.line}`,
          });
      }
    };
    scan(passwd, 'duplicateUid');
    scan(group, 'duplicateGid');
  },
});
