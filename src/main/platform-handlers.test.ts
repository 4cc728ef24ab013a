import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../shared/ipc';
import type { PickedFile } from '../shared/platform';
import { MAX_READ_BYTES } from './file-access';
import { MAX_SAVE_SIZE } from './ipc-schemas';
import { createPlatformHandlers, type DialogPort } from './platform-handlers';

const APP = 'file:///app/out/renderer/index.html';
const C = INVOKE_CHANNELS;

/** A dialog that answers from a script and records what it was asked. */
function fakeDialog(answers: { open?: string[][]; save?: (string | undefined)[] }) {
  const calls: { kind: 'open' | 'save'; options: unknown }[] = [];
  const dialog: DialogPort = {
    async showOpenDialog(options) {
      calls.push({ kind: 'open', options });
      const paths = answers.open?.shift() ?? [];
      return { canceled: paths.length === 0, filePaths: paths };
    },
    async showSaveDialog(options) {
      calls.push({ kind: 'save', options });
      const filePath = answers.save?.shift();
      return { canceled: filePath === undefined, filePath };
    },
  };
  return { dialog, calls };
}

function handlersWith(answers: Parameters<typeof fakeDialog>[0]) {
  const { dialog, calls } = fakeDialog(answers);
  const handlers = createPlatformHandlers({ dialog, isTrustedSender: (url) => url === APP });
  return { handlers, calls };
}

const text = (f: PickedFile) => new TextDecoder().decode(f.bytes);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glose-main-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openTextFiles', () => {
  it('returns the picked .txt files by name with their bytes, in the order picked', async () => {
    await writeFile(join(dir, 'b.txt'), 'Bonjour à Kyiv');
    await writeFile(join(dir, 'a.txt'), 'date 2024-02-01\nTexte');
    const { handlers, calls } = handlersWith({ open: [[join(dir, 'b.txt'), join(dir, 'a.txt')]] });
    const files = (await handlers[C.openTextFiles](APP, [])) as PickedFile[];
    expect(files.map((f) => f.name)).toEqual(['b.txt', 'a.txt']);
    expect(files.map(text)).toEqual(['Bonjour à Kyiv', 'date 2024-02-01\nTexte']);
    expect(files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(calls[0]!.options).toMatchObject({ filters: [{ extensions: ['txt'] }] });
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { handlers } = handlersWith({ open: [[]] });
    expect(await handlers[C.openTextFiles](APP, [])).toEqual([]);
  });

  it('drops a picked file whose name bypassed the .txt filter', async () => {
    await writeFile(join(dir, 'a.TXT'), 'x');
    await writeFile(join(dir, 'secret.key'), 'y');
    const { handlers } = handlersWith({ open: [[join(dir, 'a.TXT'), join(dir, 'secret.key')]] });
    const files = (await handlers[C.openTextFiles](APP, [])) as PickedFile[];
    expect(files.map((f) => f.name)).toEqual(['a.TXT']);
  });

  it('refuses a file over the size limit instead of sending it', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, '');
    await truncate(big, MAX_READ_BYTES + 1); // sparse: costs no disk
    const { handlers } = handlersWith({ open: [[big]] });
    await expect(handlers[C.openTextFiles](APP, [])).rejects.toThrow(/larger than/);
  });
});

describe('openFolder', () => {
  it("returns the folder's own .txt files sorted by name, not sub-folders or other files", async () => {
    await writeFile(join(dir, 'z.txt'), 'Z');
    await writeFile(join(dir, 'm.txt'), 'M');
    await writeFile(join(dir, 'notes.md'), 'no');
    await mkdir(join(dir, 'sub.txt'));
    await writeFile(join(dir, 'sub.txt', 'inner.txt'), 'no');
    const { handlers, calls } = handlersWith({ open: [[dir]] });
    const files = (await handlers[C.openFolder](APP, [])) as PickedFile[];
    expect(files.map((f) => [f.name, text(f)])).toEqual([
      ['m.txt', 'M'],
      ['z.txt', 'Z'],
    ]);
    expect(calls[0]!.options).toMatchObject({ properties: ['openDirectory'] });
  });

  it('returns nothing when cancelled', async () => {
    const { handlers } = handlersWith({ open: [[]] });
    expect(await handlers[C.openFolder](APP, [])).toEqual([]);
  });
});

