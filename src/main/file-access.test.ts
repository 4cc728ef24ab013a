import { link, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PickedFile } from '../shared/platform';
import { FileAccess } from './file-access';

const text = (f: PickedFile) => new TextDecoder().decode(f.bytes);

/** dir/picked (what the user chose) beside dir/outside (what they did not), with a secret in the latter. */
let dir: string;
let picked: string;
let outside: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-access-'));
  picked = join(dir, 'picked');
  outside = join(dir, 'outside');
  await mkdir(picked);
  await mkdir(outside);
  await writeFile(join(outside, 'secret.txt'), 'secret');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('FileAccess reads', () => {
  it('reads only picked files and files directly inside a picked folder', async () => {
    await mkdir(join(picked, 'sub'));
    await writeFile(join(picked, 'a.txt'), 'a');
    await writeFile(join(picked, 'sub', 'b.txt'), 'b');
    const access = new FileAccess();
    await expect(access.readPicked([join(picked, 'a.txt')])).rejects.toThrow(/not picked/);
    await access.allowFolder(join(picked, 'sub'));
    expect((await access.readPicked([join(picked, 'sub', 'b.txt')])).map(text)).toEqual(['b']);
    await expect(access.readPicked([join(picked, 'sub', '..', 'a.txt')])).rejects.toThrow(/not picked/);
    await expect(access.listFolder(picked, ['.txt'])).rejects.toThrow(/not picked/);
  });

  it('refuses a link inside a picked folder that leads outside it', async () => {
    await writeFile(join(picked, 'a.txt'), 'a');
    await symlink(join(outside, 'secret.txt'), join(picked, 'link.txt'));
    const access = new FileAccess();
    await access.allowFolder(picked);
    const listed = await access.listFolder(picked, ['.txt']);
    expect(listed.map((p) => p.slice(picked.length + 1))).toEqual(['a.txt', 'link.txt']);
    await expect(access.readPicked(listed)).rejects.toThrow(/refused: link\.txt/);
    expect((await access.readPicked([join(picked, 'a.txt')])).map(text)).toEqual(['a']);
  });

  it('refuses a file reached through a linked sub-folder of a picked folder', async () => {
    await symlink(outside, join(picked, 'door'));
    const access = new FileAccess();
    await access.allowFolder(picked);
    await expect(access.readPicked([join(picked, 'door', 'secret.txt')])).rejects.toThrow(/refused/);
  });

  it('reads a link to a file in the same picked folder, and a picked link by what it leads to', async () => {
    await writeFile(join(picked, 'a.txt'), 'a');
    await symlink(join(picked, 'a.txt'), join(picked, 'alias.txt'));
    const folderAccess = new FileAccess();
    await folderAccess.allowFolder(picked);
    expect((await folderAccess.readPicked([join(picked, 'alias.txt')])).map((f) => [f.name, text(f)])).toEqual([['alias.txt', 'a']]);
    // A link the user picked by itself: they chose it, so what it leads to is granted (and nothing beside it).
    await symlink(join(outside, 'secret.txt'), join(picked, 'chosen.txt'));
    const fileAccess = new FileAccess();
    await fileAccess.allowFiles([join(picked, 'chosen.txt')]);
    expect((await fileAccess.readPicked([join(picked, 'chosen.txt')])).map(text)).toEqual(['secret']);
    await expect(fileAccess.readPicked([join(picked, 'a.txt')])).rejects.toThrow(/refused/);
  });

  it('opens a picked folder reached through a link, as the folder it leads to', async () => {
    await writeFile(join(outside, 'b.txt'), 'b');
    await symlink(outside, join(dir, 'shortcut'));
    const access = new FileAccess();
    await access.allowFolder(join(dir, 'shortcut'));
    const listed = await access.listFolder(join(dir, 'shortcut'), ['.txt']);
    expect((await access.readPicked(listed)).map((f) => f.name)).toEqual(['b.txt', 'secret.txt']);
  });
});

describe('FileAccess writes', () => {
  it('writes a confirmed save path once, and nothing else', async () => {
    const access = new FileAccess();
    const target = join(picked, 'out.txt');
    await expect(access.writeConfirmed(target, 'x')).rejects.toThrow(/not confirmed/);
    await access.confirmSave(target);
    await access.writeConfirmed(target, 'first');
    await expect(access.writeConfirmed(target, 'second')).rejects.toThrow(/not confirmed/);
    expect(await readFile(target, 'utf8')).toBe('first');
  });

  it('replaces the file in one step (a new file renamed over it) and leaves no temporary file', async () => {
    const target = join(picked, 'gold.jsonl');
    await writeFile(target, 'old\n');
    // A hard link keeps the old file's content only if the save renamed a new file over the name;
    // a write in place would change both.
    await link(target, join(outside, 'hard-link.jsonl'));
    const access = new FileAccess();
    await access.confirmSave(target);
    await access.writeConfirmed(target, 'new\n');
    expect(await readFile(target, 'utf8')).toBe('new\n');
    expect(await readFile(join(outside, 'hard-link.jsonl'), 'utf8')).toBe('old\n');
    expect(await readdir(picked)).toEqual(['gold.jsonl']);
  });

  it('writes through a confirmed link to the file it leads to, keeping the link', async () => {
    await writeFile(join(outside, 'real.jsonl'), 'old');
    await symlink(join(outside, 'real.jsonl'), join(picked, 'alias.jsonl'));
    const access = new FileAccess();
    await access.confirmSave(join(picked, 'alias.jsonl'));
    await access.writeConfirmed(join(picked, 'alias.jsonl'), 'new');
    expect(await readFile(join(outside, 'real.jsonl'), 'utf8')).toBe('new');
    expect(await readdir(picked)).toEqual(['alias.jsonl']);
  });

  it('refuses the write when the confirmed name has been turned into a link elsewhere since', async () => {
    const target = join(picked, 'out.jsonl');
    const access = new FileAccess();
    await access.confirmSave(target);
    await symlink(join(outside, 'secret.txt'), target);
    await expect(access.writeConfirmed(target, 'overwritten')).rejects.toThrow(/not confirmed/);
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('refuses the write when the folder has been swapped for a link since', async () => {
    const access = new FileAccess();
    await access.confirmSave(join(picked, 'out.jsonl'));
    await rm(picked, { recursive: true });
    await symlink(outside, picked);
    await expect(access.writeConfirmed(join(picked, 'out.jsonl'), 'x')).rejects.toThrow(/not confirmed/);
    expect(await readdir(outside)).toEqual(['secret.txt']);
  });
});
