import { z } from 'zod';
import { entityShape, eventShape } from '../formats/gold-jsonl';
import type { Operation } from '../model/operations';
import { STATUSES } from '../model/types';
import { MAX_PUSH, ROLES, type SignInRequest, type SyncOperation } from './protocol';

/**
 * The shapes the server checks every request body against before anything reaches the pure model:
 * `applyOperation` trusts its input to be an Operation, a request body is only JSON.
 */

const target = z.object({ kind: z.enum(['entity', 'event']), id: z.string().min(1) });
const argument = z.object({ role: z.string().min(1), entity: z.string().min(1) });
const index = z.number().int().min(0).optional();

const simpleOperation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('addMention'), mention: entityShape, index }),
  z.object({ kind: z.literal('deleteMention'), id: z.string().min(1) }),
  z.object({ kind: z.literal('relabelMention'), id: z.string().min(1), label: z.string().min(1) }),
  z.object({ kind: z.literal('resizeMention'), id: z.string().min(1), start: z.number().int(), end: z.number().int(), text: z.string() }),
  z.object({ kind: z.literal('createEvent'), event: eventShape, index }),
  z.object({ kind: z.literal('deleteEvent'), id: z.string().min(1) }),
  z.object({ kind: z.literal('retypeEvent'), id: z.string().min(1), type: z.string().min(1) }),
  z.object({ kind: z.literal('setArgument'), eventId: z.string().min(1), argument, index }),
  z.object({ kind: z.literal('clearArgument'), eventId: z.string().min(1), argument }),
  z.object({ kind: z.literal('setAttribute'), target, name: z.string().min(1), value: z.unknown() }),
  z.object({ kind: z.literal('setSource'), target, source: z.enum(['human', 'heuristic']).optional(), confidence: z.number().min(0).max(1).optional() }),
  z.object({ kind: z.literal('setStatus'), status: z.enum(STATUSES) }),
]);

/** Batches nest (an undo of a batch is a batch); deeper than this is not something the app writes. */
const MAX_DEPTH = 8;

/** A bulk edit over a corpus is one batch of many operations: allowed, within reason. */
const MAX_BATCH = 200_000;

function operationAt(depth: number): z.ZodType<Operation> {
  if (depth >= MAX_DEPTH) return simpleOperation as z.ZodType<Operation>;
  const nested = z.lazy(() => operationAt(depth + 1));
  const batch = z.object({ kind: z.literal('batch'), label: z.string().optional(), operations: z.array(nested).max(MAX_BATCH) });
  return z.union([simpleOperation, batch]) as z.ZodType<Operation>;
}

export const operationShape = operationAt(0);

/** Operation ids are UUIDs (crypto.randomUUID on the client). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const syncOperationShape = z.object({
  id: z.string().regex(UUID, 'an operation id is a UUID'),
  docId: z.string().min(1),
  annotator: z.string().min(1),
  operation: operationShape,
  at: z.number(),
});

/** A push's envelope; each operation is checked on its own (syncOperationShape), so that one bad operation is refused, not the push. */
export const pushRequestShape = z.object({ operations: z.array(z.unknown()).max(MAX_PUSH) });

/** The operation, or why it is not one, with the id to answer under. */
export function readSyncOperation(data: unknown, index: number): { op: SyncOperation } | { id: string; reason: string } {
  const parsed = syncOperationShape.safeParse(data);
  if (parsed.success) return { op: parsed.data as SyncOperation };
  const id = (data as { id?: unknown } | null)?.id;
  return { id: typeof id === 'string' ? id : `#${index}`, reason: `not an operation: ${shapeProblem(parsed.error)}` };
}

export const signInShape: z.ZodType<SignInRequest> = z.object({ name: z.string().min(1), password: z.string().min(1) });

/** A person's name is also the annotator of their sets: no `gold`, nothing blank. */
export const userNameShape = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((n) => n !== 'gold', 'gold is the adjudicated set, not a person');

export const newUserShape = z.object({ name: userNameShape, role: z.enum(ROLES), password: z.string().min(8, 'a password has at least 8 characters') });

export const assignRequestShape = z.union([
  z.object({ assignments: z.array(z.object({ docId: z.string().min(1), annotator: z.string().min(1) })).max(100_000) }),
  z.object({ balanced: z.object({ perDocument: z.number().int().min(1), annotators: z.array(z.string().min(1)).min(1) }) }),
]);

/** Why a body does not have the shape asked for, in one line. */
export function shapeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'body';
  return `${where}: ${issue?.message ?? 'not valid'}`;
}
