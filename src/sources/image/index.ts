export { type DigestMatch, matchDigest, parseDigest } from './digest.js';
export { isEnvFileName } from './interesting.js';
export type {
  ContainerConfig,
  ImageDigests,
  ImageDoc,
  ImageFile,
  ImageFileType,
  ImageFormat,
  ImageHistoryEntry,
  ImageLayer,
  ImageReadLimits,
  ImageReadOptions,
  UnsafeEntry,
  UnsafeEntryKind,
} from './model.js';
export { type ArchiveSource, type ImageReadResult, readImageArchive, readImageBuffer, readImageFile } from './read.js';

import type { ImageDoc, ImageFile } from './model.js';

/** The kept first bytes of a file as text, or `undefined` when the reader kept none. */
export function fileText(file: ImageFile): string | undefined {
  return file.content?.toString('utf8');
}

/** Where a finding about an image sits: `config.User`, `history[3]`, `layer 2:/etc/shadow`. */
export function imageLocation(doc: ImageDoc, path: string) {
  return { kind: 'image' as const, name: doc.uri, path };
}

export function fileLocation(doc: ImageDoc, file: Pick<ImageFile, 'layer' | 'path'>) {
  return imageLocation(doc, `layer ${file.layer}:${file.path}`);
}
