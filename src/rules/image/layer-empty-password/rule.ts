import { fileLocation, type ImageDoc } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { accountLines } from '../shared.js';

export default defineAuditRule<ImageDoc, 'emptyShadow' | 'emptyPasswd'>({
  id: 'IM016',
  name: 'layer-empty-password',
  source: 'image',
  meta: {
    title: 'Account without a password in the image',
    severity: 'high',
    description:
      'An account of the image has an empty password field in /etc/shadow (or in /etc/passwd, which then needs no shadow entry): anyone who reaches a login, su or an SSH server with empty passwords allowed becomes that user without a password. Locked accounts (`!`, `*`) are fine.',
    remediation:
      'Lock the account (`passwd -l <user>` or `usermod -L`) or remove it; never build images with `passwd -d`.',
    references: ['https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-li-0001'],
    frameworks: {},
    aliases: { dockle: ['DKL-LI-0001'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    emptyShadow: 'Account {{user}} has no password in /etc/shadow (empty second field): anyone can log in as it.',
    emptyPasswd: 'Account {{user}} has no password in /etc/passwd (empty second field): anyone can log in as it.',
  },
  check(ctx, doc) {
    const shadowFile = doc.files.get('/etc/shadow');
    const passwdFile = doc.files.get('/etc/passwd');
    const shadow = accountLines(shadowFile);
    const passwd = accountLines(passwdFile);
    if (!shadow && !passwd) return ctx.skip('the image has no readable /etc/shadow or /etc/passwd');
    for (const l of shadow ?? []) {
      if (shadowFile && l.fields.length > 1 && l.fields[1] === '') {
        ctx.report({
          messageId: 'emptyShadow',
          logical: fileLocation(doc, shadowFile),
          data: { user: l.fields[0] ?? '' },
          evidence: `line ${l.line}`,
        });
      }
    }
    for (const l of passwd ?? []) {
      if (passwdFile && l.fields.length > 1 && l.fields[1] === '') {
        ctx.report({
          messageId: 'emptyPasswd',
          logical: fileLocation(doc, passwdFile),
          data: { user: l.fields[0] ?? '' },
          evidence: `line ${l.line}`,
        });
      }
    }
  },
});
