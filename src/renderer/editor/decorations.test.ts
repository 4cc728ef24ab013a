import { describe, expect, it } from 'vitest';
import { Schema as PmSchema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import type { AnnotationSet } from '../../shared/model/types';
import { applyOperation, type Operation } from '../../shared/model/operations';
import { SchemaIndex, frConflictNews } from '../../shared/schema';
import { OffsetMap } from '../../shared/text/offsets';
import { blocksToJson, layoutBlocks } from './blocks';
import { allDecorations, annotationsKey, annotationsPlugin, diffDecorations, drawnDecorations, type DrawContext } from './decorations';

const pm = new PmSchema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
const text = "Titre\nPrès de l'université de Tripoli.";
// the second line starts at offset 6 and its paragraph content at position 1 + 5 + 2 = 8;
// "université de Tripoli" is offsets 16..37 (positions 18..39), "Tripoli" 30..37 (positions 32..39)
const fac = { id: 'T1', start: 16, end: 37, text: 'université de Tripoli', label: 'FAC' };
const gpe = { id: 'T2', start: 30, end: 37, text: 'Tripoli', label: 'GPE', source: 'heuristic' as const, confidence: 0.5 };
const base: AnnotationSet = { docId: 'd', annotator: 'a', status: 'new', schema: 'fr-conflict-news@1', entities: [fac, gpe], events: [] };

function setup() {
  const blocks = layoutBlocks(text);
  const ctx: DrawContext = { blocks, map: new OffsetMap(text), schema: new SchemaIndex(frConflictNews), start: 0, end: text.length };
  let state = EditorState.create({ doc: pm.nodeFromJSON(blocksToJson(text, blocks)), plugins: [annotationsPlugin()] });
  state = state.apply(state.tr.setMeta(annotationsKey, { reset: allDecorations(base, ctx) }));
  return { ctx, state };
}

const view = (decos: Decoration[]) =>
  decos
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${d.from}-${d.to} ${attrs['data-id']}${'data-label-end' in attrs ? ' end' : ''}${attrs.class.includes('pending') ? ' pending' : ''}`;
    })
    .sort();

function change(set: AnnotationSet, op: Operation): AnnotationSet {
  const r = applyOperation(set, op);
  if (!r.ok) throw new Error(r.reason);
  return r.set;
}

describe('annotation decorations', () => {
  it('cuts the outer mention where the nested one starts and labels only its last piece', () => {
    const { state } = setup();
    expect(view(drawnDecorations(state))).toEqual(['18-32 T1', '32-39 T1 end', '32-39 T2 end pending']);
  });

  it('puts the shorter of two equal pieces first, so that the inner mention is the inner element', () => {
    const { state } = setup();
    const atTripoli = annotationsKey
      .getState(state)!
      .find(32, 39)
      .filter((d) => d.from === 32 && d.to === 39);
    expect(atTripoli.map((d) => (d.spec as { key: string }).key)).toEqual(['m:T2', 'm:T1']);
  });

  it('leaves the set untouched by a transaction that changes no mention', () => {
    const { state } = setup();
    const before = annotationsKey.getState(state);
    const after = state.apply(state.tr.setMeta('other', true));
    expect(annotationsKey.getState(after)).toBe(before);
  });

  it('after removing the nested mention redraws the outer one in one piece', () => {
    const { ctx, state } = setup();
    const next = change(base, { kind: 'deleteMention', id: 'T2' });
    const meta = diffDecorations(base, next, ctx)!;
    expect(meta).toMatchObject({ removeKeys: expect.arrayContaining(['m:T1', 'm:T2']) });
    const s2 = state.apply(state.tr.setMeta(annotationsKey, meta));
    expect(view(drawnDecorations(s2))).toEqual(['18-39 T1 end']);
  });

  it('redraws an accepted suggestion as not pending and touches nothing for an unchanged set', () => {
    const { ctx, state } = setup();
    const next = change(base, { kind: 'setSource', target: { kind: 'entity', id: 'T2' }, source: 'human' });
    const s2 = state.apply(state.tr.setMeta(annotationsKey, diffDecorations(base, next, ctx)!));
    expect(view(drawnDecorations(s2))).toEqual(['18-32 T1', '32-39 T1 end', '32-39 T2 end']);
    expect(diffDecorations(next, next, ctx)).toBeNull();
  });

  it('cuts a mention where a trigger inside it starts, so its label stays on its last piece', () => {
    const { ctx, state } = setup();
    // a trigger on "université" (16..26, positions 18..28), inside the FAC mention
    const ev = { id: 'E1', type: 'Conflict.Attack', trigger: { start: 16, end: 26, text: 'université' }, arguments: [] };
    const next = change(base, { kind: 'createEvent', event: ev });
    const s2 = state.apply(state.tr.setMeta(annotationsKey, diffDecorations(base, next, ctx)!));
    expect(view(drawnDecorations(s2))).toEqual(['18-28 E1 end', '18-28 T1', '28-32 T1', '32-39 T1 end', '32-39 T2 end pending']);
  });

  it('outlines every piece of the selected mention, and only its own, and moves the outline with the selection', () => {
    const { ctx, state } = setup();
    const outlined = (st: EditorState) =>
      drawnDecorations(st)
        .filter((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs.class.includes('is-selected'))
        .map((d) => `${d.from}-${d.to} ${(d.spec as { key: string }).key}`)
        .sort();
    const s1 = state.apply(state.tr.setMeta(annotationsKey, diffDecorations(base, base, ctx, { before: null, after: 'T1' })!));
    expect(outlined(s1)).toEqual(['18-32 m:T1', '32-39 m:T1']);
    const s2 = s1.apply(s1.tr.setMeta(annotationsKey, diffDecorations(base, base, ctx, { before: 'T1', after: 'T2' })!));
    expect(outlined(s2)).toEqual(['32-39 m:T2']);
    expect(view(drawnDecorations(s2))).toEqual(view(drawnDecorations(state)));
    expect(diffDecorations(base, base, ctx, { before: 'T2', after: 'T2' })).toBeNull();
  });

  it('draws an event trigger with its type', () => {
    const { ctx, state } = setup();
    const ev = { id: 'E1', type: 'Conflict.Attack', trigger: { start: 6, end: 10, text: 'Près' }, arguments: [] };
    const next = change(base, { kind: 'createEvent', event: ev });
    const s2 = state.apply(state.tr.setMeta(annotationsKey, diffDecorations(base, next, ctx)!));
    expect(view(drawnDecorations(s2))).toContain('8-12 E1 end');
  });

  it('draws a large slice of added suggestions as a rebuild would, leaving what it does not touch as it was drawn', () => {
    const long = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');
    const blocks = layoutBlocks(long);
    const ctx: DrawContext = { blocks, map: new OffsetMap(long), schema: new SchemaIndex(frConflictNews), start: 0, end: long.length };
    const words = [...long.matchAll(/\S+/g)].map((m, i) => ({ id: `T${i + 1}`, start: m.index, end: m.index + m[0].length, text: m[0], label: 'GPE' }));
    // Before: the first word alone, and the whole of words 300-301 (a mention the slice nests into).
    const outer = { id: 'T900', start: words[300].start, end: words[301].end, text: long.slice(words[300].start, words[301].end), label: 'FAC' };
    const before: AnnotationSet = { ...base, entities: [words[0], outer] };
    let state = EditorState.create({ doc: pm.nodeFromJSON(blocksToJson(long, blocks)), plugins: [annotationsPlugin()] });
    state = state.apply(state.tr.setMeta(annotationsKey, { reset: allDecorations(before, ctx) }));
    const slice = words.slice(100, 350);
    const after = change(before, { kind: 'batch', operations: slice.map((mention) => ({ kind: 'addMention' as const, mention })) });
    const meta = diffDecorations(before, after, ctx)!;
    if ('reset' in meta) throw new Error('a slice of additions rebuilt the page');
    // The first word is left as drawn; the outer mention the slice nests into is cut again.
    expect(meta.removeKeys).not.toContain('m:T1');
    expect(meta.removeKeys).toContain('m:T900');
    const drawn = state.apply(state.tr.setMeta(annotationsKey, meta));
    expect(view(drawnDecorations(drawn))).toEqual(view(allDecorations(after, ctx)));
  });
});
