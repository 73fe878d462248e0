import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceFileAtomic } from '../src/web/save.js';

describe('replaceFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-web-save-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the content, keeps the mode and leaves no temp file behind', async () => {
    const file = join(dir, 'threatmodel.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    const before = statSync(file).ino;
    await replaceFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o7777).toBe(0o640);
    // A new inode: the old content was never overwritten in place.
    expect(statSync(file).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['threatmodel.yaml']);
  });

  it('writes through a symlink and keeps the link', async () => {
    const sub = mkdtempSync(join(dir, 'link-'));
    const real = join(sub, 'real.yaml');
    const link = join(sub, 'threatmodel.yaml');
    writeFileSync(real, 'old\n');
    symlinkSync('real.yaml', link);
    await replaceFileAtomic(link, 'through the link\n');
    expect(readlinkSync(link)).toBe('real.yaml');
    expect(readFileSync(real, 'utf8')).toBe('through the link\n');
    expect(readdirSync(sub).sort()).toEqual(['real.yaml', 'threatmodel.yaml']);
  });
});
