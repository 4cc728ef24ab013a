import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Text from files is never inserted as HTML: no code of the renderer (nor of the shared code it runs)
 * hands a string to an API that parses HTML. Article text reaches the editor only as ProseMirror text
 * nodes (src/renderer/editor/blocks.ts) and React text children, which are never parsed.
 *
 * A grep, not a type analysis: it forbids the HTML-parsing APIs outright. TipTap parses a *string*
 * given to setContent / insertContent as HTML, so those are flagged too; a call given JSON nodes is
 * safe: mark its line with `html-sink-checked: <why>` after review.
 */
const SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML', /\b(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['iframe srcdoc', /\bsrcdoc\b/i],
  ['DOMParser', /\bDOMParser\b|\bparseFromString\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(setHTMLUnsafe|parseHTMLUnsafe)\b/],
  ['TipTap content from a string', /\b(setContent|insertContent|insertContentAt)\s*\(/],
];
const REVIEWED = /html-sink-checked:\s*\S/;

function findHtmlSinks(source: string): { line: number; sink: string }[] {
  const found: { line: number; sink: string }[] = [];
  source.split('\n').forEach((text, i) => {
    if (REVIEWED.test(text)) return;
    for (const [sink, pattern] of SINKS) if (pattern.test(text)) found.push({ line: i + 1, sink });
  });
  return found;
}

const root = join(import.meta.dirname, '..', '..');
const sourceFiles = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|html)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(root, folder, f));

describe('no HTML sinks', () => {
  it('finds none in the renderer and the shared code', () => {
    const files = [...sourceFiles('src/renderer'), ...sourceFiles('src/shared')];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => findHtmlSinks(readFileSync(file, 'utf8')).map((s) => `${relative(root, file)}:${s.line} ${s.sink}`));
    expect(found).toEqual([]);
  });

  it('catches each sink when one is planted, and lets a reviewed line pass', () => {
    const planted = [
      'el.innerHTML = text;',
      'node.outerHTML',
      "el.insertAdjacentHTML('beforeend', text)",
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'document.write(text)',
      'range.createContextualFragment(text)',
      'frame.srcdoc = text',
      "new DOMParser().parseFromString(text, 'text/html')",
      'el.setHTMLUnsafe(text)',
      'editor.commands.setContent(text)',
      'editor.chain().insertContent(`<p>${text}</p>`)',
    ];
    for (const line of planted) expect(findHtmlSinks(line), line).toHaveLength(1);
    expect(findHtmlSinks('editor.commands.setContent(json); // html-sink-checked: JSON text nodes, never parsed')).toEqual([]);
    expect(findHtmlSinks("content: [{ type: 'text', text }]\nel.textContent = text")).toEqual([]);
  });
});
