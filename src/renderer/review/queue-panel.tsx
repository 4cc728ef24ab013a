import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { DISAGREEMENT_KINDS } from '../../shared/review/disagreements';
import { useServices } from '../hooks/use-services';
import type { ComparedDocument } from '../services/review-service';
import { CommandButton } from './command-button';
import { annotatorStyle } from './compare-marks';
import { progressOf } from './queue';
import { useReview } from './use-review';
import { goldVersion, mentionIndex, versionOf } from './versions';

const TAKE_COMMANDS = ['review-take-a', 'review-take-b'];

/** The shown disagreement: each version, the decision buttons, the gold set's answer and the comment. */
export function QueuePanel({ compared }: { compared: ComparedDocument }) {
  const services = useServices();
  const { current, filter, commentFocus } = useReview();
  const mentions = useMemo(() => mentionIndex(compared.alignment), [compared.alignment]);
  const d = current === null ? null : compared.disagreements[current];
  const goldSet = compared.gold.state.set;
  const gold = useMemo(() => (d ? goldVersion(d, goldSet, mentions) : []), [d, goldSet, mentions]);
  const labels = useMemo(() => [...new Set(compared.disagreements.flatMap((x) => x.labels))].sort(), [compared.disagreements]);
  const { decided, total } = progressOf(compared.decided);
  return (
    <aside className="rv-panel" data-testid="queue">
      <div className="rv-progress">
        <progress max={Math.max(total, 1)} value={decided} aria-label="Decided in this document" />
        <span data-testid="doc-progress">
          {decided} of {total} decided
        </span>
      </div>
      <Filters labels={labels} />
      <div className="rv-nav">
        <CommandButton id="review-previous">◀ Previous</CommandButton>
        <CommandButton id="review-next">Next ▶</CommandButton>
      </div>
      {!d ? (
        <p className="muted" data-testid="queue-empty">
          {total === 0
            ? 'The annotators agree on everything in this document.'
            : filter.undecidedOnly
              ? 'Nothing left to decide here that the filter shows.'
              : 'No disagreement matches the filter.'}
        </p>
      ) : (
        <section className="rv-current" data-testid="disagreement" data-kind={d.kind} data-id={d.id}>
          <h3>
            <span className={`rv-kind rv-kind-${d.kind}`}>{d.kind}</span> {d.detail !== d.kind && <span className="muted">{d.detail}</span>}{' '}
            <span className="muted">
              {current! + 1} / {total}
            </span>{' '}
            <span className={compared.decided[current!] ? 'rv-decided' : 'rv-open'} data-testid="decided">
              {compared.decided[current!] ? '✓ decided' : '• to decide'}
            </span>
          </h3>
          <blockquote className="rv-quote">{compared.map.slice(d.start, d.end)}</blockquote>
          <ul className="rv-versions">
            {compared.annotators.map((a, i) => {
              const lines = versionOf(d, a, mentions);
              return (
                <li key={a} data-annotator={a} style={{ '--who': annotatorStyle(i).color } as CSSProperties}>
                  <div className="rv-version-head">
                    <span className="rv-symbol">{annotatorStyle(i).symbol}</span> <b>{a}</b>
                    {i < 2 ? (
                      <CommandButton id={TAKE_COMMANDS[i]} className="small" />
                    ) : (
                      <CommandButton id="review-take" args={{ annotator: a }} className="small" />
                    )}
                  </div>
                  {lines.length ? lines.map((l, j) => <pre key={j}>{l}</pre>) : <span className="muted">— nothing</span>}
                </li>
              );
            })}
          </ul>
          <div className="rv-actions">
            <CommandButton id="review-take-both" className="small" />
            <CommandButton id="review-take-none" className="small" />
            <CommandButton id="review-edit" className="small" />
          </div>
          <div className="rv-gold" data-testid="gold-version">
            <b>gold</b>:{' '}
            {gold.map((l, j) => (
              <pre key={j}>{l}</pre>
            ))}
          </div>
          <Comment
            key={`${compared.doc.id}:${d.id}`}
            initial={compared.comments.get(d.id) ?? ''}
            focus={commentFocus}
            onSave={(t) => void services.review.comment(t)}
          />
        </section>
      )}
      {compared.gold.lastError && <p className="error-text">{compared.gold.lastError}</p>}
    </aside>
  );
}

function Comment(props: { initial: string; focus: number; onSave: (text: string) => void }) {
  const [text, setText] = useState(props.initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const first = useRef(props.focus);
  useEffect(() => {
    if (props.focus !== first.current) ref.current?.focus();
  }, [props.focus]);
  const save = () => text !== props.initial && props.onSave(text);
  return (
    <label className="rv-comment">
      Comment on this decision
      <textarea
        ref={ref}
        rows={2}
        value={text}
        aria-label="Comment on this decision"
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            save();
            ref.current?.blur();
          } else if (e.key === 'Escape') ref.current?.blur();
          e.stopPropagation();
        }}
      />
    </label>
  );
}

function Filters({ labels }: { labels: string[] }) {
  const services = useServices();
  const { filter } = useReview();
  return (
    <fieldset className="rv-filters">
      <legend>Show</legend>
      {DISAGREEMENT_KINDS.map((k) => (
        <label key={k} className="inline">
          <input
            type="checkbox"
            checked={filter.kinds.length === 0 || filter.kinds.includes(k)}
            onChange={(e) => {
              const on = filter.kinds.length === 0 ? [...DISAGREEMENT_KINDS] : [...filter.kinds];
              const kinds = e.target.checked ? [...on, k] : on.filter((x) => x !== k);
              services.review.setFilter({ kinds: kinds.length === DISAGREEMENT_KINDS.length ? [] : kinds });
              e.target.blur(); // the queue's letter keys work again at once
            }}
          />
          {k}
        </label>
      ))}
      <label className="inline">
        label
        <select
          aria-label="Filter by label"
          value={filter.label ?? ''}
          onChange={(e) => {
            services.review.setFilter({ label: e.target.value || null });
            e.target.blur();
          }}
        >
          <option value="">any</option>
          {labels.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filter.undecidedOnly}
          onChange={(e) => {
            services.review.setFilter({ undecidedOnly: e.target.checked });
            e.target.blur();
          }}
        />
        undecided only
      </label>
    </fieldset>
  );
}
