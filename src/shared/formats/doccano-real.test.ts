import { describe, expect, it } from 'vitest';
import { exportDoccanoSeq, importDoccano } from './doccano';
import { serializeGoldJsonl } from './gold-jsonl';
import { detectFormat } from './registry';
import { fixture, labelSchema } from '../../../test/support/format-fixtures';

/** doccano's own example exports (test/fixtures/formats/README.md). */

describe('doccano exports (issue 15 #7)', () => {
  it('reads the intent-detection export, "entities": [[start, end, "Label"]], and keeps its "cats"', () => {
    const r = importDoccano([fixture('doccano/intent-detection.jsonl')], labelSchema('City'));
    expect(r.errors).toEqual([]);
    expect(r.records.map((d) => [d.entities.map((m) => m.text), d.meta.cats])).toEqual([
      [['Find a flight from Memphis', 'Tacoma'], ['flight']],
      [['Los Angeles'], ['airport']],
    ]);
  });

  it('reads the relation example pretty-printed over many lines, as doccano’s documentation shows it, and says what it leaves out', () => {
    const pretty = fixture('doccano/relation-extraction.pretty.jsonl');
    const oneLine = fixture('doccano/relation-extraction.jsonl');
    const schema = labelSchema('ORG', 'DATE', 'PERSON');
    const a = importDoccano([pretty], schema);
    expect(a.errors).toEqual([]);
    expect(a.records[0].entities.map((m) => `${m.label} ${m.text}`)).toEqual([
      'ORG Google',
      'DATE September 4, 1998',
      'PERSON Larry Page',
      'PERSON Sergey Brin',
    ]);
    expect(a.warnings).toEqual([
      'doccano/relation-extraction.pretty.jsonl:1: relation foundedAt between two mentions left out (only event arguments are read)',
      'doccano/relation-extraction.pretty.jsonl:1: relation foundedBy between two mentions left out (only event arguments are read)',
      'doccano/relation-extraction.pretty.jsonl:1: relation foundedBy between two mentions left out (only event arguments are read)',
    ]);
    const b = importDoccano([oneLine], schema);
    expect(b.records.map((r) => r.entities)).toEqual(a.records.map((r) => r.entities));
    expect(detectFormat(pretty)?.id).toBe('doccano-rel');
  });

  it('reads a JSON array of tasks, each on its line; says what a broken pretty-printed file looks like', () => {
    const lines = fixture('doccano/sequence-labeling.jsonl').content.trim().split('\n');
    const array = importDoccano([{ name: 'a.json.jsonl', content: `[\n${lines.join(',\n')}\n]\n` }], labelSchema('ORG', 'MISC', 'PERSON'));
    expect(array.errors).toEqual([]);
    expect(array.records.map((r) => r.id)).toEqual(['a.json-2', 'a.json-3', 'a.json-4']);
    const broken = importDoccano(
      [{ name: 'b.jsonl', content: fixture('doccano/relation-extraction.pretty.jsonl').content.replace('"relations"', 'relations') }],
      labelSchema('ORG'),
    );
    expect(broken.errors.map((e) => [e.line, e.reason.replace(/^not JSON \(.*\) \(/, '(')])).toEqual([
      [1, '(the file is pretty-printed JSON, one object over several lines; this object starts on this line)'],
    ]);
  });

  it('sequence labelling → JSONL → doccano → JSONL gives the same bytes', () => {
    const schema = labelSchema('ORG', 'MISC', 'PERSON');
    const first = importDoccano([fixture('doccano/sequence-labeling.jsonl')], schema);
    expect(first.errors).toEqual([]);
    const again = importDoccano([{ name: 'doccano/sequence-labeling.jsonl', content: exportDoccanoSeq(first.records, schema).files[0].content }], schema);
    expect(serializeGoldJsonl(again.records)).toBe(serializeGoldJsonl(first.records));
  });
});
