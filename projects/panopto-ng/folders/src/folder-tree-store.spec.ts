import { of, throwError } from 'rxjs';
import { FolderTreeStore } from './folder-tree-store';
import { FolderRow } from './flatten-folder-tree';
import { PANOPTO_ROOT_FOLDER_ID as ROOT } from './panopto-models';
import { ScriptedBackend, f, id } from './testing-support/scripted-folder-backend';

function names(store: FolderTreeStore): string[] {
  return store.rows.map((r) =>
    r.kind === 'folder' ? `${'  '.repeat(r.level - 1)}${r.name}` : `${'  '.repeat(r.level - 1)}[${r.kind}]`,
  );
}

describe('FolderTreeStore', () => {
  let backend: ScriptedBackend;
  let store: FolderTreeStore;

  beforeEach(() => {
    backend = new ScriptedBackend();
    store = new FolderTreeStore(backend);
    store.setRoot(ROOT);
    backend.answer(0, [f(1, 'Arts'), f(2, 'Science')]);
    backend.answer(1, []);
  });

  afterEach(() => store.ngOnDestroy());

  it('loads the top level through every page, stopping at the first empty page', () => {
    expect(backend.calls.map((c) => [c.folderId, c.page])).toEqual([
      [ROOT, 0],
      [ROOT, 1],
    ]);
    expect(names(store)).toEqual(['Arts', 'Science']);
    const arts = store.rows[0] as FolderRow;
    expect([arts.level, arts.setSize, arts.posInSet, arts.expanded, arts.expandable]).toEqual([1, 2, 1, false, true]);
  });

  it('shows children page by page with a loading row until the last page', () => {
    store.expand(id(1));
    expect(names(store)).toEqual(['Arts', '  [loading]', 'Science']);
    expect((store.rows[0] as FolderRow).busy).toBeTrue();
    backend.answer(2, [f(11, 'Art 101', 1)]);
    expect(names(store)).toEqual(['Arts', '  Art 101', '  [loading]', 'Science']);
    backend.answer(3, []);
    expect(names(store)).toEqual(['Arts', '  Art 101', 'Science']);
    expect(store.getLevel(id(11))).toBe(2);
    expect(store.getChildren(id(1)).map((n) => n.name)).toEqual(['Art 101']);
  });

  it('expand → collapse → expand while loading reuses the request in flight (one request)', () => {
    store.expand(id(1));
    store.collapse(id(1));
    store.expand(id(1));
    expect(backend.calls.filter((c) => c.folderId === id(1)).length).toBe(1);
    backend.answer(2, []);
    store.collapse(id(1));
    store.expand(id(1));
    expect(backend.calls.filter((c) => c.folderId === id(1)).length).toBe(1);
  });

  it('collapsing stops further pages; expanding again resumes from the next page', () => {
    store.expand(id(1));
    store.collapse(id(1));
    backend.answer(2, [f(11, 'Art 101', 1)]);
    expect(backend.calls.length).toBe(3);
    expect(store.getNode(id(1))?.loadState).toBe('paused');
    store.expand(id(1));
    expect(backend.calls[3]).toEqual(jasmine.objectContaining({ folderId: id(1), page: 1 }));
  });

  it('marks a folder with no children as a leaf (no aria-expanded)', () => {
    store.expand(id(2));
    backend.answer(2, []);
    const science = store.rows[1] as FolderRow;
    expect(science.expandable).toBeFalse();
    expect(science.expanded).toBeFalse();
  });

  it('shows an error row when a load fails, and retry loads again', () => {
    store.expand(id(1));
    backend.calls[2].subject.error(new Error('Panopto is down'));
    expect(names(store)).toEqual(['Arts', '  [error]', 'Science']);
    expect(store.rows[1]).toEqual(jasmine.objectContaining({ kind: 'error', message: 'Panopto is down' }));
    store.retry(id(1));
    expect(backend.calls.length).toBe(4);
    backend.answer(3, [f(11, 'Art 101', 1)]);
    backend.answer(4, []);
    expect(names(store)).toEqual(['Arts', '  Art 101', 'Science']);
  });

  it('refresh forgets the cache and loads again', () => {
    store.refresh();
    expect(backend.calls.length).toBe(3);
    expect(backend.calls[2]).toEqual(jasmine.objectContaining({ folderId: ROOT, page: 0 }));
  });

  it('rename shows the new name at once and restores the old one when Panopto refuses', () => {
    backend.update.and.returnValue(throwError(() => new Error('No permission')));
    let failed: unknown;
    store.rename(id(1), 'Humanities').subscribe({ error: (e) => (failed = e) });
    expect((failed as Error).message).toBe('No permission');
    expect(names(store)).toEqual(['Arts', 'Science']);
  });

  it('move re-parents at once, refuses moving into a descendant, and rolls back on error', () => {
    store.expand(id(1));
    backend.answer(2, [f(11, 'Art 101', 1)]);
    backend.answer(3, []);
    let refused: unknown;
    store.move(id(1), id(11)).subscribe({ error: (e) => (refused = e) });
    expect(String(refused)).toContain('cannot be moved into itself');
    store.expand(id(2));
    backend.answer(4, []);
    store.move(id(11), id(2)).subscribe();
    expect(names(store)).toEqual(['Arts', 'Science', '  Art 101']);
    expect(backend.update).toHaveBeenCalledWith(id(11), { Parent: id(2) });
    backend.update.and.returnValue(throwError(() => new Error('Refused')));
    store.move(id(11), id(1)).subscribe({ error: () => undefined });
    expect(names(store)).toEqual(['Arts', 'Science', '  Art 101']);
  });

  it('delete removes at once and puts the folder back when Panopto refuses', () => {
    backend.remove.and.returnValue(throwError(() => new Error('Refused')));
    store.delete(id(1)).subscribe({ error: () => undefined });
    expect(names(store)).toEqual(['Arts', 'Science']);
    backend.remove.and.returnValue(of(undefined));
    store.delete(id(1)).subscribe();
    expect(names(store)).toEqual(['Science']);
    expect(store.getNode(id(1))).toBeUndefined();
  });

  it('create inserts the new folder in name order', () => {
    let created = '';
    store.create(ROOT, 'Medicine').subscribe((n) => (created = n.name));
    expect(created).toBe('Medicine');
    expect(names(store)).toEqual(['Arts', 'Medicine', 'Science']);
    let error: unknown;
    store.create(ROOT, '   ').subscribe({ error: (e) => (error = e) });
    expect(String(error)).toContain('Give the folder a name');
  });

  it('exposes getLevel, getChildren and trackBy (independent of FlatTreeControl)', () => {
    expect(store.getLevel(id(1))).toBe(1);
    expect(store.getLevel(ROOT)).toBe(0);
    expect(store.getLevel(id(12345))).toBe(-1);
    expect(store.getChildren(ROOT).map((n) => n.id)).toEqual([id(1), id(2)]);
    expect(store.trackBy(0, store.rows[0])).toBe(id(1));
    const publicSurface = Object.getOwnPropertyNames(FolderTreeStore.prototype);
    expect(publicSurface).not.toContain('treeControl');
  });

  it('revealPath loads and expands the ancestor chain', () => {
    let revealed = '';
    store.revealPath([f(1, 'Arts'), f(11, 'Art 101', 1), f(111, 'Week 1', 11)]).subscribe((n) => (revealed = n.name));
    backend.answer(2, [f(11, 'Art 101', 1)]);
    backend.answer(3, []);
    backend.answer(4, [f(111, 'Week 1', 11)]);
    backend.answer(5, []);
    expect(revealed).toBe('Week 1');
    expect(names(store)).toEqual(['Arts', '  Art 101', '    Week 1', 'Science']);
  });
});