describe('openFiles', () => {
  it('offers and reads only the asked extensions', async () => {
    await writeFile(join(dir, 'gold.jsonl'), '{"id":"a"}\n');
    await writeFile(join(dir, 'a.txt'), 'x');
    const { handlers, calls } = handlersWith({ open: [[join(dir, 'gold.jsonl'), join(dir, 'a.txt')]] });
    const files = (await handlers[C.openFiles](APP, [['.jsonl', '.ANN']])) as PickedFile[];
    expect(files.map((f) => f.name)).toEqual(['gold.jsonl']);
    expect(calls[0]!.options).toMatchObject({ filters: [{ extensions: ['jsonl', 'ann'] }] });
  });
});

describe('saveFile', () => {
  it('writes text to the path the user confirmed, suggesting the given name', async () => {
    const target = join(dir, 'chosen.jsonl');
    const { handlers, calls } = handlersWith({ save: [target] });
    expect(await handlers[C.saveFile](APP, ['gold.jsonl', 'line 1\n'])).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('line 1\n');
    expect(calls[0]!.options).toMatchObject({ defaultPath: 'gold.jsonl', filters: [{ extensions: ['jsonl'] }] });
  });

  it('offers no type filter when the suggested name has no plain extension', async () => {
    const { handlers, calls } = handlersWith({ save: [undefined, undefined] });
    await handlers[C.saveFile](APP, ['notes v1.0 final', 'x']);
    await handlers[C.saveFile](APP, ['README', 'x']);
    expect(calls.map((c) => 'filters' in (c.options as object))).toEqual([false, false]);
  });

  it('writes bytes unchanged', async () => {
    const target = join(dir, 'out.bin');
    const { handlers } = handlersWith({ save: [target] });
    await handlers[C.saveFile](APP, ['out.bin', new Uint8Array([0, 255, 10])]);
    expect([...(await readFile(target))]).toEqual([0, 255, 10]);
  });

  it('writes nothing and returns false when cancelled', async () => {
    const { handlers } = handlersWith({ save: [undefined] });
    expect(await handlers[C.saveFile](APP, ['gold.jsonl', 'x'])).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('refusals', () => {
  const invalid: [string, string, unknown[]][] = [
    ['extra argument', C.openTextFiles, ['/etc/passwd']],
    ['extra argument', C.openFolder, [1]],
    ['extensions not an array', C.openFiles, ['.txt']],
    ['no extension', C.openFiles, [[]]],
    ['extension without a dot', C.openFiles, [['txt']]],
    ['extension with a slash', C.openFiles, [['./x']]],
    ['extension too long', C.openFiles, [['.' + 'a'.repeat(20)]]],
    ['too many extensions', C.openFiles, [Array.from({ length: 17 }, (_, i) => `.e${i}`)]],
    ['a path as the name', C.saveFile, ['../evil.txt', 'x']],
    ['an absolute path as the name', C.saveFile, ['/tmp/evil.txt', 'x']],
    ['a Windows path as the name', C.saveFile, ['a\\b.txt', 'x']],
    ['an empty name', C.saveFile, ['', 'x']],
    ['a parent reference', C.saveFile, ['..', 'x']],
    ['a number as content', C.saveFile, ['a.txt', 42]],
    ['missing content', C.saveFile, ['a.txt']],
  ];
  it.each(invalid)('refuses %s without opening a dialog', async (_why, channel, args) => {
    const { handlers, calls } = handlersWith({ open: [[join(dir, 'a.txt')]], save: [join(dir, 'a.txt')] });
    await expect(handlers[channel as keyof typeof handlers](APP, args)).rejects.toThrow(/^refused/);
    expect(calls).toEqual([]);
  });

  it('refuses content over the size limit', async () => {
    // A view that reports a huge length without allocating it.
    class Huge extends Uint8Array {
      override get byteLength() {
        return MAX_SAVE_SIZE + 1;
      }
    }
    const { handlers, calls } = handlersWith({ save: [join(dir, 'a.bin')] });
    await expect(handlers[C.saveFile](APP, ['a.bin', new Huge(1)])).rejects.toThrow(/^refused/);
    expect(calls).toEqual([]);
  });

  it('refuses a request from another page', async () => {
    const { handlers, calls } = handlersWith({ open: [[dir]] });
    await expect(handlers[C.openFolder]('https://evil.example/', [])).rejects.toThrow(/^refused/);
    await expect(handlers[C.openFolder](undefined, [])).rejects.toThrow(/^refused/);
    expect(calls).toEqual([]);
  });
});
