import type { Pool, PoolClient } from 'pg';
import type { AnnotationSet } from '../shared/model/types';
import { SchemaIndex } from '../shared/schema/lookup';
import { schemaRef } from '../shared/schema/types';
import { checkOperation } from '../shared/sync/check-operation';
import { type PushOutcome, type PushResponse, type ServerSet, type SyncOperation } from '../shared/sync/protocol';
import { OffsetMap } from '../shared/text/offsets';
import { readSyncOperation } from '../shared/sync/wire-shapes';
import { writeRefusal } from '../shared/sync/write-permission';
import type { Caller } from './auth';
import { inTransaction, takeSeq } from './db';
import { checkingSchema, projectSchemas } from './projects';

/**
 * A push: operations are applied in the order sent, each to its set as the server holds it, and
 * committed in ONE transaction with the sets' new snapshots, so that an answer "committed" means the
 * operation is in the database (a server or database killed before the commit loses the whole push,
 * which the client still holds and sends again). An operation already in the log (a push sent again
 * after its answer was lost) is answered "duplicate" and not applied twice.
 */

interface SetWork {
  docId: string;
  annotator: string;
  ops: { index: number; op: SyncOperation }[];
  set: AnnotationSet;
  /** The project's sequence number of the set's last operation, 0 before the first. */
  seq: number;
  committed: { index: number; op: SyncOperation }[];
  refused: boolean;
}

const setKey = (docId: string, annotator: string) => `${docId}\u0000${annotator}`;

function groupBySet(operations: SyncOperation[]): SetWork[] {
  const groups = new Map<string, SetWork>();
  operations.forEach((op, index) => {
    const key = setKey(op.docId, op.annotator);
    const group = groups.get(key) ?? { docId: op.docId, annotator: op.annotator, ops: [], set: null!, seq: 0, committed: [], refused: false };
    group.ops.push({ index, op });
    groups.set(key, group);
  });
  // Sets are locked in one order by every push, so that two pushes never wait for each other in a circle.
  return [...groups.values()].sort((a, b) => a.docId.localeCompare(b.docId) || a.annotator.localeCompare(b.annotator));
}

/**
 * Locks the set's row until commit, making an empty one first if the set is new: two pushes to a new
 * set then wait for each other instead of both starting from nothing.
 */
async function lockSet(client: PoolClient, projectId: string, group: SetWork, activeSchema: string): Promise<void> {
  const empty: AnnotationSet = { docId: group.docId, annotator: group.annotator, status: 'new', schema: activeSchema, entities: [], events: [] };
  const key = [projectId, group.docId, group.annotator];
  await client.query(
    'INSERT INTO annotation_sets (project_id, doc_id, annotator, snapshot, seq) VALUES ($1, $2, $3, $4, 0) ON CONFLICT (project_id, doc_id, annotator) DO NOTHING',
    [...key, JSON.stringify(empty)],
  );
  const r = await client.query<{ snapshot: AnnotationSet; seq: number }>(
    'SELECT snapshot, seq FROM annotation_sets WHERE project_id = $1 AND doc_id = $2 AND annotator = $3 FOR UPDATE',
    key,
  );
  group.set = r.rows[0].snapshot;
  group.seq = r.rows[0].seq;
}

