import { liveQuery, type Subscription } from 'dexie';
import { MAX_PUSH, type ProjectSchemas, type PullResponse, type PushResponse, type SignInResponse, type SyncOperation } from '../../shared/sync/protocol';
import type { GloseDb, LoggedOperation } from '../db/database';
import {
  acknowledgePush,
  connect,
  disconnect,
  pullCursor,
  pushedSeq,
  serverConfig,
  storePull,
  waitingCount,
  waitingOperations,
  type ServerConfig,
} from '../db/sync-store';
import type { AppStore } from './app-store';
import { SYNC_OFF, type SyncStatus, type SyncView } from './sync-view';
import { normalizeUrl, request, ServerError, serverUrlProblem, type Fetch } from './server-client';

/**
 * Sync with the team server. Dexie stays the store and the app works the same with no server (the
 * default) or an unreachable one. A round pushes every logged operation the server has not answered
 * (in order, MAX_PUSH at a time; the cursor moves only past answered ones, so an operation is
 * "synced" only once the server committed it), then pulls what changed since the pull cursor: the
 * server's sets land in the local database as the stored sets of their annotators (with anything
 * still waiting applied on top), which the editor, the corpus list and the review screens read.
 * One tab syncs at a time (Web Locks); the others see the result through the database.
 */

export interface SyncOptions {
  fetch?: Fetch;
  /** Pause between rounds; 0 runs rounds only when asked (tests). */
  intervalMs?: number;
  /** Signed in: the person's name becomes the annotator of this app. */
  onSignedIn?: (name: string) => Promise<void>;
  /** The project's schema, at every pull. */
  onSchemas?: (schemas: ProjectSchemas) => Promise<void>;
}

const toWire = (o: LoggedOperation): SyncOperation => ({ id: o.id, docId: o.docId, annotator: o.annotator, operation: o.operation, at: o.at });

export class SyncService {
  private round: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private feed: Subscription | null = null;
  private readonly fetcher: Fetch;
  private readonly interval: number;

  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly options: SyncOptions = {},
  ) {
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.interval = options.intervalMs ?? 3_000;
  }

  private view = (): SyncView => this.app.get().sync;
  private patch(change: Partial<SyncView>): void {
    this.app.update((s) => ({ sync: { ...s.sync, ...change } }));
  }

  /** At start: resumes syncing with the configured server, if any. */
  async load(): Promise<void> {
    const config = await serverConfig(this.db);
    if (config) this.begin(config);
  }

  async signIn(url: string, name: string, password: string, project?: string): Promise<void> {
    const base = normalizeUrl(url);
    const problem = serverUrlProblem(base);
    if (problem) throw new ServerError('refused', problem);
    const answer = await request<SignInResponse>(this.fetcher, base, null, 'POST', '/api/sign-in', { name, password }).catch((e: ServerError) => {
      throw e.kind === 'signed-out' ? new ServerError('refused', e.message, e.status) : e;
    });
    const chosen = answer.projects.find((p) => p.id === project) ?? answer.projects[0];
    if (!chosen) throw new ServerError('refused', 'this server has no project yet');
    const config: ServerConfig = { url: base, project: chosen.id, user: answer.user, token: answer.token };
    await connect(this.db, config);
    await this.options.onSignedIn?.(answer.user.name);
    this.patch({ projects: answer.projects, refused: null });
    this.begin(config);
    await this.syncNow();
  }

  async signOut(): Promise<void> {
    const config = await serverConfig(this.db);
    this.stop();
    await disconnect(this.db);
    this.app.update({ sync: SYNC_OFF });
    if (config) await request(this.fetcher, config.url, config.token, 'POST', '/api/sign-out', {}).catch(() => undefined);
  }

  /** Forgets the refusals shown (the user has read them). */
  dismissRefusals(): void {
    this.patch({ refused: null, status: this.view().waiting ? 'waiting' : 'synced', detail: null });
  }

  /** One round now (after any round under way); resolves when it is over. */
  syncNow(): Promise<void> {
    this.round = this.round.then(() => this.exclusive(() => this.runRound()));
    return this.round;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.feed?.unsubscribe();
    this.feed = null;
  }

  /** Requests as the signed-in person (the team panel's, too). */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const config = await serverConfig(this.db);
    if (!config) throw new ServerError('refused', 'not signed in to a server');
    return request<T>(this.fetcher, config.url, config.token, method, path.replace(':project', encodeURIComponent(config.project)), body);
  }

  private begin(config: ServerConfig): void {
    this.stop();
    const { token: _token, ...server } = config;
    this.patch({ server, status: 'syncing', detail: null });
    this.feed = liveQuery(async () => waitingCount(this.db, await pushedSeq(this.db))).subscribe({
      next: (waiting) => {
        const grew = waiting > this.view().waiting;
        const status = this.view().status === 'synced' && waiting ? 'waiting' : this.view().status;
        this.patch({ waiting, status });
        if (grew && this.interval) this.schedule(300);
      },
      error: () => undefined,
    });
    if (this.interval) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow().then(() => {
        if (this.feed && !this.timer) this.schedule(this.view().status === 'offline' ? this.interval * 3 : this.interval);
      });
    }, ms);
  }

  /** One tab of this browser profile syncs at a time; the others skip their round. */
  private async exclusive(work: () => Promise<void>): Promise<void> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (!locks) return work();
    await locks.request('glose-sync', { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
  }

  private async runRound(): Promise<void> {
    const config = await serverConfig(this.db);
    if (!config) return;
    try {
      await this.pushAll(config);
      await this.pullAll(config);
      const waiting = await waitingCount(this.db, await pushedSeq(this.db));
      const refused = this.view().refused;
      this.patch({ waiting, status: refused ? 'refused' : waiting ? 'waiting' : 'synced', detail: refused?.reason ?? null, lastSync: Date.now() });
    } catch (error) {
      const e = error instanceof ServerError ? error : new ServerError('failed', (error as Error)?.message ?? String(error));
      const status: SyncStatus = e.kind === 'refused' ? 'failed' : e.kind;
      this.patch({ status, detail: e.kind === 'signed-out' ? `${e.message}: sign in again in the settings` : e.message });
    }
  }

  private async pushAll(config: ServerConfig): Promise<void> {
    for (;;) {
      const batch = await waitingOperations(this.db, await pushedSeq(this.db), MAX_PUSH);
      if (!batch.length) return;
      const answer = await request<PushResponse>(this.fetcher, config.url, config.token, 'POST', `/api/projects/${encodeURIComponent(config.project)}/push`, {
        operations: batch.map(toWire),
      });
      await acknowledgePush(this.db, batch[batch.length - 1].seq!, answer.sets);
      const refusals = answer.outcomes.flatMap((o) => (o.result === 'refused' ? [o] : []));
      if (refusals.length) {
        const before = this.view().refused?.count ?? 0;
        this.patch({ refused: { count: before + refusals.length, reason: refusals[refusals.length - 1].reason } });
      }
      this.patch({ waiting: await waitingCount(this.db, await pushedSeq(this.db)) });
    }
  }

  private async pullAll(config: ServerConfig): Promise<void> {
    for (;;) {
      const after = await pullCursor(this.db);
      const page = await request<PullResponse>(
        this.fetcher,
        config.url,
        config.token,
        'GET',
        `/api/projects/${encodeURIComponent(config.project)}/pull?after=${after}`,
      );
      await storePull(this.db, page);
      await this.options.onSchemas?.(page.schemas);
      if (!page.more) return;
    }
  }
}
