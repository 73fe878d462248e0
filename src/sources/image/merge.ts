import type { LayerSummary } from './layer.js';
import type { ImageFile, UnsafeEntry } from './model.js';
import { ancestorIn, selfOrAncestorIn } from './paths.js';

/**
 * Stacks layers into the final file system as overlayfs does: each layer first removes what its whiteouts name
 * (`.wh.<name>` removes a path and everything under it, `.wh..wh..opq` empties a directory of what lower layers put
 * there), and a non-directory that replaces a directory removes the directory's contents; then the layer's entries
 * are written over the result. The returned map is sorted by path so that rules report in a stable order.
 */
export function stackLayers(layers: readonly LayerSummary[]): { files: Map<string, ImageFile>; unsafe: UnsafeEntry[] } {
  const files = new Map<string, ImageFile>();
  const unsafe: UnsafeEntry[] = [];
  layers.forEach((layer, index) => {
    for (const u of layer.unsafe) unsafe.push({ layer: index, ...u });
    const removed = new Set<string>();
    const emptied = new Set<string>();
    for (const e of layer.entries) {
      if (e.kind === 'whiteout') removed.add(e.path);
      else if (e.kind === 'opaque') emptied.add(e.path);
      else if (e.kind !== 'directory' && files.get(e.path)?.type === 'directory') removed.add(e.path);
    }
    if (removed.size > 0 || emptied.size > 0) {
      for (const path of files.keys()) {
        if (selfOrAncestorIn(path, removed) || ancestorIn(path, emptied)) files.delete(path);
      }
    }
    for (const e of layer.entries) {
      if (e.kind === 'whiteout' || e.kind === 'opaque') continue;
      const file: ImageFile = {
        path: e.path,
        type: e.kind,
        mode: e.mode,
        uid: e.uid,
        gid: e.gid,
        size: e.size,
        layer: index,
      };
      if (e.linkTarget !== undefined) file.linkTarget = e.linkTarget;
      if (e.capabilities) file.capabilities = true;
      const content = e.kind === 'file' ? layer.contents.get(e.path) : undefined;
      if (content) {
        file.content = content.data;
        if (content.truncated) file.contentTruncated = true;
      }
      files.set(e.path, file);
    }
  });
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files: sorted, unsafe };
}