export async function push(pool: Pool, projectId: string, caller: Caller, body: unknown[]): Promise<PushResponse> {
  const read = body.map(readSyncOperation);
  const operations = read.flatMap((r) => ('op' in r ? [r.op] : []));
  return inTransaction(pool, async (client) => {
    const schemas = await projectSchemas(client, projectId);
    const schema = new SchemaIndex(checkingSchema(schemas));
    const groups = groupBySet(operations);
    const outcomes: PushOutcome[] = new Array(operations.length);

    const docIds = [...new Set(groups.map((g) => g.docId))];
    const texts = new Map(
      (await client.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE project_id = $1 AND id = ANY($2)', [projectId, docIds])).rows.map(
        (r) => [r.id, r.text],
      ),
    );
    const assigned = new Set(
      (
        await client.query<{ doc_id: string }>('SELECT doc_id FROM assignments WHERE project_id = $1 AND annotator = $2 AND doc_id = ANY($3)', [
          projectId,
          caller.name,
          docIds,
        ])
      ).rows.map((r) => r.doc_id),
    );
    const writable: SetWork[] = [];
    for (const group of groups) {
      const refusal = texts.has(group.docId)
        ? writeRefusal(caller, group.annotator, assigned.has(group.docId), group.docId)
        : `there is no document ${group.docId} in project ${projectId}`;
      if (refusal) for (const { index, op } of group.ops) outcomes[index] = { id: op.id, result: 'refused', reason: refusal };
      else writable.push(group);
    }
    for (const group of writable) await lockSet(client, projectId, group, schemaRef(schemas.active));
    // Looked up once the sets are locked: a concurrent push of the same operations has committed or not started.
    const ids = operations.map((o) => o.id);
    const logged = new Set(
      (await client.query<{ id: string }>('SELECT id::text FROM operations WHERE id = ANY($1::uuid[])', [ids])).rows.map((r) => r.id.toLowerCase()),
    );
    for (const group of writable) applyGroup(group, texts.get(group.docId)!, schema, logged, outcomes);
    await commitGroups(client, projectId, caller, writable);
    const sets: ServerSet[] = writable.filter((g) => g.refused).map((g) => ({ set: g.set, seq: g.seq }));
    // Outcomes in the order pushed, the operations that were not even shaped like one included.
    let next = 0;
    return { outcomes: read.map((r) => ('op' in r ? outcomes[next++] : { id: r.id, result: 'refused', reason: r.reason })), sets };
  });
}

function applyGroup(group: SetWork, text: string, schema: SchemaIndex, logged: Set<string>, outcomes: PushOutcome[]): void {
  const map = new OffsetMap(text);
  for (const { index, op } of group.ops) {
    const id = op.id.toLowerCase();
    if (logged.has(id)) {
      outcomes[index] = { id: op.id, result: 'duplicate' };
      continue;
    }
    const checked = checkOperation(group.set, op.operation, map, schema);
    if (!checked.ok) {
      outcomes[index] = { id: op.id, result: 'refused', reason: checked.reason };
      group.refused = true;
      continue;
    }
    group.set = checked.set;
    logged.add(id);
    group.committed.push({ index, op });
    outcomes[index] = { id: op.id, result: 'committed' };
  }
}

/** Writes the new snapshots and the log, numbered in the order the operations were pushed. */
async function commitGroups(client: PoolClient, projectId: string, caller: Caller, groups: SetWork[]): Promise<void> {
  const committed = groups.flatMap((g) => g.committed).sort((a, b) => a.index - b.index);
  if (!committed.length) return;
  const first = await takeSeq(client, projectId, committed.length);
  const seqOf = new Map(committed.map((c, i) => [c.index, first + i]));
  for (const g of groups.filter((g) => g.committed.length)) {
    g.seq = seqOf.get(g.committed.at(-1)!.index)!;
    await client.query(
      `UPDATE annotation_sets SET snapshot = $4, seq = $5, operations = operations + $6, updated_at = now()
       WHERE project_id = $1 AND doc_id = $2 AND annotator = $3`,
      [projectId, g.docId, g.annotator, JSON.stringify(g.set), g.seq, g.committed.length],
    );
  }
  await client.query(
    `INSERT INTO operations (project_id, seq, id, doc_id, annotator, pushed_by, operation, client_at)
     SELECT $1, o.seq, o.id, o.doc, o.who, $2, o.op::json, o.at FROM unnest($3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::bigint[]) AS o(seq, id, doc, who, op, at)`,
    [
      projectId,
      caller.id,
      committed.map((c) => seqOf.get(c.index)),
      committed.map((c) => c.op.id),
      committed.map((c) => c.op.docId),
      committed.map((c) => c.op.annotator),
      committed.map((c) => JSON.stringify(c.op.operation)),
      committed.map((c) => Math.round(c.op.at)),
    ],
  );
}
