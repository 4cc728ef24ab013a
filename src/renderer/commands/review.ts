import type { Take } from '../../shared/review/decisions';
import { isBusy, openDocument, type AppState } from '../services/app-store';
import type { Services } from '../services/services';
import { command } from './registry';

/**
 * What reviewers do: look at other annotators' sets, compare them, walk the disagreements and decide
 * them into the gold set. Decisions are steps of the gold set's session (services.review), so they are
 * stored and undone like any edit; `dispatch` only says "act" here.
 */

const REVIEW = 'screen == review';

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

/** The review: from a document, its comparison; elsewhere, the overview of every document. */
export const showReview = command({
  id: 'review',
  title: 'Review',
  group: 'Review',
  keys: ['Alt+V'],
  toolbar: ['corpus', 'document', 'review'],
  perform(state, dispatch, services) {
    const { route } = state;
    if (route.screen === 'review' && route.view === 'overview') return false;
    if (dispatch)
      services.navigate(route.screen === 'document' ? { screen: 'review', view: 'document', docId: route.docId } : { screen: 'review', view: 'overview' });
    return true;
  },
});

export const showAgreement = command({
  id: 'review-agreement',
  title: 'Agreement',
  group: 'Review',
  keys: ['Alt+G'],
  toolbar: ['review'],
  perform(state, dispatch, services) {
    if (state.route.screen === 'review' && state.route.view === 'agreement') return false;
    if (dispatch) services.navigate({ screen: 'review', view: 'agreement' });
    return true;
  },
});

export const exportGold = command({
  id: 'review-export-gold',
  title: 'Export gold…',
  group: 'Review',
  toolbar: ['review'],
  perform(state, dispatch, services) {
    if (isBusy(state) || state.route.screen !== 'review') return false;
    if (dispatch) void services.review.exportGold();
    return true;
  },
});

const onComparison = (state: AppState, services: Services) => state.route.screen === 'review' && services.review.compared() !== null;

function queueMove(id: string, title: string, direction: 1 | -1, keys: string[]) {
  return command({
    id,
    title,
    group: 'Review',
    keys,
    when: REVIEW,
    perform(state, dispatch, services) {
      if (state.route.screen !== 'review' || state.route.view === 'agreement') return false;
      if (dispatch) void services.review.move(direction);
      return true;
    },
  });
}

export const nextDisagreement = queueMove('review-next', 'Next disagreement', 1, ['N', 'J']);
export const previousDisagreement = queueMove('review-previous', 'Previous disagreement', -1, ['Shift+N', 'K']);

/** A decision on the shown disagreement; `take(services)` says whose versions, null when there is no such version. */
function decision(id: string, title: string, keys: string[], take: (services: Services) => Take | null) {
  return command({
    id,
    title,
    group: 'Review',
    keys,
    when: REVIEW,
    perform(state, dispatch, services) {
      const chosen = onComparison(state, services) && services.review.current() ? take(services) : null;
      if (!chosen) return false;
      if (dispatch) services.review.take(chosen, title.toLowerCase());
      return true;
    },
  });
}

const nth = (n: number) => (services: Services) => {
  const annotator = services.review.compared()?.annotators[n];
  return annotator ? { annotators: [annotator] } : null;
};

export const takeA = decision('review-take-a', 'Take A', ['A', '1'], nth(0));
export const takeB = decision('review-take-b', 'Take B', ['B', '2'], nth(1));
export const takeBoth = decision('review-take-both', 'Take both', ['T'], () => 'all');
export const takeNone = decision('review-take-none', 'Take none', ['X'], () => 'none');

/** Any compared annotator's version (the buttons of a third or later annotator). */
export const takeAnnotator = command<{ annotator: string }>({
  id: 'review-take',
  needsArgs: true,
  title: 'Take an annotator’s version',
  describe: ({ annotator }) => `Take ${annotator}`,
  group: 'Review',
  perform(state, dispatch, services, args) {
    const c = services.review.compared();
    if (!onComparison(state, services) || !services.review.current() || !c?.annotators.includes(args?.annotator)) return false;
    if (dispatch) services.review.take({ annotators: [args.annotator] }, `take ${args.annotator}`);
    return true;
  },
});

export const editGold = command({
  id: 'review-edit',
  title: 'Edit in the gold set',
  group: 'Review',
  keys: ['E'],
  when: REVIEW,
  perform(state, dispatch, services) {
    if (!onComparison(state, services)) return false;
    if (dispatch) services.review.edit();
    return true;
  },
});

export const commentDecision = command({
  id: 'review-comment',
  title: 'Comment on the decision',
  group: 'Review',
  keys: ['C'],
  when: REVIEW,
  perform(state, dispatch, services) {
    if (!onComparison(state, services) || !services.review.current()) return false;
    if (dispatch) services.review.focusComment();
    return true;
  },
});

export const toggleLayout = command({
  id: 'review-layout',
  title: 'Side by side / merged',
  group: 'Review',
  keys: ['L'],
  when: REVIEW,
  perform(state, dispatch, services) {
    if (!onComparison(state, services)) return false;
    if (dispatch) void services.review.changeSettings({ layout: services.review.get().settings.layout === 'side' ? 'merged' : 'side' });
    return true;
  },
});

/** Undo and redo of decisions on the review screen (the editor's own undo works on the open document). */
export const undoDecision = command({
  id: 'review-undo',
  title: 'Undo decision',
  group: 'Review',
  keys: ['Mod+Z'],
  when: REVIEW,
  weight: 10,
  perform(state, dispatch, services) {
    if (!onComparison(state, services) || !services.review.canUndo()) return false;
    if (dispatch) services.review.history('undo');
    return true;
  },
});

export const redoDecision = command({
  id: 'review-redo',
  title: 'Redo decision',
  group: 'Review',
  keys: ['Mod+Shift+Z', 'Mod+Y'],
  when: REVIEW,
  weight: 10,
  perform(state, dispatch, services) {
    if (!onComparison(state, services) || !services.review.canRedo()) return false;
    if (dispatch) services.review.history('redo');
    return true;
  },
});

export const reviewCommands = [
  showSet,
  showReview,
  showAgreement,
  exportGold,
  nextDisagreement,
  previousDisagreement,
  takeA,
  takeB,
  takeBoth,
  takeNone,
  takeAnnotator,
  editGold,
  commentDecision,
  toggleLayout,
  undoDecision,
  redoDecision,
];
