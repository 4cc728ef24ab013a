import { useSyncExternalStore } from 'react';
import { useServices } from '../hooks/use-services';
import type { ReviewCorpusState } from '../services/review-corpus';
import type { ReviewState } from '../services/review-service';

/** The review's state, rendering again on every change. */
export function useReview(): ReviewState {
  const { review } = useServices();
  return useSyncExternalStore(review.subscribe, review.get);
}

/** The corpus side of the review (overview, agreement). */
export function useReviewCorpus(): ReviewCorpusState {
  const { review } = useServices();
  return useSyncExternalStore(review.corpus.subscribe, review.corpus.get);
}
