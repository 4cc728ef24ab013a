import { strToU8, zipSync } from 'fflate';
import type { GoldRecord } from '../../shared/model/types';
import { metaWithFigures, type WorkFigures } from '../../shared/model/work-figures';
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

/** Each record's meta with its annotator's work figures, where some were recorded (docs/gold-jsonl.md). */
export function withWorkFigures(records: GoldRecord[], stats: Array<WorkFigures & { docId: string; annotator: string }>): GoldRecord[] {
  const byKey = new Map(stats.map((s) => [`${s.docId}\u0000${s.annotator}`, s]));
  return records.map((r) => {
    const figures = byKey.get(`${r.id}\u0000${r.annotator}`);
    return figures ? { ...r, meta: metaWithFigures(r.meta, figures) } : r;
  });
}

/** One file to save: the format's single file as it is, several files zipped into one `.zip`. */
export function buildExport(records: GoldRecord[], format: Format, schema: Schema, includePending: boolean): ExportFile {
  const { files, warnings } = format.exportRecords(records, schema, { includePending });
  if (files.length === 1) return { name: files[0].name, content: files[0].content, warnings };
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
  return { name: `glose-${format.id}.zip`, content: zipped, warnings };
}
