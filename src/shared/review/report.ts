import type { PairAgreement } from './agreement';
import type { PRF } from './prf';

/**
 * The agreement figures as the CLI prints them: the `--json` object (the shape issue 5 fixes; undefined
 * values, NaN in the engine, are written as null) and a plain-text table for people.
 */

type Num = number | null;
interface JsonPRF {
  p: Num;
  r: Num;
  f1: Num;
}

export interface AgreementJson {
  pairs: Array<{
    a: string;
    b: string;
    documents: number;
    mentions: { exact: JsonPRF; overlap: JsonPRF; per_label: Record<string, JsonPRF> };
    triggers: JsonPRF;
    arguments: JsonPRF;
    cohen_kappa: Num;
    krippendorff_alpha: Num;
    krippendorff_alpha_u: Num;
  }>;
}

const num = (x: number): Num => (Number.isFinite(x) ? x : null);
const jprf = (x: PRF): JsonPRF => ({ p: num(x.p), r: num(x.r), f1: num(x.f1) });

export function agreementJson(pairs: readonly PairAgreement[]): AgreementJson {
  return {
    pairs: pairs.map((x) => ({
      a: x.a,
      b: x.b,
      documents: x.documents,
      mentions: {
        exact: jprf(x.mentions.exact),
        overlap: jprf(x.mentions.overlap),
        per_label: Object.fromEntries(Object.entries(x.mentions.perLabel).map(([label, v]) => [label, jprf(v)])),
      },
      triggers: jprf(x.triggers),
      arguments: jprf(x.arguments),
      cohen_kappa: num(x.cohenKappa),
      krippendorff_alpha: num(x.krippendorffAlpha),
      krippendorff_alpha_u: num(x.krippendorffAlphaU),
    })),
  };
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');

function table(rows: string[][]): string {
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n') + '\n';
}

const prfRow = (name: string, x: PRF, extra: string[] = []): string[] => [
  name,
  fmt(x.p),
  fmt(x.r),
  fmt(x.f1),
  String(x.tp),
  String(x.fp),
  String(x.fn),
  ...extra,
];

/** One block per pair: P/R/F1 with counts, per label (exact F1, κ, αU), then the chance-corrected figures. */
export function agreementTable(pairs: readonly PairAgreement[]): string {
  return pairs
    .map((x) => {
      const head = `${x.b} against ${x.a} — ${x.documents} document(s), micro-averaged\n`;
      const main = table([
        ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
        prfRow('mentions (exact)', x.mentions.exact),
        prfRow('mentions (overlap)', x.mentions.overlap),
        prfRow('triggers (span+type)', x.triggers),
        prfRow('arguments', x.arguments),
      ]);
      const labels = table([
        ['label', 'P', 'R', 'F1', 'tp', 'fp', 'fn', 'κ tok', 'αU'],
        ...Object.entries(x.mentions.perLabel).map(([label, v]) => prfRow(label, v, [fmt(x.perLabelKappa[label]), fmt(x.perLabelAlphaU[label])])),
      ]);
      const chance = `Cohen's κ (word tokens) ${fmt(x.cohenKappa)}   Krippendorff's α (nominal, tokens) ${fmt(x.krippendorffAlpha)}   αU (characters) ${fmt(x.krippendorffAlphaU)}\n`;
      return head + main + '\n' + labels + '\n' + chance;
    })
    .join('\n');
}
