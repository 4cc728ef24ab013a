import { useEffect, useState } from 'react';
import { CorpusList } from '../components/corpus-list';
import type { CorpusRow } from '../db/store';
import { useAppState, useServices } from '../hooks/use-services';

/** The corpus: every document with the current annotator's progress, live across windows. */
export function CorpusScreen() {
  const services = useServices();
  const { annotator } = useAppState();
  const [rows, setRows] = useState<CorpusRow[] | null>(null);
  useEffect(() => (annotator ? services.corpus.watchRows(annotator, setRows) : undefined), [services, annotator]);
  return <CorpusList rows={annotator ? rows : null} onOpen={(docId) => services.run('open-document', { docId })} />;
}
