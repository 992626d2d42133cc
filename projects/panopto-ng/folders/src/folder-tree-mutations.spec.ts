import { Subject, throwError } from 'rxjs';
import { FolderNodeGraph } from './folder-node-graph';
import { FolderTreeError } from './folder-tree-error';
import { FolderTreeMutationHost, FolderTreeMutations } from './folder-tree-mutations';
import { PANOPTO_ROOT_FOLDER_ID as ROOT, PanoptoFolderShape } from './panopto-models';
import { ScriptedBackend, f, id } from './testing-support/scripted-folder-backend';

describe('FolderTreeMutations', () => {
  let graph: FolderNodeGraph;
  let backend: ScriptedBackend;
  let host: jasmine.SpyObj<FolderTreeMutationHost>;
  let mutations: FolderTreeMutations;
  const childNames = (parentId: string) => graph.getChildren(parentId).map((n) => n.name);
  const codeOf = (source: { subscribe: (o: { error: (e: unknown) => void }) => unknown }) => {
    let code: string | undefined;
    source.subscribe({ error: (e) => (code = (e as FolderTreeError).code) });
    return code;
  };

  beforeEach(() => {
    graph = new FolderNodeGraph(ROOT);
    // Root > Arts (> Art 101), Medicine, Science (children not loaded)
    graph.get(ROOT)!.childIds = ['Arts', 'Medicine', 'Science'].map((name, i) => graph.upsert(f(i + 1, name), ROOT).id);
    graph.get(id(1))!.childIds = [graph.upsert(f(11, 'Art 101', 1), id(1)).id];
    backend = new ScriptedBackend();
    host = jasmine.createSpyObj<FolderTreeMutationHost>('host', ['emit', 'expand', 'forgetSubtree']);
    host.forgetSubtree.and.callFake((x) => graph.forgetSubtree(x, () => undefined));
    mutations = new FolderTreeMutations(graph, backend, host);
  });

  it('create sends a trimmed name (no parent at the top level) and inserts the folder in name order', () => {
    const create = spyOn(backend, 'createFolder').and.callThrough();
    mutations.create(ROOT, '  Law ').subscribe();
    expect(create).toHaveBeenCalledWith('Law', null);
    expect(childNames(ROOT)).toEqual(['Arts', 'Law', 'Medicine', 'Science']);
    expect(host.expand).toHaveBeenCalledWith(ROOT);
    expect(host.emit).toHaveBeenCalled();
    mutations.create(id(1), 'Art 050').subscribe();
    expect(create).toHaveBeenCalledWith('Art 050', id(1));
  });

  it('refuses an empty name and an unknown folder before calling Panopto, with stable codes', () => {
    expect(codeOf(mutations.create(ROOT, '   '))).toBe('folder-name-required');
    expect(codeOf(mutations.rename(id(1), ''))).toBe('folder-name-required');
    expect(codeOf(mutations.rename(id(77), 'X'))).toBe('folder-not-in-tree');
    expect(codeOf(mutations.move(id(77), ROOT))).toBe('folder-not-in-tree');
    expect(codeOf(mutations.delete(ROOT))).toBe('folder-not-in-tree');
    expect(codeOf(mutations.move(id(1), id(11)))).toBe('folder-move-into-itself');
    expect(backend.update).not.toHaveBeenCalled();
  });

  it('rename shows the new name before Panopto answers, then keeps Panopto’s spelling', () => {
    const answer = new Subject<PanoptoFolderShape>();
    backend.update.and.returnValue(answer);
    mutations.rename(id(2), 'Health').subscribe();
    expect(graph.get(id(2))!.name).toBe('Health');
    answer.next({ Id: id(2), Name: 'Health Sciences' });
    expect(graph.get(id(2))!.name).toBe('Health Sciences');
  });

  it('move re-parents at once and puts the folder back at its old position when Panopto refuses', () => {
    const answer = new Subject<PanoptoFolderShape>();
    backend.update.and.returnValue(answer);
    let failed: unknown;
    mutations.move(id(2), id(1)).subscribe({ error: (e) => (failed = e) });
    expect(backend.update).toHaveBeenCalledWith(id(2), { Parent: id(1) });
    expect(childNames(ROOT)).toEqual(['Arts', 'Science']);
    expect(childNames(id(1))).toEqual(['Art 101', 'Medicine']);
    answer.error(new Error('Refused'));
    expect((failed as Error).message).toBe('Refused');
    expect(childNames(ROOT)).toEqual(['Arts', 'Medicine', 'Science']);
    expect(childNames(id(1))).toEqual(['Art 101']);
    expect(graph.get(id(2))!.parentId).toBe(ROOT);
  });

  it('a move to the current parent is a no-op that succeeds without a call', () => {
    let moved = '';
    mutations.move(id(2), ROOT).subscribe((n) => (moved = n.name));
    expect(moved).toBe('Medicine');
    expect(backend.update).not.toHaveBeenCalled();
  });

  it('delete removes at once, forgets the subtree on success and restores the position on refusal', () => {
    backend.remove.and.returnValue(throwError(() => new Error('Retention')));
    mutations.delete(id(2)).subscribe({ error: () => undefined });
    expect(childNames(ROOT)).toEqual(['Arts', 'Medicine', 'Science']);
    expect(host.forgetSubtree).not.toHaveBeenCalled();
    const answer = new Subject<void>();
    backend.remove.and.returnValue(answer);
    mutations.delete(id(1)).subscribe();
    expect(childNames(ROOT)).toEqual(['Medicine', 'Science']);
    answer.next();
    answer.complete();
    expect(host.forgetSubtree).toHaveBeenCalledWith(id(1));
    expect(graph.get(id(11))).toBeUndefined();
  });
});
