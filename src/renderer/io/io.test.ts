import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Format } from '../../shared/formats/registry';
import type { GoldRecord, Status } from '../../shared/model/types';
import { goldJsonlFormat } from '../../shared/formats/registry';
import { frConflictNews } from '../../shared/schema';
import { GloseDb } from '../db/database';
import { storedSetsWhere } from '../db/set-table';
import { parseGoldJsonl } from '../../shared/formats/gold-jsonl';
import { SchemaIndex } from '../../shared/schema';
import { commitStep } from '../db/annotation-store';
import { addActiveTime, allStats } from '../db/stats';
import { allRecords, getSet } from '../db/store';
import { buildExport, selectRecords, withWorkFigures } from './exporter';
import { planImport, storeRecords } from './importer';
import { addTextFiles } from './open-text';

let n = 0;
let db: GloseDb;
const fresh = () => (db = new GloseDb(`io-test-${n++}`));
afterEach(async () => db?.delete());
const bytes = (s: string) => new TextEncoder().encode(s);

const text = "Près de l'université de Tripoli.";
const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'n1',
    text,
    meta: { source: 'n1.txt' },
    annotator: 'alice',
    status: 'done',
    schema: 'fr-conflict-news@1',
    entities: [
      { id: 'T1', start: 10, end: 31, label: 'FAC', text: 'université de Tripoli' },
      { id: 'T2', start: 24, end: 31, label: 'GPE', text: 'Tripoli' },
    ],
    events: [],
    ...over,
  });

describe('planImport / storeRecords', () => {
  it('imports a new document with its nested mentions', async () => {
    fresh();
    const [plan] = await planImport(db, [{ name: 'g.jsonl', bytes: bytes(line() + '\n') }], frConflictNews);
    expect(plan.errors).toEqual([]);
    await storeRecords(db, plan.records);
    expect((await db.documents.get('n1'))?.text).toBe(text);
    expect((await getSet(db, 'n1', 'alice'))?.entities.map((m) => m.label)).toEqual(['FAC', 'GPE']);
  });

  it('reports a bad line with its number and keeps the valid lines apart', async () => {
    fresh();
    const content = line() + '\n{"id": oops\n';
    const [plan] = await planImport(db, [{ name: 'bad.jsonl', bytes: bytes(content) }], frConflictNews);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ file: 'bad.jsonl', line: 2 });
    expect(plan.records).toHaveLength(1);
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses a record whose text differs from the stored document of that id, naming it', async () => {
    fresh();
    await db.documents.put({ id: 'n1', text: 'autre texte', meta: { source: 'n1.txt' } });
    const [plan] = await planImport(db, [{ name: 'g.jsonl', bytes: bytes(line()) }], frConflictNews);
    expect(plan.records).toEqual([]);
    expect(plan.errors[0].reason).toMatch(/n1/);
  });

  it('imports several annotators at once, and refuses a document whose text differs between the picked files in each of them', async () => {
    fresh();
    const bob = line({ annotator: 'bob' });
    const other = line({ id: 'n2', annotator: 'bob', text: 'Autre.', entities: [] });
    const plans = await planImport(
      db,
      [
        { name: 'alice.jsonl', bytes: bytes(line() + '\n') },
        { name: 'bob.jsonl', bytes: bytes(bob + '\n' + other + '\n') },
      ],
      frConflictNews,
    );
    expect(plans.flatMap((p) => p.errors)).toEqual([]);
    expect(plans.flatMap((p) => p.records).map((r) => `${r.id}/${r.annotator}`)).toEqual(['n1/alice', 'n1/bob', 'n2/bob']);
    const [mixed] = await planImport(db, [{ name: 'both.jsonl', bytes: bytes(line() + '\n' + bob + '\n') }], frConflictNews);
    expect([mixed.errors, mixed.records.map((r) => r.annotator)]).toEqual([[], ['alice', 'bob']]);
    const clash = await planImport(
      db,
      [
        { name: 'alice.jsonl', bytes: bytes(line() + '\n') },
        { name: 'carol.jsonl', bytes: bytes(line({ annotator: 'carol', text: text + ' Fin.' }) + '\n' + other + '\n') },
      ],
      frConflictNews,
    );
    expect(clash.map((p) => [p.file, p.errors.map((e) => e.reason), p.records.map((r) => r.id)])).toEqual([
      ['alice.jsonl', ['document n1: its text differs between alice.jsonl, carol.jsonl'], []],
      ['carol.jsonl', ['document n1: its text differs between alice.jsonl, carol.jsonl'], ['n2']],
    ]);
  });

  it('reads a doccano .jsonl file as doccano, not as gold JSONL', async () => {
    fresh();
    const doccano = JSON.stringify({
      id: 'd9',
      text,
      label: [
        [10, 31, 'FAC'],
        [24, 31, 'GPE'],
      ],
    });
    const [plan] = await planImport(db, [{ name: 'doccano.jsonl', bytes: bytes(doccano + '\n') }], frConflictNews);
    expect(plan.errors).toEqual([]);
    expect(plan.records[0].entities.map((m) => m.text)).toEqual(['université de Tripoli', 'Tripoli']);
  });

  it('reads a brat pick of .txt, .ann and annotation.conf as brat, and says where the schema file goes', async () => {
    fresh();
    const picked = [
      { name: 'n1.txt', bytes: bytes(text) },
      { name: 'n1.ann', bytes: bytes('T1\tFAC 10 31\tuniversité de Tripoli\nT2\tGPE 24 31\tTripoli\n') },
      { name: 'annotation.conf', bytes: bytes('[entities]\nFAC\nGPE\n') },
    ];
    const plans = await planImport(db, picked, frConflictNews);
    expect(plans.flatMap((p) => p.errors)).toEqual([]);
    expect(plans.flatMap((p) => p.records).map((r) => r.entities.map((m) => m.text))).toEqual([['université de Tripoli', 'Tripoli']]);
    expect(plans.find((p) => p.file === 'annotation.conf')?.warnings.join()).toContain('Schema screen');
  });

  it('refuses an annotation.conf picked alone, pointing to the Schema screen', async () => {
    fresh();
    const [plan] = await planImport(db, [{ name: 'annotation.conf', bytes: bytes('[entities]\nFAC\n') }], frConflictNews);
    expect(plan.errors[0].reason).toContain('Schema screen');
  });

  it('refuses a file no format reads', async () => {
    fresh();
    const [plan] = await planImport(db, [{ name: 'x.csv', bytes: bytes('a,b') }], frConflictNews);
    expect(plan.errors).toHaveLength(1);
  });
});

