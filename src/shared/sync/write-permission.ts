import { GOLD_ANNOTATOR, type SessionUser } from './protocol';

/**
 * Why this person may not change this set in a team project, or null. Annotators write their own sets
 * of their assigned documents; reviewers and the lead write gold too. The server checks it on every push
 * (src/server/push.ts); the app checks it before a change, so that nothing it would refuse is shown saved.
 */
export function writeRefusal(user: SessionUser, annotator: string, assigned: boolean, docId: string): string | null {
  if (annotator === GOLD_ANNOTATOR) return user.role === 'annotator' ? 'only a reviewer or the lead writes the gold set' : null;
  if (annotator !== user.name) return `you may change your own sets only (this one is ${annotator}'s)`;
  if (user.role === 'annotator' && !assigned) return `document ${docId} is not assigned to you`;
  return null;
}
