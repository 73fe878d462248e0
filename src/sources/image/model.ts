/**
 * An image as the rules see it: the image config, its history, and the final file system of its layers with the
 * whiteouts applied. File contents are kept only for the small set of files the rules read (see `interesting.ts`).
 */
export interface ImageDoc {
  kind: 'image';
  /** The archive as the user gave it; with several images in one archive, `<archive>#<tag or index>`. */
  uri: string;
  /** `docker-save` when the archive is read through manifest.json, `oci-layout` when through index.json. */
  format: ImageFormat;
  digests: ImageDigests;
  repoTags: string[];
  /** `<repository>@<manifest digest>` for each tag, when the archive holds the manifest (OCI layout). */
  repoDigests: string[];
  /** The `config` object of the image config (User, Env, ExposedPorts, Volumes, Healthcheck...). */
  config: ContainerConfig;
  architecture?: string;
  os?: string;
  history: ImageHistoryEntry[];
  layers: ImageLayer[];
  /** The final file system, keyed by absolute path (`/etc/passwd`), sorted by path. */
  files: Map<string, ImageFile>;
  /** Entries that name a path outside the root or link out of it: never applied, never followed. */
  unsafeEntries: UnsafeEntry[];
}

export type ImageFormat = 'docker-save' | 'oci-layout';

export interface ImageDigests {
  /** sha256 of the config blob: the image id that `docker inspect` and `docker images` show. */
  config: string;
  /** sha256 of the image manifest blob, when the archive holds one (OCI layout, `docker save` of Docker 25+). */
  manifest?: string;
  /** sha256 of the image index the manifest was reached through, when index.json points to one. */
  index?: string;
  /** Digest of each layer blob as stored (compressed or not), in order. */
  layers: string[];
  /** sha256 of each uncompressed layer, computed while reading: equal to the config's rootfs.diff_ids. */
  diffIds: string[];
}

export interface ContainerConfig {
  User?: string;
  Env?: string[] | null;
  ExposedPorts?: Record<string, unknown> | null;
  Volumes?: Record<string, unknown> | null;
  Healthcheck?: { Test?: string[] | null; [key: string]: unknown } | null;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  [key: string]: unknown;
}

export interface ImageHistoryEntry {
  /** Index in the config's history array. */
  index: number;
  createdBy: string;
  emptyLayer: boolean;
  /** Index of the layer this step produced, for steps that produced one. */
  layer?: number;
  comment?: string;
}

export interface ImageLayer {
  index: number;
  /** Digest of the blob as stored. */
  digest: string;
  /** sha256 of the uncompressed tar. */
  diffId: string;
  compression: 'gzip' | 'none';
  /** Bytes of the blob as stored. */
  size: number;
  /** Entries in the layer tar (files, directories, links, whiteouts). */
  entries: number;
}

export type ImageFileType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'char-device' | 'block-device' | 'fifo';

export interface ImageFile {
  /** Absolute, normalised: `/etc/passwd`. */
  path: string;
  type: ImageFileType;
  /** Permission bits including setuid (0o4000), setgid (0o2000) and sticky (0o1000). */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Symlink target as written, or the hard link's target path. */
  linkTarget?: string;
  /** The layer that wrote this version of the file. */
  layer: number;
  /** The file carries a `security.capability` extended attribute (file capabilities). */
  capabilities?: boolean;
  /** The first bytes of the file, for the few files the rules read. */
  content?: Buffer;
  /** The file is longer than the kept content. */
  contentTruncated?: boolean;
}

export type UnsafeEntryKind = 'absolute-path' | 'path-traversal' | 'symlink-escape' | 'hardlink-escape';

export interface UnsafeEntry {
  layer: number;
  /** The entry name as written in the layer tar. */
  name: string;
  kind: UnsafeEntryKind;
  linkTarget?: string;
}

/** Limits that keep a hostile archive from exhausting time or memory. */
export interface ImageReadLimits {
  /** Most bytes any decompressor may produce over the whole archive (default 16 GiB). */
  maxBytes?: number;
  /**
   * Largest ratio of decompressed to compressed bytes of one gzip stream, checked once that stream has produced
   * more than 256 MiB (default 200).
   */
  maxRatio?: number;
  /** Most archive members and layer entries kept, over the whole archive (default 1,000,000). */
  maxEntries?: number;
}

export interface ImageReadOptions extends ImageReadLimits {
  /** Parse the layer tars into a file system (default true). `false` only hashes them, e.g. to verify digests. */
  files?: boolean;
}
