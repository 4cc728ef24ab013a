import { describe, expect, it } from 'vitest';
import calibration from './data/calibration.json';
import { entityConfidence, eventConfidence } from './calibration';
import { annotate } from './test-helpers';
import { preannotate } from './index';
import { frConflictNews } from '../schema/fr-conflict-news';

const text = 'Des soldats ont été tués mardi à Kidal par des tirs de mortier.';

describe('calibrated confidence', () => {
  it('gives each suggestion the precision measured for its label and raw score', () => {
    const raw = preannotate({ id: 't', text, meta: { source: 't.txt' } }, frConflictNews, { rawConfidence: true });
    const calibrated = annotate(text);
    expect(calibrated.entities.map((e) => e.text)).toEqual(raw.entities.map((e) => e.text));
    calibrated.entities.forEach((e, k) => expect(e.confidence).toBe(entityConfidence(e.label, raw.entities[k].confidence!)));
    calibrated.events.forEach((e, k) => expect(e.confidence).toBe(eventConfidence(e.type, raw.events[k].confidence!)));
    const time = calibrated.entities.find((e) => e.label === 'TIME')!;
    expect(time.confidence).toBe((calibration.entities as Record<string, number>)['TIME@0.90']);
  });

  it('falls back to the label, then to the raw score, when a score was never measured', () => {
    expect(entityConfidence('PER', 0.123)).toBe((calibration.byLabel as Record<string, number>).PER);
    expect(entityConfidence('NO-SUCH-LABEL', 0.42)).toBe(0.42);
  });

  it('leaves out what falls below minConfidence on the calibrated scale', () => {
    const all = annotate(text);
    const min = Math.max(...all.entities.map((e) => e.confidence!));
    const kept = preannotate({ id: 't', text, meta: { source: 't.txt' } }, frConflictNews, { minConfidence: min });
    expect(kept.entities.length).toBeGreaterThan(0);
    expect(kept.entities.every((e) => e.confidence! >= min)).toBe(true);
    expect(kept.entities.length).toBeLessThan(all.entities.length);
  });
});
