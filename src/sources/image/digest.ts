import type { ImageDoc } from './model.js';

/** `sha256:<64 hex>`, optionally after `name@` as in `nginx@sha256:...`; `undefined` when it is not a digest. */
export function parseDigest(text: string): string | undefined {
  const m = /^(?:[^@\s]+@)?(sha256:[0-9a-fA-F]{64})$/.exec(text.trim());
  return m?.[1]?.toLowerCase();
}

export interface DigestMatch {
  image: ImageDoc;
  /** Which digest of the image it is. */
  kind: 'manifest' | 'index' | 'config';
}

/**
 * Finds the image whose manifest, index or config digest is `digest`. The config digest is the image id
 * (`docker inspect -f {{.Id}}`); the manifest and index digests are what a registry serves and `name@sha256:`
 * references pin.
 */
export function matchDigest(images: readonly ImageDoc[], digest: string): DigestMatch | undefined {
  for (const image of images) {
    if (image.digests.manifest === digest) return { image, kind: 'manifest' };
    if (image.digests.index === digest) return { image, kind: 'index' };
    if (image.digests.config === digest) return { image, kind: 'config' };
  }
  return undefined;
}
