import { FakePanoptoClock } from 'panopto-ng/testing';
import { FolderRow, FolderTreeRow } from '../flatten-folder-tree';
import { folderRow } from '../testing-support/folder-rows';
import { TreeKeyboardController, TreeKeyboardHost } from './tree-keyboard-controller';

const folder = (id: string, level: number, extra: Partial<FolderRow> = {}) =>
  folderRow(id, level, { parentId: level === 1 ? 'root' : 'Arts', ...extra });

describe('TreeKeyboardController', () => {
  // Arts (open) > [Art 101, error row], Biology, Chemistry
  const rows: FolderTreeRow[] = [
    folder('Arts', 1, { expanded: true }),
    folder('Art 101', 2),
    {
      kind: 'error',
      key: 'error:Arts',
      parentId: 'Arts',
      parentName: 'Arts',
      level: 2,
      message: 'Down',
      setSize: 2,
      posInSet: 2,
    },
    folder('Biology', 1),
    folder('Chemistry', 1),
  ];
  let clock: FakePanoptoClock;
  let focus: { rows: FolderTreeRow[]; activeIndex: number; focusIndex: jasmine.Spy };
  let tree: jasmine.SpyObj<TreeKeyboardHost['tree']>;
  let host: jasmine.SpyObj<TreeKeyboardHost>;
  let keyboard: TreeKeyboardController;
  let row: HTMLElement;

  function press(key: string, target: HTMLElement = row): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, cancelable: true });
    Object.defineProperty(event, 'target', { value: target });
    keyboard.onKeydown(event);
    return event;
  }

  beforeEach(() => {
    clock = new FakePanoptoClock();
    focus = { rows, activeIndex: 0, focusIndex: jasmine.createSpy('focusIndex') };
    tree = jasmine.createSpyObj<TreeKeyboardHost['tree']>('tree', ['expand', 'collapse', 'retry']);
    host = jasmine.createSpyObj<TreeKeyboardHost>('host', ['select', 'activate', 'edit'], { focus, tree });
    keyboard = new TreeKeyboardController(host, clock);
    row = document.createElement('div');
    row.setAttribute('role', 'treeitem');
  });

  it('moves focus with the arrows and collapses an open folder with Left', () => {
    expect(press('ArrowDown').defaultPrevented).toBeTrue();
    expect(focus.focusIndex).toHaveBeenCalledWith(1);
    press('End');
    expect(focus.focusIndex).toHaveBeenCalledWith(4);
    press('ArrowLeft');
    expect(tree.collapse).toHaveBeenCalledWith('Arts');
  });

  it('Enter selects and activates, Space only selects, Enter on an error row retries', () => {
    press('Enter');
    expect(host.select).toHaveBeenCalledWith(rows[0] as FolderRow);
    expect(host.activate).toHaveBeenCalledWith(rows[0] as FolderRow);
    focus.activeIndex = 3;
    press(' ');
    expect(host.select).toHaveBeenCalledWith(rows[3] as FolderRow);
    expect(host.activate).toHaveBeenCalledTimes(1);
    focus.activeIndex = 2;
    press('Enter');
    expect(tree.retry).toHaveBeenCalledWith('Arts');
  });

  it('* expands every expandable sibling; Right on a closed folder expands it', () => {
    focus.activeIndex = 3;
    press('*');
    expect(tree.expand.calls.allArgs()).toEqual([['Arts'], ['Biology'], ['Chemistry']]);
    press('ArrowRight');
    expect(tree.expand).toHaveBeenCalledWith('Biology');
  });

  describe('in a right-to-left page', () => {
    let page: HTMLElement;
    beforeEach(() => {
      page = document.createElement('div');
      page.setAttribute('dir', 'rtl');
      page.appendChild(row);
      document.body.appendChild(page);
    });
    afterEach(() => page.remove());

    it('Left expands a closed folder and Right collapses an open one (dir on an ancestor)', () => {
      focus.activeIndex = 3;
      press('ArrowLeft');
      expect(tree.expand).toHaveBeenCalledWith('Biology');
      focus.activeIndex = 0;
      press('ArrowRight');
      expect(tree.collapse).toHaveBeenCalledWith('Arts');
      expect(tree.expand).toHaveBeenCalledTimes(1);
    });

    it('reads the direction at each key press, so a switch at run time is honoured', () => {
      focus.activeIndex = 3;
      press('ArrowLeft');
      expect(tree.expand).toHaveBeenCalledTimes(1);
      page.setAttribute('dir', 'ltr');
      press('ArrowLeft');
      expect(tree.expand).toHaveBeenCalledTimes(1);
      press('ArrowRight');
      expect(tree.expand).toHaveBeenCalledTimes(2);
    });
  });

  it('type-ahead jumps by name, timed on the clock', () => {
    press('c');
    expect(focus.focusIndex).toHaveBeenCalledWith(4);
    clock.tick(100);
    press('h'); // "ch": still Chemistry
    expect(focus.focusIndex.calls.mostRecent().args).toEqual([4]);
    clock.tick(600);
    press('b');
    expect(focus.focusIndex.calls.mostRecent().args).toEqual([3]);
  });

  it('F2 and Delete ask to rename / delete the active folder', () => {
    expect(press('F2').defaultPrevented).toBeTrue();
    expect(host.edit).toHaveBeenCalledWith(rows[0] as FolderRow, 'rename');
    focus.activeIndex = 3;
    press('Delete');
    expect(host.edit).toHaveBeenCalledWith(rows[3] as FolderRow, 'delete');
  });

  it('leaves keys from elsewhere (the search box) and unknown keys alone', () => {
    const input = document.createElement('input');
    expect(press('ArrowDown', input).defaultPrevented).toBeFalse();
    expect(press('Tab').defaultPrevented).toBeFalse();
    expect(focus.focusIndex).not.toHaveBeenCalled();
  });
});
