import type { ContainerConfig, ImageDoc, ImageHistoryEntry } from '../image/index.js';
import { type EngineImage, imageName } from './snapshot.js';

type Obj = Record<string, unknown>;

/**
 * An engine image as the image rules see it, from `docker image inspect` and `docker history` only: the config and
 * the build steps, with no file system. Only the rules over the config and the history may run on it; the layer
 * rules need `--image <name>`, which streams the image through `docker save`.
 */
export function engineImageDoc(image: EngineImage): ImageDoc {
  const inspect = image.inspect;
  const id = String(inspect.Id ?? '');
  const config = (inspect.Config && typeof inspect.Config === 'object' ? inspect.Config : {}) as ContainerConfig;
  // The API lists the newest step first; the image config (and the rules' step numbers) count from the oldest.
  const steps = [...(image.history ?? [])].reverse();
  let layer = 0;
  const history: ImageHistoryEntry[] = steps.map((h: Obj, index) => {
    // The API does not say which steps made a layer; a step that added no bytes is taken as an empty one.
    const emptyLayer = Number(h.Size ?? 0) === 0;
    const entry: ImageHistoryEntry = { index, createdBy: String(h.CreatedBy ?? ''), emptyLayer };
    if (!emptyLayer) entry.layer = layer++;
    if (typeof h.Comment === 'string' && h.Comment) entry.comment = h.Comment;
    return entry;
  });
  const rootfs = (inspect.RootFS ?? {}) as Obj;
  const diffIds = Array.isArray(rootfs.Layers) ? rootfs.Layers.map(String) : [];
  return {
    kind: 'image',
    uri: imageName(image),
    format: 'docker-save',
    digests: { config: id, layers: [], diffIds },
    repoTags: Array.isArray(inspect.RepoTags) ? inspect.RepoTags.map(String) : [],
    repoDigests: Array.isArray(inspect.RepoDigests) ? inspect.RepoDigests.map(String) : [],
    config,
    ...(typeof inspect.Architecture === 'string' ? { architecture: inspect.Architecture } : {}),
    ...(typeof inspect.Os === 'string' ? { os: inspect.Os } : {}),
    history,
    layers: [],
    files: new Map(),
    unsafeEntries: [],
  };
}
