import { acceptSuggestions, pendingCount, rejectSuggestions } from '../../shared/model/suggestions';
import { STATUSES, type Status } from '../../shared/model/types';
import type { Operation } from '../../shared/model/operations';
import { openDocument } from '../services/app-store';
import { command } from './registry';

/** A document's status: marking it done (asking first when suggestions are still pending) and reopening it. */

export const setStatus = command<{ status: Status }>({
  id: 'set-status',
  title: 'Set the document’s status',
  describe: ({ status }) => `Mark as ${status}`,
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    if (!open || !args || !STATUSES.includes(args.status) || open.session.state.set.status === args.status) return false;
    if (args.status === 'done') return markDone.perform(state, dispatch, services, undefined);
    dispatch?.({ kind: 'apply', transaction: { operation: { kind: 'setStatus', status: args.status }, label: `mark ${args.status}` } });
    return true;
  },
});

export const markDone = command({
  id: 'mark-done',
  title: 'Mark the document done',
  group: 'Annotate',
  keys: ['Mod+Enter'],
  perform(state, dispatch, services) {
    const open = openDocument(state);
    const set = open?.session.state.set;
    if (!set || set.status === 'done' || set.status === 'adjudicated') return false;
    const pending = pendingCount(set);
    if (!dispatch) return true;
    if (pending > 0) services.showDialog({ kind: 'done-pending', pending });
    else dispatch({ kind: 'apply', transaction: { operation: { kind: 'setStatus', status: 'done' }, label: 'mark done' } });
    return true;
  },
});

/** The answer to "suggestions are still pending": take them, drop them, or leave them pending. */
export const finishDocument = command<{ pending: 'accept' | 'reject' | 'keep' }>({
  id: 'finish-document',
  title: 'Mark done',
  describe: ({ pending }) =>
    pending === 'accept'
      ? 'Accept the pending suggestions and mark done'
      : pending === 'reject'
        ? 'Reject the pending suggestions and mark done'
        : 'Mark done, suggestions left pending',
  group: 'Annotate',
  needsArgs: true,
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    const set = open?.session.state.set;
    if (!set || !args || set.status === 'done') return false;
    const decided = args.pending === 'accept' ? acceptSuggestions(set) : args.pending === 'reject' ? rejectSuggestions(set) : null;
    const operations: Operation[] = [...(decided ? [decided] : []), { kind: 'setStatus', status: 'done' }];
    if (dispatch) {
      services.showDialog(null);
      dispatch({ kind: 'apply', transaction: { operation: { kind: 'batch', label: 'mark done', operations }, label: 'mark done' } });
    }
    return true;
  },
});

export const reopenDocument = command({
  id: 'reopen-document',
  title: 'Reopen the document',
  group: 'Annotate',
  keys: ['Mod+Shift+Enter'],
  perform(state, dispatch) {
    const set = openDocument(state)?.session.state.set;
    if (!set || (set.status !== 'done' && set.status !== 'adjudicated')) return false;
    dispatch?.({ kind: 'apply', transaction: { operation: { kind: 'setStatus', status: 'in-progress' }, label: 'reopen' } });
    return true;
  },
});

export const statusCommands = [setStatus, markDone, finishDocument, reopenDocument];
