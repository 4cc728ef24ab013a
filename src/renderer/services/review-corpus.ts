import { liveQuery } from 'dexie';
import type { Selection } from '../../shared/model/selection';
import type { Status } from '../../shared/model/types';
import type { PlatformApi } from '../../shared/platform';
import type { GloseDb } from '../db/database';
import { decidedIn, GOLD, readReview } from '../db/review';
import { allRecords, titleOf } from '../db/store';
import { runAgreement, type AgreementRun } from '../review/agreement-runner';
import type { AgreementReport } from '../review/agreement-report';
import { inQueue, type QueueFilter } from '../review/queue';
import { openDocument, type AppStore } from './app-store';

/** One document of the review overview: who annotated it and how far its adjudication is. */
export interface OverviewRow {
  docId: string;
  title: string;
  annotators: string[];
  disagreements: number;
  decided: number;
  /** The gold set's status; null before the document is first reviewed. */
  gold: Status | null;
}

export type AgreementState =
  { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; report: AgreementReport } | { kind: 'failed'; reason: string };

export interface ReviewCorpusState {
  overview: OverviewRow[] | null;
  agreement: AgreementState;
}

/**
 * The review over the whole corpus: the overview of every document's adjudication (live), the agreement
 * figures (computed in a worker, with progress), and finding the next document with disagreements.
 */
export class ReviewCorpusService {
  private state: ReviewCorpusState = { overview: null, agreement: { kind: 'idle' } };
  private readonly listeners = new Set<() => void>();
  private run: AgreementRun | null = null;

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly platform: PlatformApi,
    private readonly chosen: () => string[] | null,
  ) {}

  get = (): ReviewCorpusState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<ReviewCorpusState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private async docIds(): Promise<string[]> {
    return ((await this.db.documents.toCollection().primaryKeys()) as string[]).sort((a, b) => a.localeCompare(b));
  }

  /** Every document's row, again after every stored change, while the overview is on screen. */
  watchOverview(): () => void {
    const sub = liveQuery(() => this.overviewRows()).subscribe({
      next: (overview) => this.update({ overview }),
      error: (e) => this.app.update({ notice: `Could not read the review: ${e}` }),
    });
    return () => sub.unsubscribe();
  }

  private async overviewRows(): Promise<OverviewRow[]> {
    const rows: OverviewRow[] = [];
    for (const docId of await this.docIds()) {
      const r = await readReview(this.db, docId, this.chosen());
      if (!r) continue;
      const decided = decidedIn(r).filter(Boolean).length;
      const annotators = [...r.review.sets.keys()];
      const reviewed = annotators.length >= 2;
      rows.push({
        docId,
        title: titleOf(r.review.doc.text),
        annotators,
        disagreements: reviewed ? r.disagreements.length : 0,
        decided: reviewed ? decided : 0,
        gold: r.gold?.status ?? null,
      });
    }
    return rows;
  }

  /** The document after (or before) `from`, by id, with a disagreement in the queue. */
  async nextDocument(from: string | null, direction: 1 | -1, filter: QueueFilter): Promise<string | null> {
    const ids = await this.docIds();
    const ordered = direction === 1 ? ids : [...ids].reverse();
    const start = from === null ? 0 : ordered.indexOf(from) + 1;
    for (const docId of ordered.slice(start)) {
      const r = await readReview(this.db, docId, this.chosen());
      if (!r || r.review.sets.size < 2) continue;
      const decided = decidedIn(r);
      if (r.disagreements.some((d, i) => inQueue(d, decided[i], filter))) return docId;
    }
    return null;
  }

  /** Once the editor shows `docId`'s gold set, selects the given item there (the review's "edit"). */
  selectWhenOpen(docId: string, selection: Selection, step: (s: Selection) => void): void {
    const stop = this.app.subscribe(() => {
      const { route } = this.app.get();
      const open = openDocument(this.app.get());
      if (route.screen === 'review') return; // the navigation has not landed yet
      if (route.screen !== 'document' || route.docId !== docId) return stop();
      if (open?.doc.id !== docId || open.session.state.set.annotator !== GOLD) return;
      stop();
      step(selection);
    });
  }

  /** Agreement of every stored set, in the worker; a second call while one runs restarts it. */
  async computeAgreement(): Promise<void> {
    this.run?.cancel();
    this.update({ agreement: { kind: 'running', done: 0, total: 0 } });
    const records = await allRecords(this.db);
    const run = runAgreement(records, (done, total) => {
      if (this.run === run) this.update({ agreement: { kind: 'running', done, total } });
    });
    this.run = run;
    try {
      const report = await run.finished;
      if (report && this.run === run) this.update({ agreement: { kind: 'done', report } });
    } catch (e) {
      if (this.run === run) this.update({ agreement: { kind: 'failed', reason: (e as Error).message } });
    } finally {
      if (this.run === run) this.run = null;
    }
  }

  /** The CLI's `agreement --json` object of the figures on screen, as a file. */
  async exportFigures(): Promise<void> {
    const { agreement } = this.state;
    if (agreement.kind !== 'done') return;
    if (await this.platform.saveFile('agreement.json', JSON.stringify(agreement.report.json) + '\n'))
      this.app.update({ notice: 'Exported agreement.json (the figures of agreement --json).' });
  }
}
