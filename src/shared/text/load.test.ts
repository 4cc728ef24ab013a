import { describe, expect, it } from 'vitest';
import { decodeUtf8, loadTextDocument, splitDateHeader } from './load';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('loading a .txt article', () => {
  it('moves a leading date header to meta.date and keeps the rest exactly', () => {
    const r = loadTextDocument('corpus/001_abc.txt', bytes(' date 2018-06 Les forces  loyales\n\nà M. Haftar '));
    expect(r).toEqual({
      ok: true,
      doc: { id: '001_abc', text: 'Les forces  loyales\n\nà M. Haftar ', meta: { source: '001_abc.txt', date: '2018-06', lang: 'fr' } },
    });
  });

  it('accepts a full date and leaves text without a header untouched', () => {
    expect(splitDateHeader('date 2019-04-12\nL’Armée')).toEqual({ text: 'L’Armée', date: '2019-04-12' });
    expect(splitDateHeader('Libye : la date 2018-05 du sommet')).toEqual({ text: 'Libye : la date 2018-05 du sommet' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const r = loadTextDocument('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Derna')]));
    expect(r.ok && r.doc.text).toBe('Derna');
  });

  it('refuses a file that is not UTF-8 and names it', () => {
    const latin1 = new Uint8Array([0x4c, 0x69, 0x62, 0x79, 0x65, 0x20, 0xe9, 0x74, 0xe9]); // "Libye été" in Latin-1
    const r = loadTextDocument('latin1.txt', latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.file).toBe('latin1.txt');
      expect(r.error.reason).toMatch(/UTF-8/);
    }
  });

  it('names the first line that is not UTF-8, and reports a byte-order mark it removed', () => {
    const r = decodeUtf8(new Uint8Array([...bytes('un\ndeux\n'), 0xe9, 0x0a]), 'x.txt');
    expect(r).toEqual({ ok: false, error: { file: 'x.txt', line: 3, reason: expect.stringMatching(/not valid UTF-8/) } });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('é')]), 'b.txt')).toEqual({ ok: true, text: 'é', bom: true });
  });

  it('refuses a date header whose date does not exist rather than store it', () => {
    const r = loadTextDocument('a.txt', bytes('date 2018-13\nDerna'));
    expect(r).toEqual({ ok: false, error: { file: 'a.txt', line: 1, reason: expect.stringMatching(/2018-13 is not a real date/) } });
    expect(loadTextDocument('b.txt', bytes('date 2019-02-30\nDerna')).ok).toBe(false);
    expect(loadTextDocument('c.txt', bytes('date 2020-02-29\nDerna')).ok).toBe(true);
  });
});
