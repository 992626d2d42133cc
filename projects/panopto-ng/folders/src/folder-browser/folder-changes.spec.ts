import { Subject, of, throwError } from 'rxjs';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { FolderTreeStore } from '../folder-tree-store';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS } from '../i18n/folders-texts';
import { PANOPTO_ROOT_FOLDER_ID as ROOT } from '../panopto-models';
import { folderRow } from '../testing-support/folder-rows';
import { ScriptedBackend, f, id } from '../testing-support/scripted-folder-backend';
import { FolderChangesController, FolderChangesHost, FolderDialogRef, folderMoveTargets } from './folder-changes';

describe('FolderChangesController', () => {
  let backend: ScriptedBackend;
  let store: FolderTreeStore;
  let destroyed: Subject<void>;
  let selected: string | null;
  let refs: Record<'create' | 'move' | 'delete', jasmine.SpyObj<FolderDialogRef>>;
  let focus: { activeKey: string | null; focusKey: jasmine.Spy };
  let host: jasmine.SpyObj<FolderChangesHost>;
  let changes: FolderChangesController;
  const row = (folderId: string) =>
    folderRow(folderId, 1, { name: store.getNode(folderId)!.name, parentId: store.getNode(folderId)!.parentId! });

  beforeEach(() => {
    backend = new ScriptedBackend();
    store = new FolderTreeStore(backend);
    store.setRoot(ROOT);
    backend.answer(0, [f(1, 'Arts'), f(2, 'Medicine'), f(3, 'Science')]);
    backend.answer(1, []);
    store.expand(id(1));
    backend.answer(2, [f(11, 'Art 101', 1)]);
    backend.answer(3, []);
    destroyed = new Subject<void>();
    selected = null;
    focus = { activeKey: id(1), focusKey: jasmine.createSpy('focusKey') };
    const ref = () => jasmine.createSpyObj<FolderDialogRef>('dialog', ['open', 'close']);
    refs = { create: ref(), move: ref(), delete: ref() };
    host = jasmine.createSpyObj<FolderChangesHost>(
      'host',
      [
        'selectedId',
        'selectedRow',
        'canCreateAtRoot',
        'dialogRef',
        'detectChanges',
        'markForCheck',
        'announce',
        'setActionError',
        'changed',
        'grant',
        'select',
        'deselect',
      ],
      { store, backend, clock: new FakePanoptoClock(), focus, destroyed, texts: DEFAULT_PANOPTO_FOLDERS_TEXTS },
    );
    host.selectedId.and.callFake(() => selected);
    host.selectedRow.and.callFake(() => (selected ? row(selected) : undefined));
    host.canCreateAtRoot.and.returnValue(false);
    host.dialogRef.and.callFake((kind) => refs[kind === 'rename' ? 'create' : kind]);
    // A dialog that closes tells the controller, as <panopto-folder-dialog (closed)> does.
    Object.values(refs).forEach((r) => r.close.and.callFake(() => changes.onClosed()));
    changes = new FolderChangesController(host);
  });

  afterEach(() => {
    destroyed.next();
    store.ngOnDestroy();
  });

  it('opens a dialog after rendering it, rename with the current name; nothing without a selection', () => {
    changes.open('rename');
    expect(changes.dialog).toBeNull();
    selected = id(2);
    changes.open('rename');
    expect([changes.dialog, changes.dialogName]).toEqual(['rename', 'Medicine']);
    expect(host.detectChanges).toHaveBeenCalledBefore(refs.create.open);
    changes.open('delete');
    expect(changes.dialog).toBe('rename'); // one dialog at a time
  });

  it('creates inside the selected folder: grants, reports, selects, focuses, announces and closes', () => {
    selected = id(1);
    changes.open('create');
    changes.dialogName = 'Art 050';
    changes.submitName();
    const created = store.getChildren(id(1)).find((n) => n.name === 'Art 050')!;
    expect(host.grant).toHaveBeenCalledWith(created.id);
    expect(host.changed).toHaveBeenCalledWith({ kind: 'created', id: created.id, name: 'Art 050', parentId: id(1) });
    expect(host.select).toHaveBeenCalledWith(created.id, true);
    expect(focus.focusKey).toHaveBeenCalledWith(created.id, true);
    expect(host.announce).toHaveBeenCalledWith('Folder Art 050 created.');
    expect(refs.create.close).toHaveBeenCalled();
    expect([changes.dialog, changes.busyAction]).toEqual([null, false]);
    expect(focus.focusKey).toHaveBeenCalledWith(id(1), true); // back on the active row
  });

  it('shows a refusal in the open dialog, or in the banner when no dialog is open', () => {
    selected = id(2);
    backend.update.and.returnValue(throwError(() => new Error('No creator access.')));
    changes.open('rename');
    changes.dialogName = 'Health';
    changes.submitName();
    expect(changes.dialogError).toBe('No creator access.');
    expect(changes.dialog).toBe('rename');
    expect(host.announce).toHaveBeenCalledWith('No creator access.', 'assertive');
    changes.close();
    changes.move(id(2), id(3)); // as drag and drop does
    expect(host.setActionError).toHaveBeenCalledWith('No creator access.');
  });

  it('keeps one change at a time (busyAction) until Panopto answers', () => {
    const answer = new Subject<{ Id: string; Name: string }>();
    backend.update.and.returnValue(answer);
    selected = id(2);
    changes.open('rename');
    changes.dialogName = 'Health';
    changes.submitName();
    expect(changes.busyAction).toBeTrue();
    changes.open('delete');
    expect(changes.dialog).toBe('rename');
    answer.next({ Id: id(2), Name: 'Health' });
    expect(changes.busyAction).toBeFalse();
    expect(host.changed).toHaveBeenCalledWith({ kind: 'renamed', id: id(2), name: 'Health' });
  });

  it('moves to the chosen destination, naming it in the announcement; asks for one when none is chosen', () => {
    selected = id(2);
    changes.open('move');
    expect(changes.moveTargets.map((t) => t.label)).toEqual(['Arts', '— Art 101', 'Science']);
    changes.confirmMove();
    expect(changes.dialogError).toBe('Choose where to move the folder.');
    changes.moveTargetId = id(3);
    changes.confirmMove();
    expect(host.changed).toHaveBeenCalledWith({ kind: 'moved', id: id(2), name: 'Medicine', parentId: id(3) });
    expect(focus.focusKey).toHaveBeenCalledWith(id(2), false);
    expect(host.announce).toHaveBeenCalledWith('Moved Medicine to Science.');
  });

  it('adds Panopto search results for the destination filter (debounced on the clock)', () => {
    const search = spyOn(backend, 'searchFolders').and.returnValue(
      of([{ Id: id(77), Name: 'Law', ParentFolder: { Id: id(70), Name: 'Faculties' } }]),
    );
    selected = id(2);
    changes.open('move');
    changes.onMoveFilter('la');
    expect(search).toHaveBeenCalledWith('la');
    expect(changes.moveTargets.map((t) => t.label)).toEqual(['Law (in Faculties)']);
    changes.moveTargetId = id(77);
    changes.confirmMove();
    expect(host.announce).toHaveBeenCalledWith('Moved Medicine to Law.');
  });

  it('deletes, clears the selection and selects the parent (not the top level)', () => {
    selected = id(11);
    changes.open('delete');
    changes.delete(id(11));
    expect(host.changed).toHaveBeenCalledWith({ kind: 'deleted', id: id(11), name: 'Art 101' });
    expect(host.deselect).toHaveBeenCalledWith(id(11));
    expect(host.select).toHaveBeenCalledWith(id(1), true);
    expect(focus.focusKey).toHaveBeenCalledWith(id(1), true);
    host.select.calls.reset();
    changes.delete(id(3));
    expect(host.select).not.toHaveBeenCalled();
    expect(host.announce).toHaveBeenCalledWith('Folder Science deleted.');
  });
});

