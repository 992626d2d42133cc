import { FolderTreeRow } from '../flatten-folder-tree';
import { folderRow } from '../testing-support/folder-rows';
import { FolderDragDrop, FolderDragDropHost } from './folder-drag-drop';

const row = (id: string) => folderRow(id, 1, { name: `Folder ${id}`, parentId: 'root', setSize: 3 });
const errorRow: FolderTreeRow = {
  kind: 'error',
  key: 'error:a',
  parentId: 'a',
  parentName: 'A',
  level: 2,
  message: 'Down',
  setSize: 1,
  posInSet: 1,
};

/** A drag event as the browser hands it over mid-drag (a synthetic DataTransfer keeps its effects at 'none'). */
function drag(_type: string): DragEvent & { dataTransfer: { text: string } } {
  let prevented = false;
  const dataTransfer = {
    text: '',
    effectAllowed: 'none',
    dropEffect: 'none',
    setData(_format: string, value: string) {
      this.text = value;
    },
    getData() {
      return this.text;
    },
  };
  return {
    dataTransfer,
    preventDefault: () => (prevented = true),
    get defaultPrevented() {
      return prevented;
    },
  } as unknown as DragEvent & { dataTransfer: { text: string } };
}

describe('FolderDragDrop', () => {
  let host: jasmine.SpyObj<FolderDragDropHost>;
  let dnd: FolderDragDrop;

  beforeEach(() => {
    host = jasmine.createSpyObj<FolderDragDropHost>('host', ['mayDrag', 'isSelfOrDescendant', 'move', 'changed']);
    host.mayDrag.and.callFake((id) => id !== 'locked');
    // 'a-1' lies below 'a'.
    host.isSelfOrDescendant.and.callFake((candidate, id) => candidate === id || candidate.startsWith(`${id}-`));
    dnd = new FolderDragDrop(host);
  });

  it('picks up a folder the user may manage, with its name as the drag text', () => {
    const start = drag('dragstart');
    dnd.start(row('a'), start);
    expect(dnd.dragId).toBe('a');
    expect(start.defaultPrevented).toBeFalse();
    expect(start.dataTransfer.getData('text/plain')).toBe('Folder a');
    expect(start.dataTransfer.effectAllowed).toBe('move');
  });

  it('refuses to pick up a folder the user may not manage, or an error row', () => {
    const locked = drag('dragstart');
    dnd.start(row('locked'), locked);
    expect(locked.defaultPrevented).toBeTrue();
    const error = drag('dragstart');
    dnd.start(errorRow, error);
    expect(error.defaultPrevented).toBeTrue();
    expect(dnd.dragId).toBeNull();
  });

  it('accepts drops outside the dragged subtree, highlights the target once, and moves on drop', () => {
    dnd.start(row('a'), drag('dragstart'));
    const inside = drag('dragover');
    dnd.over(row('a-1'), inside);
    expect(inside.defaultPrevented).toBeFalse();
    const over = drag('dragover');
    dnd.over(row('b'), over);
    dnd.over(row('b'), drag('dragover'));
    expect(over.defaultPrevented).toBeTrue();
    expect(over.dataTransfer.dropEffect).toBe('move');
    expect(dnd.dropTargetId).toBe('b');
    expect(host.changed).toHaveBeenCalledTimes(1);
    const drop = drag('drop');
    dnd.drop(row('b'), drop);
    expect(drop.defaultPrevented).toBeTrue();
    expect(host.move).toHaveBeenCalledOnceWith('a', 'b');
    expect([dnd.dragId, dnd.dropTargetId]).toEqual([null, null]);
  });

  it('leaving the target clears it; dropping on itself or after dragend moves nothing', () => {
    dnd.start(row('a'), drag('dragstart'));
    dnd.over(row('b'), drag('dragover'));
    dnd.leave(row('b'));
    expect(dnd.dropTargetId).toBeNull();
    dnd.drop(row('a'), drag('drop'));
    dnd.start(row('a'), drag('dragstart'));
    dnd.end();
    dnd.drop(row('b'), drag('drop'));
    expect(host.move).not.toHaveBeenCalled();
  });
});
