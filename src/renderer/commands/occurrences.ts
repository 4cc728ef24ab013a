import { labelOccurrences, removeOccurrences } from '../../shared/model/bulk-edits';
import { openDocument } from '../services/app-store';
import { withProgress } from '../../shared/model/edits';
import { editing } from './edit-helpers';
import { command } from './registry';

/**
 * "Label all occurrences": after labelling a string, every other place it stands as whole words gets
 * the same label, in the document or in the whole corpus; the user sees the counts first and one undo
 * takes the batch back. The same for removing every mention of the string.
 */

function selectedMention(state: Parameters<typeof editing>[0]) {
  const open = editing(state);
  const s = open?.selection;
  const m = open && s?.kind === 'mention' ? open.set.entities.find((e) => e.id === s.id) : undefined;
  return open && m ? { open, m } : null;
}

function ask(mode: 'label' | 'remove', key: string, title: string) {
  return command({
    id: mode === 'label' ? 'label-occurrences' : 'remove-occurrences',
    title,
    group: 'Annotate',
    keys: [key],
    when: 'screen == document',
    perform(state, dispatch, services) {
      const found = selectedMention(state);
      if (!found) return false;
      const { open, m } = found;
      const edit = mode === 'label' ? labelOccurrences(open.set, open.map, m.text, m.label) : removeOccurrences(open.set, m.text, m.label);
      if (!dispatch) return true;
      const dialog = { kind: 'occurrences' as const, mode, text: m.text, label: m.label, inDocument: edit.count, inCorpus: null };
      services.showDialog(dialog);
      void services.crossDocument.countOccurrences(m.text, m.label, mode).then((inCorpus) => {
        const shown = services.app.get().dialog;
        if (shown?.kind === 'occurrences' && shown.text === m.text) services.showDialog({ ...dialog, inCorpus });
      });
      return true;
    },
  });
}

export const askLabelOccurrences = ask('label', 'Mod+Shift+L', 'Label all occurrences…');
export const askRemoveOccurrences = ask('remove', 'Mod+Shift+Backspace', 'Remove all occurrences…');

/** Runs what the occurrences dialog chose: in the document (one step) or in the corpus (one step per document, undone together). */
export const applyOccurrences = command<{ scope: 'document' | 'corpus'; suggest?: boolean }>({
  id: 'apply-occurrences',
  title: 'Apply to every occurrence',
  describe: ({ scope, suggest }) => `${suggest ? 'Suggest' : 'Apply'} in the ${scope}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const dialog = state.dialog;
    const open = openDocument(state);
    if (!args || !open || dialog?.kind !== 'occurrences') return false;
    if (!dispatch) return true;
    services.showDialog(null);
    if (args.scope === 'corpus') {
      void services.crossDocument.applyOccurrences(dialog.text, dialog.label, dialog.mode, Boolean(args.suggest));
      return true;
    }
    const set = open.session.state.set;
    const edit =
      dialog.mode === 'label' ? labelOccurrences(set, open.map, dialog.text, dialog.label, args.suggest) : removeOccurrences(set, dialog.text, dialog.label);
    if (!edit.operation) services.notify('Nothing to change.');
    else
      dispatch({ kind: 'apply', transaction: { operation: withProgress(set, edit.operation, 'occurrences'), label: `${dialog.mode} all “${dialog.text}”` } });
    return true;
  },
});

export const occurrenceCommands = [askLabelOccurrences, askRemoveOccurrences, applyOccurrences];
