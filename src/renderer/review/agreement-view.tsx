import { useEffect, useMemo, useState } from 'react';
import type { PairAgreement } from '../../shared/review/agreement';
import type { LabelConfusion } from '../../shared/review/confusion';
import type { PRF } from '../../shared/review/prf';
import { useServices } from '../hooks/use-services';
import type { AgreementReport } from './agreement-report';
import { BarChart, type Series } from './bar-chart';
import { useReviewCorpus } from './use-review';

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
const orNull = (x: number) => (Number.isFinite(x) ? x : null);
const floorOf = (values: Array<number | null>) => Math.min(0, Math.floor(Math.min(...values.map((v) => v ?? 0)) * 10) / 10);
const COLORS = ['#2f6fb3', '#c0392b', '#2e7d32', '#b8860b', '#7b3fa0'];

/** The engine's figures (the same as the CLI's `agreement --json`) as a table, charts and a confusion matrix. */
export function AgreementView() {
  const services = useServices();
  const { agreement } = useReviewCorpus();
  useEffect(() => {
    if (services.review.corpus.get().agreement.kind !== 'running') void services.review.corpus.computeAgreement();
  }, [services]);
  if (agreement.kind === 'running' || agreement.kind === 'idle') {
    const { done, total } = agreement.kind === 'running' ? agreement : { done: 0, total: 0 };
    return (
      <div className="rv-agreement" data-testid="agreement-progress">
        <p>Computing the agreement of the whole corpus…</p>
        <progress max={Math.max(total, 1)} value={done} aria-label="Agreement progress" />
        <span className="muted">
          {' '}
          {done} of {total || '…'} document pairs
        </span>
      </div>
    );
  }
  if (agreement.kind === 'failed') return <p className="error-text">The agreement could not be computed: {agreement.reason}</p>;
  return <Report report={agreement.report} />;
}

function Report({ report }: { report: AgreementReport }) {
  const services = useServices();
  const [pairIndex, setPair] = useState(0);
  if (report.pairs.length === 0)
    return <p className="empty">Agreement needs two annotators’ sets of the same documents: import the annotators’ exports first.</p>;
  const pair = report.pairs[Math.min(pairIndex, report.pairs.length - 1)];
  const confusion = report.confusion[report.pairs.indexOf(pair)];
  return (
    <div className="rv-agreement" data-testid="agreement">
      <div className="rv-agreement-bar">
        <button onClick={() => void services.review.corpus.computeAgreement()}>Compute again</button>
        <button data-testid="export-figures" onClick={() => void services.review.corpus.exportFigures()}>
          Export figures (JSON)
        </button>
        {report.errors.length > 0 && <span className="error-text">{report.errors.join('; ')}</span>}
      </div>
      <PairTable pairs={report.pairs} />
      <PairCharts pairs={report.pairs} />
      <label className="inline">
        Pair
        <select aria-label="Annotator pair" value={report.pairs.indexOf(pair)} onChange={(e) => setPair(Number(e.target.value))}>
          {report.pairs.map((p, i) => (
            <option key={i} value={i}>
              {p.b} against {p.a}
            </option>
          ))}
        </select>
      </label>
      <PairDetail pair={pair} />
      <ConfusionTable confusion={confusion} />
    </div>
  );
}

