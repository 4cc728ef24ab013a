import { describe, expect, it } from 'vitest';
import { marksByBlock, nestMarks, type Mark, type Piece } from './nesting';

/** A piece tree as text: [key…] around its children, `*` on a mark's last piece. */
const show = (pieces: Piece<Mark>[]): string =>
  pieces.map((p) => (typeof p === 'string' ? p : `[${p.mark.key}${p.last ? '*' : ''} ${show(p.children)}]`)).join('');

describe('marks drawn as nested pieces', () => {
  const text = "Près de l'université de Tripoli.";
  it('nests a shorter mark inside a longer one, and keeps the text whole', () => {
    const fac = { key: 'FAC', from: 10, to: 31 };
    const gpe = { key: 'GPE', from: 24, to: 31 };
    expect(show(nestMarks(text, 0, text.length, [gpe, fac]))).toBe("Près de l'[FAC* université de [GPE* Tripoli]].");
  });

  it('cuts a mark that crosses another one’s end; only its last piece is flagged', () => {
    const a = { key: 'A', from: 0, to: 9 };
    const b = { key: 'B', from: 5, to: 20 };
    expect(show(nestMarks(text, 0, 20, [a, b]))).toBe("[A* Près [B de l]][B* 'université]");
  });

  it('clips marks to a block, and groups marks by the blocks they overlap', () => {
    const m = { key: 'M', from: 8, to: 14 };
    expect(show(nestMarks(text, 10, 20, [m]))).toBe('[M* univ]ersité');
    expect(show(nestMarks(text, 0, 10, [m]))).toBe("Près de [M l']");
    const blocks = [
      { from: 0, to: 10 },
      { from: 11, to: 20 },
      { from: 21, to: 32 },
    ];
    expect(marksByBlock(blocks, [m, { key: 'N', from: 22, to: 25 }]).map((b) => b.map((x) => x.key))).toEqual([['M'], ['M'], ['N']]);
  });
});
