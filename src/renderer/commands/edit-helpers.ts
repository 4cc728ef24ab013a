import { withProgress, type Edit } from '../../shared/model/edits';
import type { Selection } from '../../shared/model/selection';
import type { AnnotationSet } from '../../shared/model/types';
import { openDocument, type AppState, type OpenDocument } from '../services/app-store';
import type { Services } from '../services/services';
import type { Dispatch } from './registry';

/**
 * Applies an edit, or tells the user why it is refused: the key is still taken (it was meant for
 * this), so the command answers true either way once it applies to the selection.
 */
export function applyEdit(edit: Edit, open: OpenDocument, dispatch: Dispatch | undefined, services: Services, selection?: Selection): boolean {
  if (!dispatch) return true;
  if ('refused' in edit) services.notify(edit.refused);
  else
    dispatch({
      kind: 'apply',
      transaction: { operation: withProgress(open.session.state.set, edit.operation, edit.label), label: edit.label, selection: selection ?? edit.select },
    });
  return true;
}

/** The open document with its selection, or null: most annotation commands need both. */
export function editing(state: AppState): (OpenDocument & { selection: OpenDocument['session']['state']['selection']; set: AnnotationSet }) | null {
  const open = openDocument(state);
  return open ? { ...open, selection: open.session.state.selection, set: open.session.state.set } : null;
}

/** The id an item command acts on: the one named, else the selected mention or event. */
export function targetId(open: { selection: OpenDocument['session']['state']['selection'] }, args: { id?: string } | undefined): string | undefined {
  if (args?.id) return args.id;
  const s = open.selection;
  return s.kind === 'mention' || s.kind === 'event' ? s.id : undefined;
}