function PairTable({ pairs }: { pairs: PairAgreement[] }) {
  const cells = (x: PRF) => [x.p, x.r, x.f1];
  return (
    <table className="corpus-table rv-figures" aria-label="Agreement per annotator pair" data-testid="agreement-table">
      <thead>
        <tr>
          <th>Pair (B against A)</th>
          <th className="num">docs</th>
          <th className="num">mentions P</th>
          <th className="num">R</th>
          <th className="num">F1</th>
          <th className="num">overlap F1</th>
          <th className="num">triggers F1</th>
          <th className="num">arguments F1</th>
          <th className="num">Cohen’s κ</th>
          <th className="num">Krippendorff’s α</th>
          <th className="num">αU</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.a}|${p.b}`} data-pair={`${p.a}|${p.b}`}>
            <td>
              {p.b} against {p.a}
            </td>
            <td className="num">{p.documents}</td>
            {[...cells(p.mentions.exact), p.mentions.overlap.f1, p.triggers.f1, p.arguments.f1, p.cohenKappa, p.krippendorffAlpha, p.krippendorffAlphaU].map(
              (x, i) => (
                <td key={i} className="num" data-figure={i}>
                  {fmt(x)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PairCharts({ pairs }: { pairs: PairAgreement[] }) {
  const { labels, series, min } = useMemo(() => {
    const figures: Array<[string, (p: PairAgreement) => number]> = [
      ['mentions F1', (p) => p.mentions.exact.f1],
      ['triggers F1', (p) => p.triggers.f1],
      ['arguments F1', (p) => p.arguments.f1],
      ['κ', (p) => p.cohenKappa],
      ['αU', (p) => p.krippendorffAlphaU],
    ];
    const series: Series[] = figures.map(([label, of], i) => ({ label, data: pairs.map((p) => orNull(of(p))), color: COLORS[i] }));
    return { labels: pairs.map((p) => `${p.b}/${p.a}`), series, min: floorOf(series.flatMap((s) => s.data)) };
  }, [pairs]);
  return <BarChart title="Per annotator pair" labels={labels} series={series} testId="chart-pairs" min={min} />;
}

function PairDetail({ pair }: { pair: PairAgreement }) {
  const byLabel = useMemo(() => {
    const labels = Object.keys(pair.mentions.perLabel);
    const series: Series[] = [
      { label: 'F1 (exact)', data: labels.map((l) => orNull(pair.mentions.perLabel[l].f1)), color: COLORS[0] },
      { label: 'κ (tokens)', data: labels.map((l) => orNull(pair.perLabelKappa[l])), color: COLORS[1] },
    ];
    return { labels, series, min: floorOf(series.flatMap((s) => s.data)) };
  }, [pair]);
  const byDocument = useMemo(() => {
    const series: Series[] = [
      { label: 'mentions F1', data: pair.perDocument.map((d) => orNull(d.mentions.exact.f1)), color: COLORS[0] },
      { label: 'triggers F1', data: pair.perDocument.map((d) => orNull(d.triggers.f1)), color: COLORS[1] },
      { label: 'arguments F1', data: pair.perDocument.map((d) => orNull(d.arguments.f1)), color: COLORS[2] },
    ];
    return { labels: pair.perDocument.map((d) => d.id), series };
  }, [pair]);
  return (
    <div className="rv-charts">
      <BarChart title={`Per label — ${pair.b} against ${pair.a}`} labels={byLabel.labels} series={byLabel.series} testId="chart-labels" min={byLabel.min} />
      <BarChart title={`Per document — ${pair.b} against ${pair.a}`} labels={byDocument.labels} series={byDocument.series} testId="chart-documents" />
    </div>
  );
}

function ConfusionTable({ confusion }: { confusion: LabelConfusion }) {
  const max = Math.max(1, ...confusion.counts.flat());
  return (
    <table className="rv-confusion" aria-label="Label confusion" data-testid="confusion">
      <caption>
        Labels of the same spans: rows {confusion.a}, columns {confusion.b} (— : no mention on that span)
      </caption>
      <thead>
        <tr>
          <th />
          {confusion.labels.map((l) => (
            <th key={l}>{l}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {confusion.labels.map((row, i) => (
          <tr key={row}>
            <th>{row}</th>
            {confusion.counts[i].map((n, j) => (
              <td key={j} className="num" style={{ background: n ? `rgba(${i === j ? '46, 125, 50' : '192, 57, 43'}, ${0.12 + (0.6 * n) / max})` : undefined }}>
                {n || ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
