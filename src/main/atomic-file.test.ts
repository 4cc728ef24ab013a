import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFolderAtomic } from './atomic-file';

const scratch = () => mkdtemp(join(tmpdir(), 'glose-atomic-'));

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.jsonl');
    await writeFile(target, 'old\n');
    await writeFileAtomic(target, 'new\n');
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['out.jsonl']);
  });

  it('keeps the old file whole when the write fails', async () => {
    const dir = await scratch();
    const target = join(dir, 'out.jsonl');
    await writeFile(target, 'old\n');
    // A folder cannot be renamed over by a file: the write fails after the temporary file was written.
    const blocked = join(dir, 'blocked');
    await mkdir(blocked);
    await expect(writeFileAtomic(blocked, 'x')).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'out.jsonl']);
  });
});

describe('writeFolderAtomic', () => {
  it('writes every file, nested ones too, and replaces a folder that was there', async () => {
    const dir = await scratch();
    const target = join(dir, 'brat');
    await mkdir(target);
    await writeFile(join(target, 'stale.ann'), 'stale');
    await writeFolderAtomic(target, [
      { name: 'a.txt', content: 'A' },
      { name: 'sub/b.ann', content: 'T1\tPER 0 1\tA\n' },
    ]);
    expect((await readdir(target)).sort()).toEqual(['a.txt', 'sub']);
    expect(await readFile(join(target, 'sub/b.ann'), 'utf8')).toBe('T1\tPER 0 1\tA\n');
    expect(await readdir(dir)).toEqual(['brat']);
  });

  it('leaves the old folder as it was when a file cannot be written', async () => {
    const dir = await scratch();
    const target = join(dir, 'brat');
    await mkdir(target);
    await writeFile(join(target, 'kept.ann'), 'kept');
    await expect(
      writeFolderAtomic(target, [
        { name: 'a.txt', content: 'A' },
        { name: 'a.txt/b', content: 'B' },
      ]),
    ).rejects.toThrow();
    expect(await readdir(target)).toEqual(['kept.ann']);
    expect(await readdir(dir)).toEqual(['brat']);
  });
});
