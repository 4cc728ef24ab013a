import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseGoldJsonl } from '../../shared/formats/gold-jsonl';
import type { PlatformApi } from '../../shared/platform';
import { GloseDb } from '../db/database';
import { GOLD } from '../db/review';
import { storeRecords } from '../io/importer';
import type { Route } from '../services/route';
import { ReviewService } from '../services/review-service';
import type { Services } from '../services/services';
import { harness } from './test-kit';

/**
 * The review commands through the registry, on a real ReviewService over an in-memory IndexedDB
 * holding the seeds' two annotators: decisions land in the stored gold set, undo comes back to the
 * decided disagreement, the queue goes on to the next document.
 */
const fixture = (f: string) => parseGoldJsonl(readFileSync(new URL(`../../../test/fixtures/${f}`, import.meta.url), 'utf8'), { file: f }).records;
const FIRST = '000_160f67e45fa3422c';

let n = 0;
let db: GloseDb;
afterEach(async () => db?.delete());

async function reviewing(docId = FIRST) {
  db = new GloseDb(`review-commands-${n++}`);
  await storeRecords(db, [...fixture('seeds.A.jsonl'), ...fixture('seeds.B.jsonl')]);
  const route: Route = { screen: 'review', view: 'document', docId };
  const kit = harness({ route });
  const saved: Array<[string, string]> = [];
  const platform = { saveFile: vi.fn(async (name: string, content: string) => (saved.push([name, content]), true)) } as unknown as PlatformApi;
  const review = new ReviewService(db, kit.app, platform, (r) => kit.app.update({ route: r }), kit.services.documents);
  Object.assign(kit.services, { review });
  await review.load();
  await until(() => review.compared() !== null);
  return { ...kit, review, saved, services: kit.services as Services };
}

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
}

const shown = (review: ReviewService) => review.current()?.id;

describe('review commands', () => {
  it('take B decides the shown disagreement in the stored gold set and moves on; undo brings it back undecided', async () => {
    const { services, review } = await reviewing();
    const first = shown(review)!;
    expect(review.compared()!.decided[0]).toBe(false);
    expect(services.run('review-take-b')).toBe(true);
    await until(() => shown(review) !== first);
    expect(review.compared()!.decided[0]).toBe(true);
    await review.flushed();
    const stored = await db.annotationSets.get([FIRST, GOLD]);
    expect(stored?.revision).toBeGreaterThan(1);
    expect(services.run('review-undo')).toBe(true);
    expect(shown(review)).toBe(first);
    expect(review.compared()!.decided[0]).toBe(false);
    expect(services.run('review-redo')).toBe(true);
    expect(review.compared()!.decided[0]).toBe(true);
  });

  it('take none and take both apply; take B declines without a second annotator’s version', async () => {
    const { services, review } = await reviewing();
    expect(services.enabled('review-take-both')).toBe(true);
    expect(services.enabled('review-take', { annotator: 'C' })).toBe(false);
    expect(services.run('review-take-none')).toBe(true);
    expect(review.compared()!.decided[0]).toBe(true);
  });

  it('next walks this document, then goes on to the next document that has a disagreement', async () => {
    const { services, review, app } = await reviewing();
    const total = review.compared()!.disagreements.length;
    for (let i = 1; i < total; i++) {
      expect(services.run('review-next')).toBe(true);
      await until(() => review.get().current === i);
    }
    services.run('review-next');
    await until(() => app.get().route.screen === 'review' && (app.get().route as { docId?: string }).docId === '001_04f88fb076471c09');
    await until(() => review.compared()?.doc.id === '001_04f88fb076471c09' && review.get().current === 0);
  });

  it('a comment is kept with the decision and exported in the gold record’s meta', async () => {
    const { services, review, saved } = await reviewing();
    await review.comment('B follows §2');
    expect(services.run('review-take-a')).toBe(true);
    expect(services.run('review-export-gold')).toBe(true);
    await until(() => saved.length === 1);
    const [name, content] = saved[0];
    expect(name).toBe('gold.jsonl');
    const records = parseGoldJsonl(content, { file: name }).records;
    expect(records.map((r) => [r.id, r.annotator])).toEqual([[FIRST, 'gold']]);
    expect(records[0].meta.review_comments).toMatchObject([{ comment: 'B follows §2', reviewer: 'alice', kind: 'argument' }]);
  });

  it('the layout key switches side by side and merged, and the keys do not apply elsewhere', async () => {
    const { services, review, app } = await reviewing();
    expect(services.run('review-layout')).toBe(true);
    await until(() => review.get().settings.layout === 'merged');
    app.update({ route: { screen: 'corpus' } });
    await until(() => review.compared() === null);
    expect(services.enabled('review-take-a')).toBe(false);
    expect(services.enabled('review-next')).toBe(false);
    expect(services.run('review')).toBe(true);
  });
});
