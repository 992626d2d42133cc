import { Subject, of, throwError } from 'rxjs';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { FolderSearchState, loadAncestorChain, searchFolders } from './folder-search';
import { FolderTreeError } from './folder-tree-error';
import { PanoptoFolderShape } from './panopto-models';
import { ScriptedBackend, f, id } from './testing-support/scripted-folder-backend';

describe('searchFolders', () => {
  let clock: FakePanoptoClock;
  let backend: ScriptedBackend;
  let queries: Subject<string>;
  let states: FolderSearchState[];

  beforeEach(() => {
    clock = new FakePanoptoClock();
    backend = new ScriptedBackend();
    queries = new Subject<string>();
    states = [];
    searchFolders(queries, backend, 300, clock).subscribe((s) => states.push(s));
  });

  it('waits 300 ms on the clock after the last keystroke, and ignores a repeat', () => {
    const search = spyOn(backend, 'searchFolders').and.returnValue(of([f(1, 'ENG 101')]));
    queries.next('E');
    clock.tick(200);
    queries.next(' EN ');
    clock.tick(299);
    expect(search).not.toHaveBeenCalled();
    clock.tick(1);
    expect(search).toHaveBeenCalledOnceWith('EN');
    expect(states.map((s) => s.status)).toEqual(['searching', 'done']);
    queries.next('EN');
    clock.tick(300);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('drops the answer of a query typed past, reports failures in words and clears on empty', () => {
    const first = new Subject<PanoptoFolderShape[]>();
    spyOn(backend, 'searchFolders').and.returnValues(
      first,
      of([f(2, 'Medicine')]),
      throwError(() => new Error('Search is resting.')),
    );
    queries.next('Arts');
    clock.tick(300);
    queries.next('Med');
    clock.tick(300);
    first.next([f(1, 'Arts')]);
    expect(states[states.length - 1]).toEqual({ status: 'done', query: 'Med', results: [f(2, 'Medicine')] });
    queries.next('Sci');
    clock.tick(300);
    expect(states[states.length - 1]).toEqual({
      status: 'error',
      query: 'Sci',
      results: [],
      message: 'Search is resting.',
    });
    queries.next('');
    clock.tick(300);
    expect(states[states.length - 1]).toEqual({ status: 'idle', query: '', results: [] });
  });
});

describe('loadAncestorChain', () => {
  it('walks ParentFolder up to the top level and returns the chain from the top down', () => {
    const backend = new ScriptedBackend();
    const folders = new Map([f(3, 'Week 1', 2), f(2, 'Term', 1), f(1, 'Arts')].map((x) => [x.Id, x]));
    spyOn(backend, 'getFolder').and.callFake((folderId: string) => of(folders.get(folderId)!));
    let chain: string[] = [];
    loadAncestorChain(backend, id(3)).subscribe((c) => (chain = c.map((x) => x.Name)));
    expect(chain).toEqual(['Arts', 'Term', 'Week 1']);
    loadAncestorChain(backend, id(3), id(1)).subscribe((c) => (chain = c.map((x) => x.Name)));
    expect(chain).toEqual(['Term', 'Week 1']);
  });

  it('gives up on a cycle with a FolderTreeError coded folder-chain-too-deep', () => {
    const backend = new ScriptedBackend();
    spyOn(backend, 'getFolder').and.callFake((folderId: string) =>
      of({ Id: folderId, Name: 'Loop', ParentFolder: { Id: folderId === id(1) ? id(2) : id(1), Name: 'Loop' } }),
    );
    let error: unknown;
    loadAncestorChain(backend, id(1)).subscribe({ error: (e) => (error = e) });
    expect(error).toBeInstanceOf(FolderTreeError);
    expect((error as FolderTreeError).code).toBe('folder-chain-too-deep');
  });
});