describe('addTextFiles', () => {
  it('adds new articles, skips identical ones and refuses a different text under a stored id', async () => {
    fresh();
    const first = await addTextFiles(db, [{ name: 'a.txt', bytes: bytes('date 2020-01-02\nTitre\nCorps') }]);
    expect(first.added.map((d) => [d.id, d.meta.date, d.text])).toEqual([['a', '2020-01-02', 'Titre\nCorps']]);
    const again = await addTextFiles(db, [
      { name: 'a.txt', bytes: bytes('date 2020-01-02\nTitre\nCorps') },
      { name: 'folder/b.txt', bytes: bytes('Autre') },
      { name: 'bad.txt', bytes: new Uint8Array([0xff, 0xfe, 0x00]) },
    ]);
    expect(again.unchanged).toEqual(['a']);
    expect(again.added.map((d) => d.id)).toEqual(['b']);
    expect(again.errors.map((e) => e.file)).toEqual(['bad.txt']);
    const clash = await addTextFiles(db, [{ name: 'a.txt', bytes: bytes('Changé') }]);
    expect(clash.errors[0].reason).toMatch(/a/);
    expect((await db.documents.get('a'))?.text).toBe('Titre\nCorps');
  });
});

describe('selectRecords', () => {
  const record = (annotator: string, status: Status): GoldRecord => ({ ...(JSON.parse(line()) as GoldRecord), annotator, status });
  const all: GoldRecord[] = [record('alice', 'in-progress'), record('bob', 'done'), record('gold', 'adjudicated'), record('gold', 'new')];
  const who = (rs: GoldRecord[]) => rs.map((r) => `${r.annotator}/${r.status}`);

  it("keeps every set, one annotator's, or only the finished ones", () => {
    expect(who(selectRecords(all, { annotator: null, finishedOnly: false }))).toEqual(who(all));
    expect(who(selectRecords(all, { annotator: 'gold', finishedOnly: false }))).toEqual(['gold/adjudicated', 'gold/new']);
    expect(who(selectRecords(all, { annotator: null, finishedOnly: true }))).toEqual(['bob/done', 'gold/adjudicated']);
    expect(who(selectRecords(all, { annotator: 'gold', finishedOnly: true }))).toEqual(['gold/adjudicated']);
  });
});

describe('buildExport', () => {
  const record = JSON.parse(line()) as Parameters<typeof buildExport>[0][number];

  it('saves a single-file format as it is', () => {
    const out = buildExport([record], goldJsonlFormat, frConflictNews, false);
    expect(out.name).toBe('gold.jsonl');
    expect(out.content).toBe(line() + '\n');
  });

  it('zips the files of a several-file format', () => {
    const twoFiles: Format = {
      id: 'two',
      label: 'Two',
      extensions: [],
      exportRecords: () => ({
        files: [
          { name: 'a.txt', content: 'A' },
          { name: 'a.ann', content: 'T1' },
        ],
        warnings: [],
      }),
    };
    const out = buildExport([record], twoFiles, frConflictNews, false);
    expect(out.name).toBe('glose-two.zip');
    const files = unzipSync(out.content as Uint8Array);
    expect(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]))).toEqual({ 'a.txt': 'A', 'a.ann': 'T1' });
  });
});

