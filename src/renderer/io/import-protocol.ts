import type { GoldRecord, InputError } from '../../shared/model/types';
import type { PickedFile } from '../../shared/platform';
import type { Schema } from '../../shared/schema/types';

export interface ImportRequest {
  files: PickedFile[];
  /** The schema imports are read with (the active one, and what older versions allowed). */
  schema: Schema;
}

/**
 * The worker's replies, in order: the names of the plans to come, then for each plan its records in
 * chunks (one large message would be one long task of the page's thread, unpacking it) and its end.
 */
export type ImportReply =
  | { kind: 'picks'; names: string[] }
  | { kind: 'records'; index: number; records: GoldRecord[] }
  | { kind: 'plan'; index: number; file: string; errors: InputError[]; warnings: string[] }
  | { kind: 'done' };

/** Records per message from the worker. */
export const RECORDS_PER_MESSAGE = 200;
