import { describe, expect, it } from 'vitest';
import { Confusion, cohenKappa, krippendorffAlphaFromConfusion, krippendorffAlphaNominal } from './coding';

describe("Cohen's kappa", () => {
  it('gives 0.4 on the Wikipedia worked example (50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15)', () => {
    // p_o = (20 + 15)/50 = 0.7; A says yes 25/50 = 0.5, B says yes 30/50 = 0.6;
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const t = new Confusion().add('yes', 'yes', 20).add('yes', 'no', 5).add('no', 'yes', 10).add('no', 'no', 15);
    expect(cohenKappa(t)).toBeCloseTo(0.4, 12);
  });

  it("gives 0.385 on Krippendorff's (1995) Bertha/Bill digitised example", () => {
    // 24 cells: (1,1) 6, (1,0) 8, (0,0) 10, (0,1) 0. p_o = 16/24; Bertha 1: 14/24, Bill 1: 6/24;
    // p_e = (14·6 + 10·18)/576 = 264/576; κ = (16/24 − 264/576)/(1 − 264/576) = 120/312 = 0.3846.
    const t = new Confusion().add('1', '1', 6).add('1', '0', 8).add('0', '0', 10);
    expect(cohenKappa(t)).toBeCloseTo(120 / 312, 12);
  });

  it('is 1 for perfect agreement and NaN when both coders used a single category', () => {
    expect(cohenKappa(new Confusion().add('x', 'x', 3).add('y', 'y', 2))).toBe(1);
    expect(cohenKappa(new Confusion().add('x', 'x', 3))).toBeNaN();
    expect(cohenKappa(new Confusion())).toBeNaN();
  });

  it('collapses to "label vs the rest" for per-label figures', () => {
    const t = new Confusion().add('A', 'A', 2).add('B', 'C', 1).add('', '', 1);
    const b = t.binary('A');
    // A vs not-A: (A,A) 2, (¬A,¬A) 2 → perfect.
    expect(cohenKappa(b)).toBe(1);
  });
});

describe("Krippendorff's alpha, nominal", () => {
  it('gives 0.743 on the reliability data of Krippendorff (2011), 4 observers, 12 units, missing values', () => {
    // Values (— missing). Unit 12 has one value only: not pairable. n = 40 pairable values.
    // Coincidences on the diagonal: u1 3, u2 2, u3 4, u4 4, u5 4, u7 4, u8 2, u9 4, u10 3, u11 2 → Σ o_cc = 32.
    // n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3 → Σ n_c² = 384.
    // α = 1 − (n − 1)(n − Σ o_cc)/(n² − Σ n_c²) = 1 − 39·8/(1600 − 384) = 1 − 312/1216 = 0.74342.
    const _ = null;
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
    const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
    const units = A.map((_v, u) => [A[u], B[u], C[u], D[u]].map((v) => (v === null ? null : String(v))));
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(1 - 312 / 1216, 12);
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3);
  });

  it("gives 0.329 on Krippendorff's (1995) Bertha/Bill digitised example, from units or from the table", () => {
    // n = 48 values, n_1 = 14 + 6 = 20, n_0 = 28; off-diagonal coincidences: 8 disagreeing cells × 2 = 16.
    // α = 1 − 47·16/(2·20·28) = 1 − 752/1120 = 0.32857.
    const t = new Confusion().add('1', '1', 6).add('1', '0', 8).add('0', '0', 10);
    expect(krippendorffAlphaFromConfusion(t)).toBeCloseTo(1 - 752 / 1120, 12);
    const units = [...Array(6).fill(['1', '1']), ...Array(8).fill(['1', '0']), ...Array(10).fill(['0', '0'])];
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(1 - 752 / 1120, 12);
  });

  it('is NaN without variation and 1 for perfect agreement', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toBeNaN();
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    ).toBe(1);
  });
});
