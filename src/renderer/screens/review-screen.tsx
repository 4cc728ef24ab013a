import { useAppState, useServices } from '../hooks/use-services';
import { AgreementView } from '../review/agreement-view';
import { annotatorStyle } from '../review/compare-marks';
import { CompareView } from '../review/compare-view';
import { ReviewOverview } from '../review/overview';
import { QueuePanel } from '../review/queue-panel';
import { useReview } from '../review/use-review';
import type { ComparedDocument } from '../services/review-service';

const SAVED = { saved: 'Saved', saving: 'Saving…', error: 'Not saved!' } as const;

/** The review: the overview of every document, one document's comparison with its queue, or the agreement figures. */
export function ReviewScreen() {
  const { route } = useAppState();
  if (route.screen !== 'review') return null;
  return (
    <div className="rv-screen">
      <ReviewTabs />
      {route.view === 'overview' && <ReviewOverview />}
      {route.view === 'agreement' && <AgreementView />}
      {route.view === 'document' && <ComparisonPage />}
    </div>
  );
}

function ReviewTabs() {
  const services = useServices();
  const { route } = useAppState();
  const view = route.screen === 'review' ? route.view : null;
  const tab = (id: 'overview' | 'agreement', title: string) => (
    <button
      role="tab"
      aria-selected={view === id}
      className={view === id ? 'tab selected' : 'tab'}
      onClick={() => services.navigate({ screen: 'review', view: id })}
    >
      {title}
    </button>
  );
  return (
    <nav className="tabs rv-tabs" role="tablist" aria-label="Review">
      <button className="tab" onClick={() => services.navigate({ screen: 'corpus' })}>
        ← Corpus
      </button>
      {tab('overview', 'Documents')}
      {view === 'document' && (
        <button role="tab" aria-selected className="tab selected">
          Comparison
        </button>
      )}
      {tab('agreement', 'Agreement')}
    </nav>
  );
}

function ComparisonPage() {
  const { compared } = useReview();
  if (compared === 'loading' || compared === null) return <p className="empty">Loading…</p>;
  if (compared === 'missing') return <p className="empty">This document is not in the corpus.</p>;
  if (compared === 'too-few') return <p className="empty">This document needs two annotators’ sets to be compared: import the other annotators’ exports.</p>;
  return <Comparison compared={compared} />;
}

function Comparison({ compared }: { compared: ComparedDocument }) {
  const services = useServices();
  const state = useAppState();
  const { settings, current } = useReview();
  return (
    <div className="rv-page" data-testid="review-document" data-doc-id={compared.doc.id}>
      <div className="doc-bar">
        <span className="doc-id">{compared.doc.id}</span>
        <AnnotatorChoice compared={compared} />
        <span className="rv-legend muted" aria-label="Legend">
          ≠ label · ↔ boundary · + only some
        </span>
        <span className="rv-layout" role="group" aria-label="Layout">
          {(['side', 'merged'] as const).map((l) => (
            <button
              key={l}
              className={settings.layout === l ? 'small selected' : 'small'}
              aria-pressed={settings.layout === l}
              onClick={() => void services.review.changeSettings({ layout: l })}
            >
              {l === 'side' ? 'Side by side' : 'Merged'}
            </button>
          ))}
        </span>
        <label className="inline" title="Pre-merge what more than half of the annotators agree on, for documents not reviewed yet">
          <input type="checkbox" checked={settings.majority} onChange={(e) => void services.review.changeSettings({ majority: e.target.checked })} />
          majority pre-merge
        </label>
        <span className="muted">gold: {compared.gold.state.set.status}</span>
        <span className={`save save-${compared.gold.saveState}`} data-testid="review-save-state" role="status">
          {SAVED[compared.gold.saveState]}
        </span>
        <button
          className="small"
          title="Replace this document’s gold set by a new merge of the compared annotators (its decisions are dropped)"
          onClick={() => window.confirm('Merge the gold set again? The decisions made on this document are dropped.') && void services.review.mergeAgain()}
        >
          Merge again
        </button>
      </div>
      <div className="rv-main">
        <CompareView
          text={compared.doc.text}
          map={compared.map}
          alignment={compared.alignment}
          disagreements={compared.disagreements}
          schema={state.schema}
          layout={settings.layout}
          current={current}
          lang={String(compared.doc.meta.lang ?? 'fr')}
          onPick={(i) => services.review.show(i)}
        />
        <QueuePanel compared={compared} />
      </div>
    </div>
  );
}

/** Who is compared: every annotator of the document, two at least; each with the colour and symbol of their column. */
function AnnotatorChoice({ compared }: { compared: ComparedDocument }) {
  const services = useServices();
  const toggle = (a: string, on: boolean) => {
    const next = compared.available.filter((x) => (x === a ? on : compared.annotators.includes(x)));
    if (next.length >= 2) void services.review.changeSettings({ annotators: next });
  };
  return (
    <span className="rv-legend" role="group" aria-label="Annotators compared">
      {compared.available.map((a) => {
        const i = compared.annotators.indexOf(a);
        const on = i >= 0;
        return (
          <label key={a} className="inline rv-who" style={on ? { color: annotatorStyle(i).color } : undefined}>
            <input type="checkbox" checked={on} disabled={on && compared.annotators.length <= 2} onChange={(e) => toggle(a, e.target.checked)} />
            {on ? annotatorStyle(i).symbol : ''} {a}
          </label>
        );
      })}
    </span>
  );
}
