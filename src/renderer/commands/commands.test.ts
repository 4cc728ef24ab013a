import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc';
import { docSet, harness, TEXT } from './test-kit';

// "Les forces de Haftar ont attaqué Derna.": Haftar 14..20, attaqué 25..32, Derna 33..38
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const pending = { id: 'T1', ...at('Derna'), text: 'Derna', label: 'GPE', source: 'heuristic' as const, confidence: 0.9 };

describe('commands through the registry', () => {
  it('registers every command the application menu sends', () => {
    const { registry } = harness();
    expect(MENU_COMMANDS.filter((id) => !registry.get(id))).toEqual([]);
  });

  it('a label key on a text range makes a mention, selects it, and undo puts the range back', () => {
    const range = { kind: 'range' as const, ...at('Haftar') };
    const { services, current } = harness({ selection: range });
    expect(services.run('label-selection', { label: 'PER' })).toBe(true);
    expect(current().set.entities).toEqual([{ id: 'T1', ...at('Haftar'), text: 'Haftar', label: 'PER', source: 'human' }]);
    expect(current().selection).toEqual({ kind: 'mention', id: 'T1' });
    expect(services.run('undo')).toBe(true);
    expect(current().set.entities).toEqual([]);
    expect(current().selection).toEqual(range);
    expect(services.run('redo')).toBe(true);
    expect(current().selection).toEqual({ kind: 'mention', id: 'T1' });
  });

  it('a label key on a selected mention relabels it', () => {
    const { services, current } = harness({
      set: docSet({ entities: [{ id: 'T1', ...at('Haftar'), text: 'Haftar', label: 'ORG' }] }),
      selection: { kind: 'mention', id: 'T1' },
    });
    services.run('label-selection', { label: 'PER' });
    expect(current().set.entities[0].label).toBe('PER');
  });

  it('refuses a same-label overlap with a message and changes nothing', () => {
    const { services, current, step } = harness({
      set: docSet({ entities: [{ id: 'T1', ...at('Haftar'), text: 'Haftar', label: 'PER' }] }),
      selection: { kind: 'range', start: at('de').start, end: at('Haftar').end },
    });
    expect(services.run('label-selection', { label: 'PER' })).toBe(true);
    expect(step).not.toHaveBeenCalled();
    expect(services.notify).toHaveBeenCalledWith(expect.stringMatching(/overlaps the PER mention “Haftar”/));
    expect(current().set.entities).toHaveLength(1);
  });

  it('the label key on the exact text of a suggestion of that label accepts it; on an accepted one it says so', () => {
    const { services, current } = harness({ set: docSet({ entities: [pending] }), selection: { kind: 'range', ...at('Derna') } });
    services.run('label-selection', { label: 'GPE' });
    expect(current().set.entities).toHaveLength(1);
    expect(current().set.entities[0]).toMatchObject({ source: 'human', attributes: { suggested_by: 'heuristic' } });
    expect(current().selection).toEqual({ kind: 'mention', id: 'T1' });
    services.run('select', { selection: { kind: 'range', ...at('Derna') } });
    services.run('label-selection', { label: 'GPE' });
    expect(services.notify).toHaveBeenCalledWith('“Derna” is already GPE.');
  });

  it('declines a label key when nothing is selected, so the key is left alone', () => {
    const { services } = harness();
    expect(services.enabled('label-selection', { label: 'PER' })).toBe(false);
  });

  it('accepts and rejects a named suggestion, or the selected one', () => {
    const named = harness({ set: docSet({ entities: [pending] }) });
    expect(named.services.run('accept-suggestion', { id: 'T1' })).toBe(true);
    expect(named.current().set.entities[0]).toEqual({
      id: 'T1',
      ...at('Derna'),
      text: 'Derna',
      label: 'GPE',
      source: 'human',
      attributes: { suggested_by: 'heuristic' },
    });
    expect(named.services.enabled('accept-suggestion', { id: 'T1' })).toBe(false);
    const selected = harness({ set: docSet({ entities: [pending] }), selection: { kind: 'mention', id: 'T1' } });
    expect(selected.services.run('reject-suggestion')).toBe(true);
    expect(selected.current().set.entities).toEqual([]);
  });

  it('sets the status given as an argument, and declines an unknown one or the same one', () => {
    const { services, current } = harness();
    expect(services.run('set-status', { status: 'in-progress' })).toBe(true);
    expect(current().set.status).toBe('in-progress');
    expect(services.enabled('set-status', { status: 'in-progress' })).toBe(false);
    expect(services.enabled('set-status', { status: 'finished' })).toBe(false);
  });

  it('Escape clears a selection first; with nothing selected, Escape’s next binding leaves the document', () => {
    const { services, current } = harness({ selection: { kind: 'mention', id: 'T1' }, set: docSet({ entities: [pending] }) });
    expect(services.run('clear-selection')).toBe(true);
    expect(current().selection).toEqual({ kind: 'none' });
    expect(services.enabled('clear-selection')).toBe(false);
    expect(services.run('corpus')).toBe(true);
    expect(services.navigate).toHaveBeenCalledWith({ screen: 'corpus' });
  });

  it('undo and redo decline when there is nothing to take back', () => {
    const { services } = harness();
    expect(services.enabled('undo')).toBe(false);
    expect(services.enabled('redo')).toBe(false);
  });

  it('switches to another annotator’s set only when the document has one', () => {
    const { services, app } = harness();
    expect(services.enabled('show-set', { annotator: 'bob' })).toBe(false);
    const open = app.get().document as Exclude<ReturnType<typeof app.get>['document'], string | null>;
    app.update({ document: { ...open, annotators: ['alice', 'bob'] } });
    expect(services.run('show-set', { annotator: 'bob' })).toBe(true);
    expect(services.navigate).toHaveBeenCalledWith({ screen: 'document', docId: 'd1', annotator: 'bob' });
  });

  it('file commands start their dialogs and wait while a pre-annotation runs', () => {
    const { services, app } = harness({ route: { screen: 'corpus' } });
    expect(services.run('import')).toBe(true);
    expect(services.imports.importFiles).toHaveBeenCalled();
    app.update({ progress: { title: 'Pre-annotating', done: 0, total: 5 } });
    expect(services.enabled('import')).toBe(false);
    expect(services.enabled('preannotate-corpus')).toBe(false);
  });

  it('a new event on a selected trigger opens its frame selected', () => {
    const { services, current } = harness({ selection: { kind: 'range', ...at('attaqué') } });
    expect(services.run('create-event', { type: 'Conflict.Attack' })).toBe(true);
    expect(current().set.events).toEqual([
      { id: 'E1', type: 'Conflict.Attack', trigger: { ...at('attaqué'), text: 'attaqué' }, arguments: [], source: 'human', attributes: { realis: 'actual' } },
    ]);
    expect(current().selection).toEqual({ kind: 'event', id: 'E1' });
  });
});
