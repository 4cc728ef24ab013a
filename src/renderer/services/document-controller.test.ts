import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GloseDb } from '../db/database';
import { AppStore, initialState, openDocument } from './app-store';
import { DocumentController } from './document-controller';

let db: GloseDb;
afterEach(async () => db?.delete());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('storage full or denied while a document is open', () => {
  it('is said in the save indicator’s state and in the notice line, and what is shown is what is stored', async () => {
    db = new GloseDb('controller-test');
    await db.documents.put({ id: 'd1', text: 'Tripoli et Derna', meta: { source: 'd1.txt' } });
    const app = new AppStore({ ...initialState({ screen: 'document', docId: 'd1' }), annotator: 'alice' });
    const controller = new DocumentController(db, app);
    app.update({});
    await until(() => openDocument(app.get()) !== null);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(() => Promise.reject(full) as never);
    controller.step({
      kind: 'apply',
      transaction: { operation: { kind: 'addMention', mention: { id: 'T1', start: 0, end: 7, text: 'Tripoli', label: 'GPE' } } },
    });
    await controller.flushed();
    spy.mockRestore();
    await until(() => openDocument(app.get())?.session.state.set.entities.length === 0);
    expect(openDocument(app.get())?.session.saveState).toBe('error');
    expect(app.get().notice).toMatch(/^Not saved: .*storage is full/);
    expect(await db.annotationSets.count()).toBe(0);
  });
});
