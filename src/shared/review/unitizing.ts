/**
 * Krippendorff's unitizing alpha, αU (Krippendorff 1995, "On the reliability of unitizing continuous
 * data", Sociological Methodology 25:47–76; Krippendorff 2004, "Content Analysis", 2nd ed., whose
 * worked example on p. 254 DKPro tests against),
 * computed as DKPro Statistics' KrippendorffAlphaUnitizingAgreement computes it (the implementation
 * INCEpTION uses), so that figures can be compared with theirs.
 *
 * The continuum [0, L) is a document's characters (code points); a unit is a span with a category (a
 * label) and a coder; for one category, each coder's units and the gaps between them tile the continuum.
 *
 * Distance of two overlapping segments g (coder i) and h (coder j), for category c (Krippendorff 1995):
 *   both units of c:                 δ² = (b_g − b_h)² + (e_g − e_h)²
 *   g a unit inside a gap h (or h in g): δ² = l_g²  (resp. l_h²)
 *   otherwise (gap/gap, unit sticking out of the gap): 0
 * Observed disagreement (summed over every pair of coders i < j and every overlapping pair of their segments):
 *   D_O(c) = 2 / (R(R − 1) L²) · Σ_{i<j} Σ_{g,h} δ²(g, h)
 * Expected disagreement, over all ways the same units and gaps could be laid on the continuum
 * (Krippendorff 2004, as DKPro implements it; N_c = number of units of c by all coders, the gaps
 * are every coder's gaps for c):
 *   D_E(c) = (2/L) · Σ_u [ (N_c − 1)(2l_u³ − 3l_u² + l_u)/3 + l_u² Σ_{gaps g, l_g ≥ l_u} (l_g − l_u + 1) ]
 *            / ( RL(RL − 1) − Σ_u l_u(l_u − 1) )
 *   αU(c) = 1 − D_O(c)/D_E(c)       (0 when D_O = D_E, as DKPro)
 *   αU    = 1 − mean_c D_O(c) / mean_c D_E(c)   over the categories used (DKPro's overall value)
 * DKPro requires that one coder's units of one category do not overlap; ours may (a slip, or nesting):
 * each coder's units of a category are first merged into their union (the characters that coder gave
 * that label). DKPro sums the gap terms unit by unit (O(units × gaps)); here gaps are sorted once and
 * the sum for a unit is read from suffix sums: Σ_{g ≥ l}(g − l + 1) = Σ_{g ≥ l} g − (l − 1)·#{g ≥ l}.
 */
import { union, type Interval } from './spans';

export interface UnitizingUnit extends Interval {
  coder: number;
  category: string;
}

export interface UnitizingStudy {
  /** Start B of the continuum [B, B + L) (default 0), as DKPro's continuum begin. */
  begin?: number;
  /** Length L of the continuum. */
  length: number;
  /** Number of coders R. */
  coders: number;
  units: readonly UnitizingUnit[];
}

export interface UnitizingResult {
  /** αU over all categories; NaN when nobody marked anything. */
  alpha: number;
  byCategory: Map<string, { alpha: number; observed: number; expected: number }>;
}

/** Each coder's units of each category, as sorted disjoint intervals. */
function unitsByCategory(study: UnitizingStudy): Map<string, Interval[][]> {
  const raw = new Map<string, Interval[][]>();
  for (const u of study.units) {
    let perCoder = raw.get(u.category);
    if (!perCoder) raw.set(u.category, (perCoder = Array.from({ length: study.coders }, () => [])));
    perCoder[u.coder].push(u);
  }
  for (const perCoder of raw.values()) perCoder.forEach((us, i) => (perCoder[i] = union(us)));
  return raw;
}

interface Segment extends Interval {
  unit: boolean;
}

/** A coder's units and the gaps between them, tiling [begin, begin + length). */
function tiling(units: readonly Interval[], begin: number, length: number): Segment[] {
  const out: Segment[] = [];
  let pos = begin;
  const end = begin + length;
  for (const u of units) {
    if (u.start > pos) out.push({ start: pos, end: u.start, unit: false });
    out.push({ start: u.start, end: u.end, unit: true });
    pos = u.end;
  }
  if (pos < end) out.push({ start: pos, end, unit: false });
  return out;
}

/** δ² of two overlapping segments (Krippendorff 1995, as DKPro's measureDistance). */
export function segmentDistance(g: Segment, h: Segment): number {
  if (g.unit && h.unit) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
  if (g.unit && !h.unit && h.start <= g.start && g.end <= h.end) return (g.end - g.start) ** 2;
  if (!g.unit && h.unit && g.start <= h.start && h.end <= g.end) return (h.end - h.start) ** 2;
  return 0;
}

/** Σ δ² over the overlapping segments of two tilings: a two-pointer sweep, O(segments). */
function pairDisagreement(x: Segment[], y: Segment[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    sum += segmentDistance(x[i], y[j]);
    const ex = x[i].end;
    const ey = y[j].end;
    if (ex <= ey) i++;
    if (ey <= ex) j++;
  }
  return sum;
}

function observed(tilings: Segment[][], length: number): number {
  const R = tilings.length;
  let sum = 0;
  for (let i = 0; i < R; i++) for (let j = i + 1; j < R; j++) sum += pairDisagreement(tilings[i], tilings[j]);
  return (2 * sum) / (R * (R - 1) * length * length);
}

function lengths(tilings: Segment[][], unit: boolean): Float64Array {
  let n = 0;
  for (const t of tilings) for (const s of t) if (s.unit === unit) n++;
  const out = new Float64Array(n);
  let k = 0;
  for (const t of tilings) for (const s of t) if (s.unit === unit) out[k++] = s.end - s.start;
  return out;
}

function expected(tilings: Segment[][], length: number): number {
  const R = tilings.length;
  const units = lengths(tilings, true);
  const gaps = lengths(tilings, false).sort(); // typed arrays sort numerically
  const suffix = new Float64Array(gaps.length + 1); // suffix[k] = Σ gaps[k..]
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + gaps[k];
  const N = units.length;
  let sum = 0;
  let squaredLengths = 0;
  for (const l of units) {
    const k = lowerBound(gaps, l);
    const gapTerm = suffix[k] - (l - 1) * (gaps.length - k);
    sum += ((N - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * gapTerm;
    squaredLengths += l * (l - 1);
  }
  return ((2 / length) * sum) / (R * length * (R * length - 1) - squaredLengths);
}

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function unitizingAlpha(study: UnitizingStudy): UnitizingResult {
  const byCategory = new Map<string, { alpha: number; observed: number; expected: number }>();
  let sumObserved = 0;
  let sumExpected = 0;
  const categories = unitsByCategory(study);
  for (const c of [...categories.keys()].sort()) {
    const tilings = categories.get(c)!.map((us) => tiling(us, study.begin ?? 0, study.length));
    const dO = observed(tilings, study.length);
    const dE = expected(tilings, study.length);
    byCategory.set(c, { alpha: dO === dE ? 0 : 1 - dO / dE, observed: dO, expected: dE });
    sumObserved += dO;
    sumExpected += dE;
  }
  // The means' common factor 1/|categories| cancels in the ratio.
  const alpha = categories.size === 0 ? NaN : sumObserved === sumExpected ? 0 : 1 - sumObserved / sumExpected;
  return { alpha, byCategory };
}
