import { describe, expect, it } from 'vitest';
import { detectFormat, formats } from './registry';

describe('format registry', () => {
  it('offers every format, each with a distinct id, each read and written', () => {
    expect(formats.map((f) => f.id)).toEqual(['jsonl', 'brat', 'doccano', 'doccano-rel', 'spacy', 'conll']);
    expect(formats.filter((f) => !f.importFiles).map((f) => f.id)).toEqual([]);
    expect(formats.filter((f) => f.folder).map((f) => f.id)).toEqual(['brat']);
  });

  it('tells the .jsonl formats apart by their first line', () => {
    const detect = (name: string, content: string) => detectFormat({ name, content })?.id;
    expect(detect('g.jsonl', '{"id":"a","text":"x","meta":{"source":"a"},"annotator":"gold","status":"done"}')).toBe('jsonl');
    expect(detect('p.jsonl', '\n{"text":"x","tokens":[],"spans":[]}')).toBe('spacy');
    expect(detect('d.jsonl', '{"text":"x","entities":[],"relations":[]}')).toBe('doccano-rel');
    expect(detect('d.jsonl', '{"text":"x","label":[[0,1,"PER"]]}')).toBe('doccano');
    expect(detect('bad.jsonl', 'not json')).toBe('jsonl');
    expect(detect('a.ann', 'T1\tPER 0 1\tx')).toBe('brat');
    expect(detect('a.csv', 'x')).toBeUndefined();
    expect(detect('wikigold.conll.txt', '010 I-MISC\nis O\n')).toBe('conll');
    expect(detect('article.txt', 'Derna est libérée.\nLe 8 mai, l’ANL avance.')).toBe('brat');
  });
});
