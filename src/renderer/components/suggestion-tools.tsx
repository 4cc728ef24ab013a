import { useState } from 'react';
import { countByConfidence, suggestionSummary } from '../../shared/model/suggestions';
import type { AnnotationSet } from '../../shared/model/types';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { useServices } from '../hooks/use-services';

/**
 * Taking or dropping many suggestions at once: all those above (or below) a confidence chosen on a
 * slider that shows how many each button takes, and all those of one label.
 */
export function SuggestionTools(props: { set: AnnotationSet; schema: SchemaIndex }) {
  const services = useServices();
  const [threshold, setThreshold] = useState(0.8);
  const summary = suggestionSummary(props.set);
  const above = countByConfidence(summary, threshold);
  const below = countByConfidence(summary, -Infinity, threshold);
  const labels = [...props.schema.schema.entities.map((l) => l.name), ...props.schema.schema.events.map((t) => t.name)]
    .map((label) => ({ label, n: summary.byLabel.get(label) ?? 0 }))
    .filter((x) => x.n > 0);
  return (
    <section className="suggestion-tools" data-testid="suggestion-tools">
      <h3>Suggestions</h3>
      <label className="slider">
        <span>
          Confidence <strong data-testid="threshold">{threshold.toFixed(2)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={threshold}
          aria-label="Confidence threshold"
          onChange={(e) => setThreshold(Number(e.target.value))}
        />
      </label>
      <div className="row-buttons">
        <button className="small" disabled={!above} onClick={() => services.run('accept-suggestions', { min: threshold })}>
          Accept {above} at ≥ {threshold.toFixed(2)}
        </button>
        <button className="small" disabled={!below} onClick={() => services.run('reject-suggestions', { max: threshold })}>
          Reject {below} below
        </button>
      </div>
      <details className="by-label-box" open>
        <summary>By label or event type</summary>
        <table className="by-label">
          <tbody>
            {labels.map(({ label, n }) => (
              <tr key={label} data-suggestion-label={label}>
                <td>{label}</td>
                <td className="num">{n}</td>
                <td>
                  <button
                    className="small"
                    title={`Accept the ${n} ${label} suggestions`}
                    aria-label={`Accept all ${label}`}
                    onClick={() => services.run('accept-suggestions', { label })}
                  >
                    ✓
                  </button>
                  <button
                    className="small"
                    title={`Reject the ${n} ${label} suggestions`}
                    aria-label={`Reject all ${label}`}
                    onClick={() => services.run('reject-suggestions', { label })}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
