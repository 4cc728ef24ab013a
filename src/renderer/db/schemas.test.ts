import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GloseDb } from './database';
import { activateSchema, loadSchemas, readingSchema } from './schemas';
import { frConflictNews, SchemaIndex } from '../../shared/schema';

let n = 0;
const fresh = () => new GloseDb(`schemas-test-${n++}`);

describe('stored schemas', () => {
  it('starts with the default schema', async () => {
    const state = await loadSchemas(fresh(), frConflictNews);
    expect(state.active).toEqual(frConflictNews);
    expect(state.library).toEqual([frConflictNews]);
  });

  it('keeps an activated version and every older one across a restart', async () => {
    const db = fresh();
    const v2 = {
      ...frConflictNews,
      version: 2,
      entities: frConflictNews.entities.filter((e) => e.name !== 'VEH'),
      events: frConflictNews.events.map((t) => ({
        ...t,
        roles: t.roles.map((r) => ({ ...r, labels: r.labels.filter((l) => l !== 'VEH') })).filter((r) => r.labels.length),
      })),
    };
    await activateSchema(db, await loadSchemas(db, frConflictNews), v2);
    const reopened = await loadSchemas(new GloseDb(db.name), frConflictNews);
    expect(reopened.active.version).toBe(2);
    expect(reopened.library.map((s) => s.version)).toEqual([1, 2]);
    // VEH was removed in version 2, but a record that uses it is still readable.
    expect(new SchemaIndex(reopened.active).label('VEH')).toBeUndefined();
    expect(new SchemaIndex(readingSchema(reopened)).label('VEH')).toBeDefined();
  });

  it('skips a damaged stored entry instead of failing to start', async () => {
    const db = fresh();
    await db.settings.put({ key: 'schema.library', value: [{ name: 'broken' }, frConflictNews] });
    await db.settings.put({ key: 'schema.active', value: 'broken@1' });
    const state = await loadSchemas(db, frConflictNews);
    expect(state.active).toEqual(frConflictNews);
    expect(state.library).toHaveLength(1);
  });
});
