import { useEffect, useMemo, useRef, useState } from 'react';
import { documentHits } from '../commands/search';
import { useAppState, useServices } from '../hooks/use-services';
import type { Search } from '../services/app-store';
import type { CorpusHit } from '../services/cross-document';

/** The corpus's hits for the query, searched again when it changes (after a short pause in typing). */
function useCorpusHits(query: string, active: boolean): CorpusHit[] | null {
  const services = useServices();
  const [hits, setHits] = useState<CorpusHit[] | null>(null);
  useEffect(() => {
    if (!active || !query) return setHits(null);
    let live = true;
    const timer = setTimeout(() => void services.crossDocument.search(query).then((h) => live && setHits(h)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [services, query, active]);
  return hits;
}

/**
 * Find in the document (Ctrl+F) or in the corpus (Ctrl+Shift+F): every hit is highlighted, Enter and
 * F3 go from hit to hit (Shift goes back), and every hit can be labelled at once.
 */
export function SearchBar(props: { search: Search }) {
  const services = useServices();
  const state = useAppState();
  const { schema } = state;
  const { search } = props;
  const hits = useMemo(() => documentHits(state).length, [state.search?.query, state.document]);
  const input = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState(schema.schema.entities[0]?.name ?? '');
  const corpusHits = useCorpusHits(search.query, search.scope === 'corpus');
  useEffect(() => input.current?.focus(), [search.scope]);
  const setQuery = (query: string) => services.app.update({ search: { ...search, query, current: -1 } });
  return (
    <div className="search-bar" role="search" data-testid="search-bar">
      <input
        ref={input}
        type="search"
        aria-label={search.scope === 'document' ? 'Find in the document' : 'Find in the corpus'}
        placeholder={search.scope === 'document' ? 'Find in the document…' : 'Find in the corpus…'}
        value={search.query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          e.stopPropagation();
          services.run(e.shiftKey ? 'previous-hit' : 'next-hit');
        }}
      />
      {search.scope === 'document' ? (
        <>
          <span className="muted" data-testid="hit-count">
            {search.query ? (hits ? `${search.current >= 0 ? search.current + 1 : '–'} of ${hits}` : 'no hit') : ''}
          </span>
          <button className="small" disabled={!hits} onClick={() => services.run('previous-hit')} aria-label="Previous hit">
            ↑
          </button>
          <button className="small" disabled={!hits} onClick={() => services.run('next-hit')} aria-label="Next hit">
            ↓
          </button>
          <label className="inline">
            Label every hit as
            <select value={label} onChange={(e) => setLabel(e.target.value)} aria-label="Label for every hit">
              {schema.schema.entities.map((l) => (
                <option key={l.name}>{l.name}</option>
              ))}
            </select>
          </label>
          <button className="small" disabled={!hits} onClick={() => services.run('label-hits', { label })}>
            Label {hits} hit{hits === 1 ? '' : 's'}
          </button>
        </>
      ) : (
        <CorpusResults found={corpusHits} query={search.query} />
      )}
      <button className="icon" aria-label="Close the search" onClick={() => services.run('close-search')}>
        ×
      </button>
    </div>
  );
}

function CorpusResults(props: { found: CorpusHit[] | null; query: string }) {
  const services = useServices();
  if (!props.query) return null;
  if (!props.found) return <span className="muted">Searching…</span>;
  const total = props.found.reduce((n, h) => n + h.count, 0);
  return (
    <div className="corpus-hits" data-testid="corpus-hits">
      <span className="muted">
        {total} hit{total === 1 ? '' : 's'} in {props.found.length} document{props.found.length === 1 ? '' : 's'}
      </span>
      <ul>
        {props.found.map((h) => (
          <li key={h.docId}>
            <button
              className="link"
              onClick={() => {
                services.app.update({ search: { scope: 'document', query: props.query, current: -1 } });
                services.run('open-document', { docId: h.docId });
              }}
            >
              <strong>{h.title}</strong> <span className="muted">({h.count})</span>
            </button>
            {h.snippets.map(([before, hit, after], i) => (
              <div key={i} className="snippet">
                …{before}
                <mark>{hit}</mark>
                {after}…
              </div>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
