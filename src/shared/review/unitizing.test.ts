import { describe, expect, it } from 'vitest';
import { segmentDistance, unitizingAlpha, type UnitizingUnit } from './unitizing';

/** DKPro-style unit: offset, length, coder, category. */
const u = (offset: number, length: number, coder: number, category: string): UnitizingUnit => ({ start: offset, end: offset + length, coder, category });
const seg = (offset: number, length: number, unit: boolean) => ({ start: offset, end: offset + length, unit });

describe('αU segment distance (Krippendorff 1995)', () => {
  it('matches the distances of Krippendorff (2004: 254) as DKPro tests them', () => {
    // Two units: (b_g − b_h)² + (e_g − e_h)². 225+70=295 vs 220+80=300: 5² + 5² = 50.
    expect(segmentDistance(seg(225, 70, true), seg(220, 80, true))).toBe(50);
    // 370..400 vs 355..375: 15² + 25² = 850.
    expect(segmentDistance(seg(370, 30, true), seg(355, 20, true))).toBe(850);
    // A 20-long unit inside a gap: 20² = 400.
    expect(segmentDistance(seg(400, 50, false), seg(400, 20, true))).toBe(400);
    // A unit sticking out of the gap counts nothing; two gaps count nothing.
    expect(segmentDistance(seg(1, 8, true), seg(0, 2, false))).toBe(0);
    expect(segmentDistance(seg(9, 2, false), seg(7, 4, false))).toBe(0);
  });
});