describe('work figures in the export', () => {
  /** The gold JSONL export of every stored set, as the Export command writes it. */
  async function exported(): Promise<string> {
    const records = withWorkFigures(await allRecords(db), await allStats(db));
    return buildExport(records, goldJsonlFormat, frConflictNews, true).content as string;
  }
  const figures = (seconds: number, accepted: number) => ({
    annotation_time_s: seconds,
    suggestions: {
      accepted,
      rejected: 1,
      changed: 0,
      mentions: { accepted, rejected: 1, changed: 0 },
      events: { accepted: 0, rejected: 0, changed: 0 },
    },
  });

  it('records time and decisions in the app and exports them in each record’s meta, valid gold JSONL', async () => {
    fresh();
    const pendingLine = line({
      status: 'pre-annotated',
      entities: [{ id: 'T2', start: 24, end: 31, label: 'GPE', text: 'Tripoli', source: 'heuristic', confidence: 0.8 }],
    });
    await storeRecords(db, (await planImport(db, [{ name: 'g.jsonl', bytes: bytes(pendingLine) }], frConflictNews))[0].records);
    const accept = { kind: 'setSource' as const, target: { kind: 'entity' as const, id: 'T2' }, source: 'human' as const };
    await commitStep(db, { docId: 'n1', annotator: 'alice' }, frConflictNews, { kind: 'apply', transaction: { operation: accept } });
    await addActiveTime(db, { docId: 'n1', annotator: 'alice' }, 83_400);
    const content = await exported();
    expect(parseGoldJsonl(content, { file: 'out.jsonl', schema: new SchemaIndex(frConflictNews) }).errors).toEqual([]);
    expect(JSON.parse(content).meta).toEqual({
      source: 'n1.txt',
      annotation_time_s: 83,
      suggestions: {
        accepted: 1,
        rejected: 0,
        changed: 0,
        mentions: { accepted: 1, rejected: 0, changed: 0 },
        events: { accepted: 0, rejected: 0, changed: 0 },
      },
    });
  });

  it('gives each annotator’s figures back as they came: an import exported again is the same lines', async () => {
    fresh();
    const lines = [
      line({ meta: { source: 'n1.txt', lang: 'fr', ...figures(754, 3) } }),
      line({ annotator: 'bob', meta: { source: 'n1.txt', lang: 'fr', ...figures(120, 0) } }),
      line({ annotator: 'carol', meta: { source: 'n1.txt', lang: 'fr' } }),
      line({ id: 'n2', meta: { source: 'n2.txt', annotation_time_s: '12 min', suggestions: 'many' } }),
    ];
    const content = lines.join('\n') + '\n';
    const [plan] = await planImport(db, [{ name: 'team.jsonl', bytes: bytes(content) }], frConflictNews);
    expect(plan.errors).toEqual([]);
    await storeRecords(db, plan.records);
    // The figures are the annotator's, not the document's; another tool's keys stay in the meta as they came.
    expect((await db.documents.get('n1'))?.meta).toEqual({ source: 'n1.txt', lang: 'fr' });
    expect((await db.documents.get('n2'))?.meta).toEqual({ source: 'n2.txt', annotation_time_s: '12 min', suggestions: 'many' });
    expect((await db.stats.get(['n1', 'bob']))?.activeMs).toBe(120_000);
    expect(await exported()).toBe(content);
  });
});

describe('an import that storage refuses', () => {
  it('leaves what was stored as it was, whatever slice it fails in', async () => {
    fresh();
    const records = Array.from({ length: 450 }, (_, i) => JSON.parse(line({ id: `n${i}`, annotator: 'bob' })));
    await storeRecords(db, records.slice(0, 1));
    const before = [await db.documents.toArray(), await storedSetsWhere(db, db.annotationSets.toCollection())];
    const sets = db.annotationSets;
    const real = sets.bulkPut.bind(sets);
    let calls = 0;
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi
      .spyOn(sets, 'bulkPut')
      .mockImplementation(((...args: Parameters<typeof real>) => (++calls === 3 ? Promise.reject(full) : real(...args))) as never);
    await expect(storeRecords(db, records)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    spy.mockRestore();
    expect(calls).toBe(3);
    expect([await db.documents.toArray(), await storedSetsWhere(db, db.annotationSets.toCollection())]).toEqual(before);
  });

  it('a cancel between slices stores nothing of the file', async () => {
    fresh();
    const records = Array.from({ length: 450 }, (_, i) => JSON.parse(line({ id: `n${i}` })));
    let slices = 0;
    await expect(storeRecords(db, records, { onProgress: () => slices++, cancelled: () => slices >= 2 })).rejects.toMatchObject({ name: 'ImportCancelled' });
    expect(await db.documents.count()).toBe(0);
  });
});
