import type { EntityMention, GoldRecord, InputError } from '../model/types';
import { SchemaIndex } from '../schema/lookup';
import type { Schema } from '../schema/types';
import { codePointLength, OffsetMap } from '../text/offsets';
import { baseName, byPosition, combineImports, guarded, importedRecordBase, recordErrors, type FileImport, type ImportOptions } from './common';
import type { InputFile } from './files';
import { sameAsOwnTokens } from './kept-tokens';

/**
 * CoNLL column files (CoNLL-2002/2003 and the many files made like them): one token a line, its
 * columns separated by a tab (or, in a line without tabs, by spaces), the first column the word and the
 * last the tag; a blank line ends a sentence; a `-DOCSTART-` line starts a document. Tags in IOB1,
 * IOB2, BIOES (or BILOU) are read by one rule that accepts them all: `B-X` and `S-X` start a mention,
 * `I-X` continues a mention of type X or starts one (IOB1), `E-X` ends one, `O` is outside.
 * The text is rebuilt: the words of a sentence joined by one space, one sentence a line; the words are
 * kept in `meta.tokens` when Glose would cut that text otherwise. Documents are `<file>-1`, `<file>-2`…
 */

const TAG = /^(?:O|([BIESLMU])-(\S+))$/;

interface Token {
  word: string;
  tag: string;
  line: number;
}

interface DocLines {
  sentences: Token[][];
}

function columns(text: string): string[] {
  return (text.includes('\t') ? text.split('\t') : text.trim().split(/\s+/)).map((c) => c.trim());
}

/** Splits a file into documents of sentences of tokens; malformed lines are errors. */
function readLines(content: string, file: string, errors: InputError[]): DocLines[] {
  const docs: DocLines[] = [{ sentences: [[]] }];
  const doc = () => docs[docs.length - 1];
  const endSentence = () => doc().sentences[doc().sentences.length - 1].length && doc().sentences.push([]);
  content
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const text = raw.replace(/\r$/, '');
      const line = i + 1;
      if (text.trim() === '') return void endSentence();
      const cols = columns(text);
      if (cols[0] === '-DOCSTART-') {
        if (doc().sentences.some((s) => s.length)) docs.push({ sentences: [[]] });
        return;
      }
      if (cols.length < 2)
        return void errors.push({ file, line, reason: `expected "WORD … TAG" (two columns or more), got ${JSON.stringify(text.slice(0, 40))}` });
      const tag = cols[cols.length - 1];
      if (!TAG.test(tag)) return void errors.push({ file, line, reason: `${JSON.stringify(tag)} is not a tag (O, B-X, I-X, E-X, S-X)` });
      doc().sentences[doc().sentences.length - 1].push({ word: cols[0], tag, line });
    });
  return docs.map((d) => ({ sentences: d.sentences.filter((s) => s.length) })).filter((d) => d.sentences.length);
}

interface Built {
  text: string;
  tokens: { text: string; start: number; end: number }[];
  spans: { start: number; end: number; label: string; line: number }[];
}

/** The text, token offsets and mentions of one document. */
function build(doc: DocLines): Built {
  const tokens: Built['tokens'] = [];
  const spans: Built['spans'] = [];
  const parts: string[] = [];
  let pos = 0;
  doc.sentences.forEach((sentence, s) => {
    if (s > 0) (parts.push('\n'), pos++);
    let open: Built['spans'][number] | null = null;
    sentence.forEach((t, k) => {
      if (k > 0) (parts.push(' '), pos++);
      const start = pos;
      pos += codePointLength(t.word);
      parts.push(t.word);
      tokens.push({ text: t.word, start, end: pos });
      const m = TAG.exec(t.tag)!;
      const [prefix, label] = [m[1], m[2]];
      const continues = open !== null && open.label === label && (prefix === 'I' || prefix === 'M' || prefix === 'E' || prefix === 'L');
      if (!prefix) open = null;
      else if (continues) open!.end = pos;
      else spans.push((open = { start, end: pos, label, line: t.line }));
      if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') open = null;
    });
  });
  return { text: parts.join(''), tokens, spans };
}

function importFile(file: InputFile, schema: Schema, options: ImportOptions): FileImport {
  const index = new SchemaIndex(schema);
  const errors: InputError[] = [];
  const docs = readLines(file.content, file.name, errors);
  const records: GoldRecord[] = [];
  docs.forEach((doc, d) => {
    const { text, tokens, spans } = build(doc);
    const lineOf = new Map<string, number>();
    const map = new OffsetMap(text);
    const entities: EntityMention[] = spans.sort(byPosition).map((s, i) => {
      lineOf.set(`T${i + 1}`, s.line);
      return { id: `T${i + 1}`, start: s.start, end: s.end, label: s.label, text: map.slice(s.start, s.end) };
    });
    const source = file.name.split(/[\\/]/).pop() ?? file.name;
    const meta = sameAsOwnTokens(text, 'fr', tokens) ? { source } : { source, tokens };
    const record: GoldRecord = { id: `${baseName(file.name)}-${d + 1}`, text, meta, ...importedRecordBase(schema, options), entities, events: [] };
    const problems = recordErrors(record, index, file.name, doc.sentences[0][0].line, lineOf);
    errors.push(...problems);
    if (!problems.length) records.push(record);
  });
  return { records, errors, warnings: [] };
}

/** Whether the first non-blank lines of a file are CoNLL columns (`-DOCSTART-` or `WORD … TAG`). */
export function looksLikeConll(content: string): boolean {
  const first = content
    .replace(/^\uFEFF/, '')
    .split('\n', 200)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  return first.length > 0 && first.every((l) => columns(l)[0] === '-DOCSTART-' || (columns(l).length >= 2 && TAG.test(columns(l).at(-1)!)));
}

export function importConll(files: InputFile[], schema: Schema, options: ImportOptions = {}): FileImport {
  return combineImports(
    files.map((f) => guarded(f.name, () => importFile(f, schema, options))),
    options,
  );
}
