import { strToU8, zipSync } from 'fflate';
import type { GoldRecord } from '../../shared/model/types';
import type { Format } from '../../shared/formats/registry';
import type { Schema } from '../../shared/schema/types';

export interface ExportFile {
  name: string;
  content: string | Uint8Array;
  warnings: string[];
}

/** Which stored sets go into an export: every annotator's, or one annotator's (often `gold`); all statuses or only finished ones. */
export interface ExportSelection {
  annotator: string | null;
  finishedOnly: boolean;
}

/** What the user chose in the export dialog. */
export interface ExportChoice extends ExportSelection {
  formatId: string;
  includePending: boolean;
}

const FINISHED = new Set(['done', 'adjudicated']);

export function selectRecords(records: GoldRecord[], selection: ExportSelection): GoldRecord[] {
  return records.filter((r) => (selection.annotator === null || r.annotator === selection.annotator) && (!selection.finishedOnly || FINISHED.has(r.status)));
}

/** One file to save: the format's single file as it is, several files zipped into one `.zip`. */
export function buildExport(records: GoldRecord[], format: Format, schema: Schema, includePending: boolean): ExportFile {
  const { files, warnings } = format.exportRecords(records, schema, { includePending });
  if (files.length === 1) return { name: files[0].name, content: files[0].content, warnings };
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
  return { name: `glose-${format.id}.zip`, content: zipped, warnings };
}
