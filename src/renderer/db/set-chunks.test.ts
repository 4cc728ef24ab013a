import { describe, expect, it } from 'vitest';
import type { AnnotationSet, EntityMention } from '../../shared/model/types';
import { CUT_EVERY, chunkChanges, chunksOf, manifestOf } from './set-chunks';

const mention = (n: number): EntityMention => ({ id: `T${n}`, start: n * 10, end: n * 10 + 4, text: 'mot', label: 'GPE' });
const setOf = (entities: EntityMention[]): Pick<AnnotationSet, 'entities' | 'events'> => ({ entities, events: [] });
const many = Array.from({ length: 20 * CUT_EVERY }, (_, i) => mention(i + 1));

describe('a set’s items in chunks cut by content', () => {
  it('hold every item once, in order, in several chunks each named by its first item', () => {
    const chunks = chunksOf(many);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.flatMap((c) => c.items)).toEqual(many);
    expect(chunks.map((c) => c.id)).toEqual(chunks.map((c) => c.items[0].id));
  });

  it('a mention added in the middle rewrites only the chunk it falls in, and nothing is deleted', () => {
    const before = setOf(many);
    const middle = chunksOf(many)[3];
    const at = many.indexOf(middle.items[1]);
    const after = setOf([...many.slice(0, at), mention(99_999), ...many.slice(at)]);
    const changes = chunkChanges(before, after);
    expect(changes.put.map((p) => p.chunk.id)).toEqual([middle.id]);
    expect(changes.deleted).toEqual([]);
  });

  it('a mention relabelled in place rewrites its chunk alone; an unchanged set writes nothing', () => {
    const before = setOf(many);
    const at = 7 * CUT_EVERY;
    const after = setOf(many.map((m, i) => (i === at ? { ...m, label: 'LOC' } : m)));
    expect(chunkChanges(before, after).put.map((p) => p.chunk.items.includes(after.entities[at]))).toEqual([true]);
    expect(chunkChanges(before, setOf(many))).toEqual({ put: [], deleted: [] });
  });

  it('a chunk whose every mention is deleted is deleted, and the first mention of a chunk deleted renames it', () => {
    const before = setOf(many);
    const [first, second] = chunksOf(many);
    const after = setOf(many.filter((m) => !first.items.includes(m) && m !== second.items[0]));
    const changes = chunkChanges(before, after);
    expect(changes.deleted.map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    expect(changes.put.map((p) => p.chunk.items)).toEqual([second.items.slice(1)]);
    expect(manifestOf(after).entities[0]).toBe(second.items[1].id);
  });

  it('with nothing stored before, every chunk is written', () => {
    expect(chunkChanges(undefined, setOf(many)).put.length).toBe(chunksOf(many).length);
  });
});
