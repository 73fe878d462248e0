import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content so that a crash at any moment leaves either the old or the new full content: a temp file
 * in the same directory (so the rename cannot cross file systems), written, fsynced, given the old file's mode, renamed
 * over the file, and the directory fsynced so the rename itself survives a power cut. The temp file's name starts with
 * a dot and ends in `.stridebench-tmp`: discovery never takes it for a model or an artifact.
 */
export async function replaceFileAtomic(file: string, text: string): Promise<void> {
  // A symlinked model stays a symlink: the file it points to is the one replaced.
  const path = await realpath(file).catch(() => file);
  const mode = await stat(path).then(
    (s) => s.mode & 0o7777,
    () => 0o644,
  );
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.stridebench-tmp`);
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(text, 'utf8');
    // The umask may have narrowed the mode given to open.
    await handle.chmod(mode);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  const dir = await open(dirname(path), 'r').catch(() => undefined);
  if (dir) {
    await dir.sync().catch(() => {});
    await dir.close();
  }
}
