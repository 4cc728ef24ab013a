/**
 * Calibrated confidence: a recognizer's raw score is mapped to the precision its suggestions of that label
 * (or event type) and that raw score reached on annotated news (data/calibration.json, written by
 * `npx tsx scripts/calibrate-confidence.ts` from a calibration part of the gold sets, checked on others),
 * so that "accept everything above 0.9" keeps suggestions that are right nine times in ten.
 */
import calibration from './data/calibration.json';

interface Table {
  /** `LABEL@raw` → measured precision. */
  entities: Record<string, number>;
  /** `Type@raw` → measured precision of the trigger (span and type). */
  events: Record<string, number>;
  /** Per label or type when a raw score was too rare to measure. */
  byLabel: Record<string, number>;
}
const table = calibration as unknown as Table;

export const rawKey = (label: string, raw: number): string => `${label}@${raw.toFixed(2)}`;

/** The calibrated confidence of an entity suggestion; the raw score when nothing was measured for it. */
export function entityConfidence(label: string, raw: number): number {
  return table.entities[rawKey(label, raw)] ?? table.byLabel[label] ?? raw;
}

/** The calibrated confidence of an event suggestion (its trigger's measured precision). */
export function eventConfidence(type: string, raw: number): number {
  return table.events[rawKey(type, raw)] ?? table.byLabel[type] ?? raw;
}