describe('folderMoveTargets', () => {
  it('lists loaded folders indented, without the moving one and its subfolders, filtered, then search results', () => {
    const backend = new ScriptedBackend();
    const store = new FolderTreeStore(backend);
    store.setRoot(ROOT);
    backend.answer(0, [f(1, 'Arts'), f(2, 'Science')]);
    backend.answer(1, []);
    store.expand(id(1));
    backend.answer(2, [f(11, 'Art 101', 1)]);
    backend.answer(3, []);
    const none = { filter: '', searchResults: [], includeTopLevel: false };
    expect(folderMoveTargets(store, null, none).map((t) => t.label)).toEqual(['Arts', '— Art 101', 'Science']);
    expect(folderMoveTargets(store, id(1), { ...none, includeTopLevel: true })).toEqual([
      { id: ROOT, label: 'Top level' },
      { id: id(2), label: 'Science' },
    ]);
    expect(folderMoveTargets(store, null, { ...none, filter: ' ART ' }).map((t) => t.label)).toEqual([
      'Arts',
      '— Art 101',
    ]);
    const searchResults = [f(2, 'Science'), f(11, 'Art 101', 1), { Id: id(5), Name: 'Law', ParentFolder: null }];
    expect(folderMoveTargets(store, id(1), { ...none, filter: 'x', searchResults }).map((t) => t.label)).toEqual([
      'Science',
      'Law',
    ]);
    store.ngOnDestroy();
  });
});
