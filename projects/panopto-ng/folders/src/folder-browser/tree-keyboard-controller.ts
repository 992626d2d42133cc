import { PanoptoClock } from 'panopto-ng/core';
import { FolderRow } from '../flatten-folder-tree';
import { FolderTreeStore } from '../folder-tree-store';
import { TreeDirection, TreeTypeahead, isFocusableRow, treeKeyAction } from '../tree-keyboard';
import { TreeFocus } from './tree-focus';

/** What the keyboard needs from the tree it drives. */
export interface TreeKeyboardHost {
  /** The visible rows, the active one, and moving focus. */
  readonly focus: Pick<TreeFocus, 'rows' | 'activeIndex' | 'focusIndex'>;
  /** Expanding, collapsing, and retrying a failed load (an error row was activated). */
  readonly tree: Pick<FolderTreeStore, 'expand' | 'collapse' | 'retry'>;
  /** The user selected the folder. */
  select(row: FolderRow): void;
  /** The user activated the folder (Enter). */
  activate(row: FolderRow): void;
  /** F2 / Delete on a folder: select it and open the rename / delete dialog when allowed. */
  edit(row: FolderRow, kind: 'rename' | 'delete'): void;
}

/**
 * Carries out the WAI-ARIA tree keyboard model on the tree: `treeKeyAction` decides what a key asks for,
 * this class does it (focus, expand, collapse, expand siblings, select, activate, retry), plus type-ahead
 * (`TreeTypeahead`, timed on the clock) and the F2 / Delete shortcuts. Keys from anything but a row or the
 * tree itself (the search box, a dialog) are left alone. Left and Right follow the focused row's computed
 * `direction`, read at each key press, so `dir` on any ancestor works and a switch at run time is honoured.
 */
export class TreeKeyboardController {
  private readonly typeahead: TreeTypeahead;

  constructor(private readonly host: TreeKeyboardHost, clock: Pick<PanoptoClock, 'now'>) {
    this.typeahead = new TreeTypeahead(500, clock);
  }

  /** `keydown` on the tree. */
  onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.matches('[role=treeitem], [role=tree]')) return;
    const { focus, tree } = this.host;
    const rows = focus.rows;
    let index = focus.activeIndex;
    if (index < 0) index = rows.findIndex(isFocusableRow);
    if (index < 0) return;
    if (TreeTypeahead.accepts(event)) {
      const match = this.typeahead.next(rows, index, event.key);
      if (match >= 0) focus.focusIndex(match);
      event.preventDefault();
      return;
    }
    const current = rows[index];
    if ((event.key === 'F2' || event.key === 'Delete') && current?.kind === 'folder') {
      this.host.edit(current, event.key === 'F2' ? 'rename' : 'delete');
      event.preventDefault();
      return;
    }
    const action = treeKeyAction(rows, index, event.key, readingDirection(target));
    if (action.kind === 'none') return;
    event.preventDefault();
    const row = rows[action.index];
    switch (action.kind) {
      case 'focus':
        focus.focusIndex(action.index);
        break;
      case 'expand':
        if (row.kind === 'folder') tree.expand(row.id);
        break;
      case 'collapse':
        if (row.kind === 'folder') tree.collapse(row.id);
        break;
      case 'expandSiblings':
        for (const sibling of rows)
          if (sibling.kind === 'folder' && sibling.parentId === row.parentId && sibling.expandable)
            tree.expand(sibling.id);
        break;
      case 'activate':
        if (row.kind === 'error') tree.retry(row.parentId);
        else if (row.kind === 'folder') {
          this.host.select(row);
          if (event.key === 'Enter') this.host.activate(row);
        }
        break;
    }
  }
}

/**
 * The element's computed reading direction. Read from the element rather than an input, so `dir` on the
 * page, an ancestor or the tree itself all count, as does CSS `direction`. Key presses only happen in a
 * browser; without a window (server render) it is `'ltr'`.
 */
function readingDirection(element: HTMLElement): TreeDirection {
  const view = element.ownerDocument?.defaultView;
  return view?.getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
}
