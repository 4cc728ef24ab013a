import { outsideSchema } from '../../shared/formats/schema-json';
import type { InputError } from '../../shared/model/types';
import type { PlatformApi } from '../../shared/platform';
import { schemaRef } from '../../shared/schema';
import type { GloseDb } from '../db/database';
import { readingSchema } from '../db/schemas';
import type { FilePlan } from '../io/import-parse';
import { parseInWorker } from '../io/import-runner';
import { checkAgainstStore, ImportCancelled, importExtensions, refuseDifferingTexts, storeRecords } from '../io/importer';
import { storageProblem } from '../session/document-session';
import type { AppStore, Progress } from './app-store';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Importing annotation files: parsed in a worker (the page's thread stays free, a 50 MB file included),
 * with the file being read and Cancel in a progress dialog; then each file without errors stored in one
 * transaction of short slices (nothing of a file is ever half stored, and Cancel aborts the file being
 * stored). Files with errors are stored only if the user asks for their valid records.
 */
export class ImportService {
  private cancelled = false;
  private stop: () => void = () => undefined;

  constructor(
    private readonly db: GloseDb,
    private readonly platform: PlatformApi,
    private readonly app: AppStore,
  ) {}

  async importFiles(): Promise<void> {
    const files = await this.platform.openFiles(importExtensions());
    if (!files.length) return;
    this.cancelled = false;
    const title = `Importing ${plural(files.length, 'file')}`;
    let names: string[] = [];
    const run = parseInWorker(files, readingSchema(this.app.get().schemas), {
      onPicks: (n) => {
        names = n;
        this.progress({ title, done: 0, total: n.length, unit: 'files read', detail: `Reading ${n[0] ?? ''}…` });
      },
      onPlan: (index) =>
        this.progress({
          title,
          done: index + 1,
          total: names.length,
          unit: 'files read',
          detail: names[index + 1] ? `Reading ${names[index + 1]}…` : 'Checking…',
        }),
    });
    this.stop = () => run.cancel();
    this.progress({ title, done: 0, total: files.length, unit: 'files read', detail: 'Reading…' });
    const parsed = await run.finished;
    if (this.cancelled) return;
    if (!parsed) return this.finish(`Not imported: ${run.failure() ?? 'the files could not be read'}. Nothing was stored.`);
    const checked: FilePlan[] = [];
    for (const plan of parsed) checked.push(await checkAgainstStore(this.db, plan));
    const plans = refuseDifferingTexts(checked);
    const clean = plans.filter((p) => p.errors.length === 0);
    const faulty = plans.filter((p) => p.errors.length > 0);
    const stored = await this.store(title, clean);
    if (stored === null) return;
    const records = clean.reduce((n, p) => n + p.records.length, 0);
    this.finish(`Imported ${plural(records, 'record')}${faulty.length ? `; ${plural(faulty.length, 'file')} with errors not imported` : ''}.`);
    if (!faulty.length) return this.showErrors('Imported, with notes', this.importNotes(clean));
    const valid = faulty.flatMap((p) => p.records);
    this.showErrors(
      'Import: problems found',
      faulty.flatMap((p) => p.errors),
      {
        count: valid.length,
        run: async () => {
          try {
            await storeRecords(this.db, valid);
            this.notify(`Imported ${plural(records + valid.length, 'record')}.`);
          } catch (error) {
            this.notify(`The valid records were not imported: ${storageProblem(error)}. What was stored is unchanged.`);
          }
        },
      },
    );
  }

  /** Stores each plan in its own transaction; null when cancelled or refused (the user was told). */
  private async store(title: string, plans: FilePlan[]): Promise<number | null> {
    let done = 0;
    for (const plan of plans) {
      const detail = `Storing ${plan.file}…`;
      this.progress({ title, done: 0, total: plan.records.length, unit: 'records', detail });
      try {
        await storeRecords(this.db, plan.records, {
          onProgress: (n) => this.progress({ title, done: n, total: plan.records.length, unit: 'records', detail }),
          cancelled: () => this.cancelled,
        });
      } catch (error) {
        const before = done ? ` ${plural(done, 'file')} before it ${done === 1 ? 'was' : 'were'} imported.` : '';
        const what =
          error instanceof ImportCancelled
            ? `Import cancelled: nothing of ${plan.file} was stored.`
            : `${plan.file} was not imported: ${storageProblem(error)}. What was stored is unchanged.`;
        this.finish(what + before);
        return null;
      }
      done++;
    }
    return done;
  }

  /** Cancel in the progress dialog: the worker stops at once; a store under way is rolled back. */
  cancel(): void {
    this.cancelled = true;
    this.stop();
    this.finish('Import cancelled: nothing was stored.');
  }

  /** Warnings of files that were imported, and what in them the active schema does not define. */
  private importNotes(plans: FilePlan[]): InputError[] {
    const schema = this.app.get().schemas.active;
    return plans.flatMap((p) => [
      ...p.warnings.map((reason) => ({ file: p.file, line: 0, reason })),
      ...outsideSchema(p.records, schema).map((m) => ({ file: p.file, line: 0, reason: `not in ${schemaRef(schema)}, kept: ${m}` })),
    ]);
  }

  private progress(progress: Omit<Progress, 'cancel'>): void {
    if (!this.cancelled) this.app.update({ progress: { ...progress, cancel: () => this.cancel() } });
  }

  private finish(notice: string): void {
    this.app.update({ progress: null, notice });
  }

  private notify(notice: string): void {
    this.app.update({ notice });
  }

  private showErrors(title: string, errors: InputError[], importValid?: { count: number; run: () => Promise<void> }): void {
    if (errors.length) this.app.update({ dialog: { kind: 'errors', title, errors, importValid } });
  }
}