describe('αU', () => {
  it('hand-worked: coder 0 marks [1,9), coder 1 marks [2,3) [4,5) [6,7) of a 10-long continuum', () => {
    // Observed: the 8-long unit meets three 1-long units: (1−2)²+(9−3)² = 37, (1−4)²+(9−5)² = 25,
    // (1−6)²+(9−7)² = 29; no unit lies wholly inside a gap of the other coder. D_O = 2·91/(2·1·10²) = 0.91.
    // Expected: N_c = 4 units (8, 1, 1, 1); gaps: coder 0: 1, 1; coder 1: 2, 1, 1, 3.
    //   l = 8: (4−1)(2·512 − 3·64 + 8)/3 = 840, no gap ≥ 8.
    //   l = 1: (4−1)(2 − 3 + 1)/3 = 0, gap sum Σ(g − 1 + 1) = 1+1+2+1+1+3 = 9, ×1² → 9; three such units: 27.
    //   D_E = (2/10)(840 + 27) / (2·10·(2·10 − 1) − 8·7) = 173.4/324 = 0.535185…
    // αU = 1 − 0.91/0.535185 = −0.70035 (DKPro's UnitizingAgreementTest: −0.7003).
    const r = unitizingAlpha({ length: 10, coders: 2, units: [u(1, 8, 0, 'A'), u(2, 1, 1, 'A'), u(4, 1, 1, 'A'), u(6, 1, 1, 'A')] });
    const a = r.byCategory.get('A')!;
    expect(a.observed).toBeCloseTo(0.91, 12);
    expect(a.expected).toBeCloseTo(173.4 / 324, 12);
    expect(a.alpha).toBeCloseTo(1 - 0.91 / (173.4 / 324), 12);
    expect(r.alpha).toBeCloseTo(-0.7003, 4);
  });

  it('hand-worked: identical units give αU = 1, a unit only one coder marked gives a negative αU', () => {
    // Same unit [2,4) for both coders of a 6-long continuum: D_O = 0 → αU = 1.
    expect(unitizingAlpha({ length: 6, coders: 2, units: [u(2, 2, 0, 'X'), u(2, 2, 1, 'X')] }).alpha).toBe(1);
    // Coder 0 marks [2,4), coder 1 nothing. D_O = 2·2²/(2·1·36) = 4/36.
    // D_E: N_c = 1, l = 2: (0)(…) = 0; gaps: coder 0: 2, 2; coder 1: 6 → Σ_{g≥2}(g − 1) = 1 + 1 + 5 = 7, ×4 = 28.
    //   D_E = (2/6)·28 / (2·6·11 − 2·1) = (28/3)/130 = 28/390. αU = 1 − (4/36)/(28/390) = 1 − 390/252 = −0.5476.
    const r = unitizingAlpha({ length: 6, coders: 2, units: [u(2, 2, 0, 'X')] });
    expect(r.byCategory.get('X')!.observed).toBeCloseTo(4 / 36, 12);
    expect(r.byCategory.get('X')!.expected).toBeCloseTo(28 / 390, 12);
    expect(r.alpha).toBeCloseTo(1 - 390 / 252, 12);
  });

  it('reproduces Krippendorff (2004: 254) as DKPro tests it: c 0.7286, k 1, overall 0.8591', () => {
    // DKPro's study spans 150..450; ours starts at 0, so offsets are shifted by −150.
    const units = [
      u(225, 70, 0, 'c'),
      u(370, 30, 0, 'c'),
      u(220, 80, 1, 'c'),
      u(355, 20, 1, 'c'),
      u(400, 20, 1, 'c'),
      u(180, 60, 0, 'k'),
      u(300, 50, 0, 'k'),
      u(180, 60, 1, 'k'),
      u(300, 50, 1, 'k'),
    ].map((x) => ({ ...x, start: x.start - 150, end: x.end - 150 }));
    const r = unitizingAlpha({ length: 300, coders: 2, units });
    expect(r.byCategory.get('c')!.observed).toBeCloseTo(0.0144, 4);
    expect(r.byCategory.get('c')!.expected).toBeCloseTo(0.0532, 4);
    expect(r.byCategory.get('c')!.alpha).toBeCloseTo(0.7286, 4);
    expect(r.byCategory.get('k')!.alpha).toBeCloseTo(1, 4);
    expect(r.alpha).toBeCloseTo(0.8591, 3);
    // Or, as DKPro builds it, on the continuum [150, 450) itself.
    const unshifted = units.map((x) => ({ ...x, start: x.start + 150, end: x.end + 150 }));
    expect(unitizingAlpha({ begin: 150, length: 300, coders: 2, units: unshifted }).alpha).toBeCloseTo(r.alpha, 12);
  });

  it("reproduces Krippendorff's (1995: 57) four examples as DKPro tests them", () => {
    const s = 1200000 / 24; // DKPro stretches the 24-cell continuum to approach the continuous case
    const at = (o: number, l: number, c: number, k: string) => u(o * s, l * s, c, k);
    const study = {
      length: 24 * s,
      coders: 2,
      units: [
        at(2, 8, 0, 'A'),
        at(14, 6, 0, 'A'),
        at(4, 4, 1, 'A'),
        at(15, 2, 1, 'A'),
        at(0, 18, 0, 'B'),
        at(0, 2, 1, 'B'),
        at(2, 1, 1, 'B'),
        at(3, 1, 1, 'B'),
        at(4, 1, 1, 'B'),
        at(5, 1, 1, 'B'),
        at(6, 3, 1, 'B'),
        at(9, 1, 1, 'B'),
        at(2, 6, 0, 'C'),
        at(10, 2, 0, 'C'),
        at(14, 4, 0, 'C'),
        at(20, 2, 0, 'C'),
        at(0, 2, 1, 'C'),
        at(4, 4, 1, 'C'),
        at(10, 4, 1, 'C'),
        at(16, 2, 1, 'C'),
        at(20, 2, 1, 'C'),
      ],
    };
    const r = unitizingAlpha(study);
    // Observed disagreement does not depend on the stretch (DKPro: A 0.03125, C 0.02777).
    expect(r.byCategory.get('A')!.observed).toBeCloseTo(0.03125, 5);
    expect(r.byCategory.get('C')!.observed).toBeCloseTo(0.02777, 4);
    expect(Math.abs(r.byCategory.get('A')!.alpha - 0.553)).toBeLessThan(0.02);
    expect(Math.abs(r.byCategory.get('C')!.alpha - 0.679)).toBeLessThan(0.02);
    // B: John's one long unit against Jill's touching short units: units of one coder that touch stay
    // separate units (they do not overlap), as in DKPro. DKPro: D_O 2.26736, αU −0.926.
    expect(r.byCategory.get('B')!.observed).toBeCloseTo(2.26736, 4);
    expect(Math.abs(r.byCategory.get('B')!.alpha - -0.926)).toBeLessThan(0.02);
  });

  it('is NaN when nobody marked anything', () => {
    expect(unitizingAlpha({ length: 20, coders: 3, units: [] }).alpha).toBeNaN();
  });
});
