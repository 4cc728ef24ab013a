/**
 * Chance-corrected agreement on coded units (every unit gets one category from each coder):
 * Cohen's kappa for two coders and Krippendorff's alpha for nominal data (any number of coders,
 * missing values allowed). Undefined values (no variation at all) are NaN.
 */

/** A two-coder contingency table: count[a's category][b's category]. */
export class Confusion {
  readonly counts = new Map<string, Map<string, number>>();
  total = 0;

  add(a: string, b: string, n = 1): this {
    let row = this.counts.get(a);
    if (!row) this.counts.set(a, (row = new Map()));
    row.set(b, (row.get(b) ?? 0) + n);
    this.total += n;
    return this;
  }

  addAll(other: Confusion): this {
    for (const [a, row] of other.counts) for (const [b, n] of row) this.add(a, b, n);
    return this;
  }

  /** Marginals: how often each coder used each category. */
  marginals(): { a: Map<string, number>; b: Map<string, number> } {
    const a = new Map<string, number>();
    const b = new Map<string, number>();
    for (const [ca, row] of this.counts) {
      for (const [cb, n] of row) {
        a.set(ca, (a.get(ca) ?? 0) + n);
        b.set(cb, (b.get(cb) ?? 0) + n);
      }
    }
    return { a, b };
  }

  diagonal(): number {
    let d = 0;
    for (const [c, row] of this.counts) d += row.get(c) ?? 0;
    return d;
  }

  /** The 2×2 table "category `c`" vs "anything else" (for per-label figures). */
  binary(c: string): Confusion {
    const out = new Confusion();
    for (const [a, row] of this.counts) for (const [b, n] of row) out.add(a === c ? c : '', b === c ? c : '', n);
    return out;
  }
}

/**
 * Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educ. Psychol. Meas. 20:37–46):
 *   κ = (p_o − p_e) / (1 − p_e),  p_o = Σ_k n_kk / N,  p_e = Σ_k (n_k· / N)(n_·k / N)
 * where n_k· and n_·k are how often coder A and coder B used category k. Chance agreement uses each
 * coder's own distribution (unlike Scott's π). NaN when p_e = 1 (both coders used a single category).
 */
export function cohenKappa(t: Confusion): number {
  if (t.total === 0) return NaN;
  const { a, b } = t.marginals();
  const po = t.diagonal() / t.total;
  let pe = 0;
  for (const [k, na] of a) pe += (na / t.total) * ((b.get(k) ?? 0) / t.total);
  return pe === 1 ? NaN : (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
 * Annenberg School for Communication, sect. C). Units with m_u ≥ 2 values are pairable; each contributes
 * to the coincidence matrix   o_ck = Σ_u (number of c–k pairs of values in u, ordered) / (m_u − 1),
 * n_c = Σ_k o_ck, n = Σ_c n_c (the number of pairable values), and for nominal data (δ = 0 iff c = k)
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k
 *     = 1 − (n − 1)(n − Σ_c o_cc) / (n² − Σ_c n_c²).
 * NaN when every pairable value is the same category (D_e = 0).
 */
export function alphaFromCoincidences(diagonal: number, marginals: Iterable<number>): number {
  let n = 0;
  let sumSquares = 0;
  for (const nc of marginals) {
    n += nc;
    sumSquares += nc * nc;
  }
  const expected = n * n - sumSquares;
  if (n === 0 || expected === 0) return NaN;
  return 1 - ((n - 1) * (n - diagonal)) / expected;
}

/**
 * Nominal alpha of units coded by any number of coders: `units[u][coder]`, null (or absent) when a coder
 * gave unit u no value. Units with fewer than two values are not pairable and are left out.
 */
export function krippendorffAlphaNominal(units: ReadonlyArray<ReadonlyArray<string | null | undefined>>): number {
  const marginals = new Map<string, number>();
  let diagonal = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    const here = new Map<string, number>();
    for (const v of values) here.set(v, (here.get(v) ?? 0) + 1);
    for (const [c, k] of here) {
      marginals.set(c, (marginals.get(c) ?? 0) + k); // Σ_k o_ck over this unit = k·(m−1)/(m−1)
      diagonal += (k * (k - 1)) / (m - 1); // o_cc: ordered pairs of two different values both c
    }
  }
  return alphaFromCoincidences(diagonal, marginals.values());
}

/**
 * Nominal alpha of two coders without missing values, straight from their contingency table: each unit
 * has m = 2 values, so o_ck = t[c][k] + t[k][c], Σ_c o_cc = 2·Σ_c t[c][c], n_c = t[c]· + t·[c], n = 2N.
 */
export function krippendorffAlphaFromConfusion(t: Confusion): number {
  const { a, b } = t.marginals();
  const marginals = new Map<string, number>(a);
  for (const [c, n] of b) marginals.set(c, (marginals.get(c) ?? 0) + n);
  return alphaFromCoincidences(2 * t.diagonal(), marginals.values());
}
