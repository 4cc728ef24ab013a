import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../model/types';
import { frConflictNews } from '../schema';
import { exportSpacy, importSpacy } from './spacy';

/*
 * Written by hand from Prodigy's task format (ner_manual): "tokens" with text/start/end/id/ws, "spans"
 * with start/end/token_start/token_end (inclusive)/label, "answer". Offsets are Python's: code points.
 */

describe('spaCy / Prodigy export', () => {
  // Code points: L' 0..2, armée 2..7, 😀 8..9, frappe 10..16, Derna 17..22, "." 22..23.
  const TEXT = "L'armée 😀 frappe Derna.";
  const record: GoldRecord = {
    id: 's1',
    text: TEXT,
    meta: { source: 's1.txt', lang: 'fr' },
    annotator: 'alice',
    status: 'done',
    schema: 'fr-conflict-news@1',
    entities: [
      { id: 'T1', start: 2, end: 7, label: 'ORG', text: 'armée' },
      { id: 'T2', start: 10, end: 22, label: 'LOC', text: 'frappe Derna' },
      { id: 'T3', start: 17, end: 22, label: 'GPE', text: 'Derna' },
      { id: 'T4', start: 3, end: 7, label: 'PER', text: 'rmée' },
    ],
    events: [{ id: 'E1', type: 'Conflict.Attack', trigger: { start: 10, end: 16, text: 'frappe' }, arguments: [] }],
  };

  it('writes tokens with ws, spans with inclusive token_end; warns about events and unaligned spans', () => {
    const out = exportSpacy([record], frConflictNews);
    const line = JSON.parse(out.files[0].content);
    expect(line.tokens).toEqual([
      { text: "L'", start: 0, end: 2, id: 0, ws: false },
      { text: 'armée', start: 2, end: 7, id: 1, ws: true },
      { text: '😀', start: 8, end: 9, id: 2, ws: true },
      { text: 'frappe', start: 10, end: 16, id: 3, ws: true },
      { text: 'Derna', start: 17, end: 22, id: 4, ws: false },
      { text: '.', start: 22, end: 23, id: 5, ws: false },
    ]);
    expect(line.spans).toEqual([
      { start: 2, end: 7, token_start: 1, token_end: 1, label: 'ORG' },
      { start: 3, end: 7, token_start: 1, token_end: 1, label: 'PER' },
      { start: 10, end: 22, token_start: 3, token_end: 4, label: 'LOC' },
      { start: 17, end: 22, token_start: 4, token_end: 4, label: 'GPE' },
    ]);
    expect([line.id, line.text, line.meta]).toEqual(['s1', TEXT, { source: 's1.txt', lang: 'fr' }]);
    expect(out.warnings).toEqual([
      '1 span not on token boundaries (token_start/token_end give the tokens they overlap)',
      '1 event left out (spaCy/Prodigy spans have no events)',
    ]);
  });
});

describe('spaCy / Prodigy import', () => {
  const hello =
    '{"text": "Hello Apple", "tokens": [{"text": "Hello", "start": 0, "end": 5, "id": 0, "ws": true}, {"text": "Apple", "start": 6, "end": 11, "id": 1, "ws": false}], "spans": [{"start": 6, "end": 11, "label": "ORG", "token_start": 1, "token_end": 1}], "answer": "accept", "_input_hash": 42}';
  // Paris 0..5, 𝔘 at 6, Lyon 8..12 (9..13 in UTF-16).
  const astral = '{"id": "lyon", "text": "Paris 𝔘 Lyon", "spans": [{"start": 8, "end": 12, "label": "GPE"}]}';
  const rejected = '{"text": "Rome", "spans": [{"start": 0, "end": 4, "label": "GPE"}], "answer": "reject"}';
  const unaligned = hello.replace('"start": 6, "end": 11, "label"', '"start": 7, "end": 11, "label"');

  it('reads spans, keeps unknown columns as meta, skips rejected tasks, merges tasks of one input, warns about spans off the tokens', () => {
    const r = importSpacy([{ name: 'p.jsonl', content: [hello, astral, rejected, unaligned].join('\n') }], frConflictNews);
    expect(r.errors).toEqual([]);
    expect(r.records.map((x) => [x.id, x.meta, x.entities])).toEqual([
      [
        'p-1',
        { _input_hash: 42, source: 'p.jsonl' },
        [
          { id: 'T1', start: 6, end: 11, label: 'ORG', text: 'Apple' },
          { id: 'T2', start: 7, end: 11, label: 'ORG', text: 'pple' },
        ],
      ],
      ['lyon', { source: 'p.jsonl' }, [{ id: 'T1', start: 8, end: 12, label: 'GPE', text: 'Lyon' }]],
    ]);
    expect(r.warnings).toEqual([
      'p.jsonl:3: task answered reject, left out',
      'p.jsonl:4: spans[0] (7..11) does not fall on token boundaries',
      'p.jsonl:4: accepted task of the same input as line 1, merged into it',
    ]);
  });

  it('reports tokens and spans that do not match the text, and malformed lines', () => {
    const bad = [
      '{"text": "ab", "tokens": [{"text": "x", "start": 0, "end": 1, "id": 0, "ws": false}]}',
      '{"text": "Paris", "spans": [{"start": 0, "end": 5, "label": "GPE", "text": "Lyon"}]}',
      '{"text": "Paris", "spans": {"start": 0}}',
      '{"text": "Paris", "spans": [{"start": 0, "end": 5, "label": "TOWN"}]}',
      '[1, 2]',
    ];
    const r = importSpacy([{ name: 'p.jsonl', content: [astral, ...bad].join('\n') }], frConflictNews);
    expect(r.records).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.reason])).toEqual([
      [2, 'tokens[0]: text "x" does not match the text at 0..1'],
      [3, 'spans[0]: text "Lyon" does not match the text at 0..5'],
      [4, 'spans must be a list'],
      [5, 'entity T1: unknown label TOWN'],
      [6, 'not a JSON object'],
    ]);
    expect(importSpacy([{ name: 'p.jsonl', content: [astral, ...bad].join('\n') }], frConflictNews, { validOnly: true }).records.map((x) => x.id)).toEqual([
      'lyon',
    ]);
  });
});
