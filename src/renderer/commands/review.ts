import { openDocument } from '../services/app-store';
import { command } from './registry';

/** What reviewers do: look at other annotators' sets (the review screen adds its own commands here). */

/** Shows another annotator's set of the open document (the "Set" choice). */
export const showSet = command<{ annotator: string }>({
  id: 'show-set',
  needsArgs: true,
  title: 'Show an annotator’s set',
  describe: ({ annotator }) => `Show ${annotator}’s set`,
  group: 'Review',
  perform(state, dispatch, services, args) {
    const open = openDocument(state);
    if (!open || !args?.annotator || !open.annotators.includes(args.annotator)) return false;
    if (open.session.state.set.annotator === args.annotator) return false;
    if (dispatch) services.navigate({ screen: 'document', docId: open.doc.id, annotator: args.annotator });
    return true;
  },
});

export const reviewCommands = [showSet];
