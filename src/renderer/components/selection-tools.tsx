import { keysOf } from '../commands/bindings';
import { formatKey } from '../commands/keys';
import type { Selection } from '../../shared/model/selection';
import type { OffsetMap } from '../../shared/text/offsets';
import type { SchemaIndex } from '../../shared/schema/lookup';
import { readableTextOn } from '../../shared/schema/palette';
import { useAppState, useServices } from '../hooks/use-services';

/**
 * What selected text can become, for the mouse: a button per label (each with its key) and, when no
 * role is waiting for a filler, a button per event type. The same commands as the keys.
 */
export function SelectionTools(props: { selection: Selection; map: OffsetMap; schema: SchemaIndex }) {
  const services = useServices();
  const { bindings } = useAppState();
  const s = props.selection;
  const range = s.kind === 'range' ? s : s.kind === 'role' ? s.range : undefined;
  if (!range || range.end <= range.start) return null;
  const text = props.map.slice(range.start, range.end);
  const hint = (command: string, args: unknown) => {
    const key = keysOf(bindings, command, args)[0];
    return key ? ` (${formatKey(key, services.isMac)})` : '';
  };
  return (
    <section className="selection-tools" data-testid="selection-tools">
      <h3>Selected text</h3>
      <p className="selected-text">“{text.length > 60 ? `${text.slice(0, 59)}…` : text}”</p>
      <div className="label-buttons" role="group" aria-label={s.kind === 'role' ? `Label and fill ${s.role}` : 'Label as'}>
        {props.schema.schema.entities.map((l) => (
          <button
            key={l.name}
            className="small chip-button"
            style={{ background: l.color, color: readableTextOn(l.color) }}
            title={`Label as ${l.name}${hint('label-selection', { label: l.name })}`}
            onClick={() => services.run('label-selection', { label: l.name })}
          >
            {l.name}
          </button>
        ))}
      </div>
      {(s.kind === 'range' || s.kind === 'role') && (
        <div className="label-buttons" role="group" aria-label="Event of type">
          {props.schema.schema.events.map((t) => (
            <button
              key={t.name}
              className="small"
              title={`Make a ${t.name} event${hint('create-event', { type: t.name })}`}
              onClick={() => services.run('create-event', { type: t.name })}
            >
              {t.name}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
