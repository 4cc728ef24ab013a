import { loadTextDocument } from '../../shared/text/load';
import type { Doc } from '../../shared/model/types';

/** The five default articles, bundled at build time so the web build needs no file access. */
const files = import.meta.glob('../../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function seedDocuments(): Doc[] {
  const encoder = new TextEncoder();
  const docs: Doc[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const loaded = loadTextDocument(path.split('/').pop() ?? path, encoder.encode(text));
    if (loaded.ok) docs.push(loaded.doc);
  }
  return docs;
}
