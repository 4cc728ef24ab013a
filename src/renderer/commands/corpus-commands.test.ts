import { describe, expect, it } from 'vitest';
import { corpusRow, harness } from './test-kit';

// Sorted by title (the default): Alger, Benghazi, Derna.
const rows = [corpusRow('d2', 'Derna'), corpusRow('d0', 'Benghazi', { status: 'done' }), corpusRow('d1', 'Alger')];
const onCorpus = () => harness({ route: { screen: 'corpus' }, rows });
const press = (h: ReturnType<typeof harness>, id: string) => h.services.run(id);

describe('corpus list commands', () => {
  it('the arrow keys first bring the keyboard to the list, then move down and up the rows in the order shown', () => {
    const h = onCorpus();
    expect(press(h, 'corpus-next')).toBe(true);
    expect(h.app.get().corpus).toMatchObject({ cursor: 'd1', focused: true });
    press(h, 'corpus-next');
    expect(h.app.get().corpus.cursor).toBe('d0');
    press(h, 'corpus-next');
    expect(h.app.get().corpus.cursor).toBe('d2');
    // At the end the key declines, and the browser has it.
    expect(h.services.enabled('corpus-next')).toBe(false);
    press(h, 'corpus-previous');
    expect(h.app.get().corpus.cursor).toBe('d0');
  });

  it('Home and End go to the first and the last row; away from the list, a key comes back to the cursor’s row first', () => {
    const h = onCorpus();
    press(h, 'corpus-last');
    expect(h.app.get().corpus.cursor).toBe('d1');
    press(h, 'corpus-next');
    press(h, 'corpus-last');
    expect(h.app.get().corpus.cursor).toBe('d2');
    press(h, 'corpus-first');
    expect(h.app.get().corpus.cursor).toBe('d1');
    h.services.corpusList.moveCursor('d0', false);
    press(h, 'corpus-next');
    expect(h.app.get().corpus).toMatchObject({ cursor: 'd0', focused: true });
  });

  it('Enter opens the focused row, and only while the list has the focus', () => {
    const h = onCorpus();
    expect(h.services.enabled('open-focused-document')).toBe(false);
    h.services.corpusList.moveCursor('d0', false);
    expect(h.services.enabled('open-focused-document')).toBe(false);
    h.services.corpusList.moveCursor('d0', true);
    expect(press(h, 'open-focused-document')).toBe(true);
    expect(h.services.navigate).toHaveBeenCalledWith({ screen: 'document', docId: 'd0' });
  });

  it('a column sorts ascending, the same column again turns the order round', () => {
    const h = onCorpus();
    h.services.run('sort-corpus', { column: 'mentions' });
    expect(h.services.corpusList.setSort).toHaveBeenLastCalledWith({ column: 'mentions', direction: 'asc' });
    h.services.run('sort-corpus', { column: 'title' });
    expect(h.services.corpusList.setSort).toHaveBeenLastCalledWith({ column: 'title', direction: 'desc' });
    expect(h.services.enabled('sort-corpus', { column: 'colour' })).toBe(false);
  });

  it('the list follows its order: sorted by title descending, Down starts at the last title', () => {
    const h = onCorpus();
    h.app.update((s) => ({ corpus: { ...s.corpus, sort: { column: 'title', direction: 'desc' } } }));
    press(h, 'corpus-next');
    expect(h.app.get().corpus.cursor).toBe('d2');
  });

  it('removing asks first: the named document, or the focused row; never a document not in the list', () => {
    const h = onCorpus();
    expect(h.services.run('remove-document', { docId: 'd2' })).toBe(true);
    expect(h.services.showDialog).toHaveBeenLastCalledWith({ kind: 'remove-document', docId: 'd2' });
    expect(h.services.enabled('remove-document')).toBe(false);
    h.services.corpusList.moveCursor('d0', true);
    expect(h.services.run('remove-document')).toBe(true);
    expect(h.services.showDialog).toHaveBeenLastCalledWith({ kind: 'remove-document', docId: 'd0' });
    expect(h.services.enabled('remove-document', { docId: 'nowhere' })).toBe(false);
    h.app.update({ progress: { title: 'Pre-annotating', done: 0, total: 3 } });
    expect(h.services.enabled('remove-document', { docId: 'd2' })).toBe(false);
  });

  it('list commands do nothing in a document', () => {
    const h = harness({ rows });
    for (const id of ['corpus-next', 'corpus-first', 'open-focused-document', 'remove-document']) expect(h.services.enabled(id)).toBe(false);
    expect(h.services.enabled('sort-corpus', { column: 'title' })).toBe(false);
  });
});
