import { summarizeBackup, type Backup } from '../../shared/backup/backup-file';
import type { PlatformApi } from '../../shared/platform';
import { isEmpty, readAllTables, restoreBackup, restoreProblem, storedSummary } from '../db/backup';
import type { GloseDb } from '../db/database';
import { checkBackup, packBackup } from '../io/backup-runner';
import { storageProblem } from '../session/document-session';
import type { AppStore } from './app-store';

/** Other windows of the app hear here that the database was replaced, and start again from it. */
const CHANNEL = 'glose-database';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 documents, 30 annotation sets (alice, bob)": what a database or a backup holds. */
export function describeContents(counts: { documents: number; annotationSets: number; history: number }, annotators: string[]): string {
  const who = annotators.length ? ` (${annotators.join(', ')})` : '';
  return `${plural(counts.documents, 'document')}, ${plural(counts.annotationSets, 'annotation set')}${who}, ${plural(counts.history, 'undo step')}`;
}

/**
 * "Back up everything" and restore (db/backup.ts, shared/backup): the whole database in one file, put
 * back exactly. A restore over stored work asks first, saying what it replaces; one that fails leaves
 * what was stored untouched and says why.
 */
export class BackupService {
  private readonly channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  constructor(
    private readonly db: GloseDb,
    private readonly platform: PlatformApi,
    private readonly app: AppStore,
    /** Resolves once the open document's writes (and active time) have landed: a backup must include them. */
    private readonly flushed: () => Promise<void>,
    /** Reads settings, schemas and the corpus again after a restore. */
    private readonly reload: () => Promise<void>,
  ) {
    // Another window restored a backup: what this one holds in memory belongs to the old database.
    if (this.channel) this.channel.onmessage = () => location.reload();
  }

  async backup(): Promise<void> {
    this.notify('Backing up everything…');
    await this.flushed();
    try {
      const tables = await readAllTables(this.db);
      const bytes = await packBackup(tables, this.db.verno);
      const name = `glose-backup-${new Date().toISOString().slice(0, 10)}.json.gz`;
      if (await this.platform.saveFile(name, bytes)) {
        const annotators = [...new Set(tables.annotationSets.map((s) => s.annotator as string))].sort();
        this.notify(
          `Backed up everything to ${name}: ${describeContents({ documents: tables.documents.length, annotationSets: tables.annotationSets.length, history: tables.history.length }, annotators)}.`,
        );
      }
    } catch (error) {
      this.notify(`Not backed up: ${storageProblem(error)}`);
    }
  }

  /** Picks a backup file, checks it whole, then restores it (asking first when something is stored). */
  async pickAndRestore(): Promise<void> {
    const [file] = await this.platform.openFiles(['.gz', '.json']);
    if (!file) return;
    this.notify(`Checking ${file.name}…`);
    const read = await checkBackup(file.name, file.bytes);
    if (!read.ok) return this.app.update({ notice: null, dialog: { kind: 'errors', title: 'Not a backup that can be restored', errors: read.errors } });
    const problem = restoreProblem(this.db, read.backup);
    if (problem) return this.notify(`Not restored: ${problem}.`);
    const stored = await storedSummary(this.db);
    this.app.update({ notice: null });
    if (isEmpty(stored)) return this.restore(read.backup);
    const incoming = summarizeBackup(read.backup);
    this.app.update({
      dialog: {
        kind: 'restore',
        file: file.name,
        createdAt: incoming.createdAt,
        replaced: describeContents(stored.counts, stored.annotators),
        incoming: describeContents(incoming.counts, incoming.annotators),
        run: () => this.restore(read.backup),
      },
    });
  }

  async restore(backup: Backup): Promise<void> {
    this.app.update({ dialog: null, route: { screen: 'corpus' } });
    location.hash = '#/';
    this.notify('Restoring…');
    await this.flushed();
    try {
      await restoreBackup(this.db, backup);
    } catch (error) {
      return this.notify(`Not restored: ${storageProblem(error)}. What was stored is unchanged.`);
    }
    this.channel?.postMessage('restored');
    await this.reload();
    const s = summarizeBackup(backup);
    this.notify(`Restored the backup of ${s.createdAt.slice(0, 10)}: ${describeContents(s.counts, s.annotators)}.`);
  }

  private notify(notice: string): void {
    this.app.update({ notice });
  }
}
