import { liveQuery } from 'dexie';
import { formatById } from '../../shared/formats/registry';
import { outsideSchema } from '../../shared/formats/schema-json';
import type { Doc, InputError } from '../../shared/model/types';
import type { PickedFile, PlatformApi } from '../../shared/platform';
import { schemaRef } from '../../shared/schema';
import type { GloseDb } from '../db/database';
import { allStats } from '../db/stats';
import { allRecords, annotatorsOf } from '../db/store';
import { buildExport, selectRecords, withWorkFigures, type ExportChoice } from '../io/exporter';
import { addTextFiles } from '../io/open-text';
import type { AppStore } from './app-store';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The corpus and its files: the live list of documents, opening articles, exporting annotations
 * (importing is import-service.ts). Results and problems are told through the app state (notice, errors dialog); every
 * window sees stored changes through the database's change feed, so nothing is reloaded by hand.
 */
export class CorpusService {
  constructor(
    private readonly db: GloseDb,
    private readonly platform: PlatformApi,
    private readonly app: AppStore,
    /** Resolves once the open document's writes have landed (an export must include them). */
    private readonly flushed: () => Promise<void>,
  ) {}

  /** What stored annotations the active schema does not define, again after every change. */
  watchMismatches(onMismatches: (lines: string[]) => void): () => void {
    const sub = liveQuery(() => allRecords(this.db)).subscribe({
      next: (records) => onMismatches(outsideSchema(records, this.app.get().schemas.active)),
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }

  documents(): Promise<Doc[]> {
    return this.db.documents.toArray();
  }

  /** The document after (or before) this one, in the corpus's order; null at either end. */
  async neighbour(docId: string, direction: 1 | -1): Promise<string | null> {
    const ids = (await this.db.documents.orderBy('id').primaryKeys()) as string[];
    const i = ids.indexOf(docId);
    return i < 0 ? null : (ids[i + direction] ?? null);
  }

  annotators(): Promise<string[]> {
    return annotatorsOf(this.db);
  }

  async openTextFiles(): Promise<void> {
    await this.addFiles(await this.platform.openTextFiles());
  }

  async openFolder(): Promise<void> {
    await this.addFiles(await this.platform.openFolder());
  }

  private async addFiles(files: PickedFile[]): Promise<void> {
    if (!files.length) return;
    const result = await addTextFiles(this.db, files);
    this.notify(`Added ${plural(result.added.length, 'document')}${result.unchanged.length ? `, ${result.unchanged.length} already in the corpus` : ''}.`);
    this.showErrors('Some files could not be opened', result.errors);
  }

  async exportAs({ formatId, includePending, ...selection }: ExportChoice): Promise<void> {
    const format = formatById(formatId);
    if (!format) return;
    await this.flushed();
    const schema = this.app.get().schemas.active;
    const records = withWorkFigures(selectRecords(await allRecords(this.db), selection), await allStats(this.db));
    if (!records.length) return this.notify('Nothing to export: no stored annotation set matches that choice.');
    const out = buildExport(records, format, schema, includePending);
    const outside = outsideSchema(records, schema);
    const notes = [...out.warnings, ...(outside.length ? [`Not in ${schemaRef(schema)}, exported as they are: ${outside.join('; ')}.`] : [])];
    if (await this.platform.saveFile(out.name, out.content)) this.notify(`Exported ${out.name}.${notes.length ? ' ' + notes.join(' ') : ''}`);
  }

  private notify(text: string): void {
    this.app.update({ notice: text });
  }

  private showErrors(title: string, errors: InputError[]): void {
    if (errors.length) this.app.update({ dialog: { kind: 'errors', title, errors } });
  }
}
