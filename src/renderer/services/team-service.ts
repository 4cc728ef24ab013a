import { schemaRef } from '../../shared/schema';
import type { AnnotatorProgress, Assignment, Role, SessionUser } from '../../shared/sync/protocol';
import type { GloseDb } from '../db/database';
import type { AppStore } from './app-store';
import type { SyncService } from './sync-service';

/**
 * What the project lead does on the server from the app: send the local corpus and the active
 * schema, add people, assign documents, see progress per annotator. The server checks the role of
 * every request; these only say what it answered.
 */
export class TeamService {
  constructor(
    private readonly db: GloseDb,
    private readonly app: AppStore,
    private readonly sync: SyncService,
  ) {}

  private async tell<T>(work: () => Promise<T>, said: (result: T) => string): Promise<T | null> {
    try {
      const result = await work();
      this.app.update({ notice: said(result) });
      await this.sync.syncNow();
      return result;
    } catch (error) {
      this.app.update({ notice: `The server refused: ${(error as Error).message}` });
      return null;
    }
  }

  /** Sends every local document to the project (ids the project has keep the project's text). */
  async sendCorpus(): Promise<void> {
    const documents = await this.db.documents.toArray();
    await this.tell(
      () => this.sync.call<{ added: number; unchanged: number; conflicts: string[] }>('POST', '/api/projects/:project/documents', { documents }),
      (r) =>
        `${r.added} documents added to the project, ${r.unchanged} already there${r.conflicts.length ? `; ${r.conflicts.length} kept with the project's other text` : ''}.`,
    );
  }

  async sendSchema(): Promise<void> {
    const schema = this.app.get().schemas.active;
    await this.tell(
      () => this.sync.call('PUT', '/api/projects/:project/schema', schema),
      () => `${schemaRef(schema)} is now the project's schema.`,
    );
  }

  async addPerson(name: string, role: Role, password: string): Promise<boolean> {
    return (
      (await this.tell(
        () => this.sync.call('POST', '/api/users', { name, role, password }),
        () => `${name} (${role}) may now sign in.`,
      )) !== null
    );
  }

  people(): Promise<SessionUser[]> {
    return this.sync.call<SessionUser[]>('GET', '/api/users');
  }

  /** Each document to `perDocument` of the project's annotators, balanced. */
  async assignBalanced(perDocument: number): Promise<void> {
    const annotators = (await this.people()).filter((p) => p.role === 'annotator').map((p) => p.name);
    if (!annotators.length) return this.app.update({ notice: 'Add annotators first.' });
    await this.tell(
      () => this.sync.call<{ added: Assignment[] }>('POST', '/api/projects/:project/assignments', { balanced: { perDocument, annotators } }),
      (r) => `${r.added.length} assignments added.`,
    );
  }

  async assign(docId: string, annotator: string): Promise<void> {
    await this.tell(
      () => this.sync.call<{ added: Assignment[] }>('POST', '/api/projects/:project/assignments', { assignments: [{ docId, annotator }] }),
      (r) => (r.added.length ? `${docId} assigned to ${annotator}.` : `${docId} was already assigned to ${annotator}.`),
    );
  }

  progress(): Promise<AnnotatorProgress[]> {
    return this.sync.call<AnnotatorProgress[]>('GET', '/api/projects/:project/progress');
  }
}
