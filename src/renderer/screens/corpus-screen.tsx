import { useEffect, useMemo } from 'react';
import { CorpusList } from '../components/corpus-list';
import { CorpusSummary } from '../components/corpus-summary';
import { WorkChart } from '../components/work-chart';
import { useAppState, useServices } from '../hooks/use-services';
import { corpusFigures, sortRows } from '../services/corpus-view';

/** The corpus: its progress, every document with who annotated it and how far, and time and yield compared. */
export function CorpusScreen() {
  const services = useServices();
  const { annotator, corpus } = useAppState();
  useEffect(() => (annotator ? services.corpusList.follow(annotator) : undefined), [services, annotator]);
  const rows = useMemo(() => (corpus.rows ? sortRows(corpus.rows, corpus.sort) : null), [corpus.rows, corpus.sort]);
  const figures = useMemo(() => (rows ? corpusFigures(rows) : null), [rows]);
  if (!annotator || !rows || !figures) return <p className="empty">Loading…</p>;
  if (rows.length === 0) return <p className="empty">No documents. Open .txt files or a folder to start.</p>;
  return (
    <div className="corpus">
      <CorpusSummary figures={figures} />
      <CorpusList rows={rows} view={corpus} />
      <WorkChart rows={rows} />
    </div>
  );
}
