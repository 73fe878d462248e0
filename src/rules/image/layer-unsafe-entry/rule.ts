import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS } from '../shared.js';

const MESSAGE = {
  'absolute-path': 'absolutePath',
  'path-traversal': 'pathTraversal',
  'symlink-escape': 'symlinkEscape',
  'hardlink-escape': 'hardlinkEscape',
} as const;

export default defineAuditRule<
  ImageDoc,
  'absolutePath' | 'pathTraversal' | 'symlinkEscape' | 'hardlinkEscape' | 'more'
>({
  id: 'IM019',
  name: 'layer-unsafe-entry',
  source: 'image',
  meta: {
    title: 'Layer entry that escapes the image root',
    severity: 'high',
    description:
      'A layer tar holds an entry with an absolute name or a `..` segment, a hard link to such a path, or a symlink whose relative target climbs above the image root. Docker never writes these; they are the tar-slip pattern, crafted so that a tool which extracts the layer naively writes outside its target directory. stridebench never applies or follows them (the reader also reports the refused entries as `image-path-traversal` diagnostics). At most 25 are listed per image.',
    remediation:
      'Do not use the image; rebuild it from a trusted Dockerfile and find out how the crafted layer got into the supply chain.',
    references: [
      'https://github.com/opencontainers/image-spec/blob/main/layer.md',
      'https://cwe.mitre.org/data/definitions/22.html',
    ],
    frameworks: {},
    aliases: {},
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    absolutePath:
      'Layer {{layer}} holds the entry {{name}}, an absolute path that an extractor could write outside its target.',
    pathTraversal: 'Layer {{layer}} holds the entry {{name}}, whose ".." segments climb out of the image root.',
    symlinkEscape:
      'Layer {{layer}} holds the symlink {{name}} to {{target}}, which points above the image root: an extractor that follows it writes outside.',
    hardlinkEscape: 'Layer {{layer}} holds the hard link {{name}} to {{target}}, outside the image root.',
    more: '{{count}} more entries that escape the image root are not listed.',
  },
  check(ctx, doc) {
    doc.unsafeEntries.slice(0, MAX_FILE_FINDINGS).forEach((u) => {
      ctx.report({
        messageId: MESSAGE[u.kind],
        logical: imageLocation(doc, `layer ${u.layer}:${u.name}`),
        data: { layer: u.layer, name: JSON.stringify(u.name), target: JSON.stringify(u.linkTarget ?? '') },
      });
    });
    if (doc.unsafeEntries.length > MAX_FILE_FINDINGS) {
      ctx.report({
        messageId: 'more',
        logical: imageLocation(doc, 'layers'),
        data: { count: doc.unsafeEntries.length - MAX_FILE_FINDINGS },
      });
    }
  },
});
