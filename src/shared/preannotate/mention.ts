/** Internal mention and event candidates, in token indices of the document (end exclusive). */
export interface Cand {
  s: number;
  e: number;
  label: string;
  conf: number;
  /** How it was found: `name`, `time`, `means` (weapon/vehicle), `nominal` (only kept when it fills a role). */
  kind: 'name' | 'time' | 'means' | 'nominal';
  /** Nested in a mention of another label found with it (`bus` in `un chauffeur de bus`): takes no tokens from it. */
  nested?: boolean;
}

export interface EventCand {
  s: number;
  e: number;
  type: string;
  conf: number;
  verb: boolean;
  lemma: string;
  tense?: string;
  args: { role: string; m: Cand }[];
  irrealis: boolean;
}

export function overlaps(a: { s: number; e: number }, b: { s: number; e: number }): boolean {
  return a.s < b.e && b.s < a.e;
}
