import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batched } from '../core/json-chunks.js';

/** The package root (holds examples/ and schema/), from both src/cli and dist/cli. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Writes a file so that a crash never leaves it truncated: temp file, fsync, rename. The text may come in pieces (a
 * large report), written as they come in writes of about 64 KiB.
 */
export async function writeFileAtomic(path: string, text: string | Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    if (typeof text === 'string') await handle.writeFile(text, 'utf8');
    else for (const piece of batched(text)) await handle.write(piece, null, 'utf8');
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
}

/** An error that ends the command with a given exit code and a message for the user. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Reads all of standard input. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
