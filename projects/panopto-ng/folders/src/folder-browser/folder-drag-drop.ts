import { FolderTreeRow } from '../flatten-folder-tree';

/** What dragging folders needs from the browser. */
export interface FolderDragDropHost {
  /** Whether the user may pick this folder up (manage it). */
  mayDrag(folderId: string): boolean;
  /** True when `candidate` is `folderId` or below it (a folder cannot be dropped into itself). */
  isSelfOrDescendant(candidate: string, folderId: string): boolean;
  /** Carries the move out (the same call as the "Move to…" dialog). */
  move(folderId: string, newParentId: string): void;
  /** The drop target changed: render again. */
  changed(): void;
}

/**
 * Native HTML drag and drop of folder rows onto folder rows: which folder is being dragged, which row would
 * take it, and the drop that becomes a move. The keyboard path is the "Move to…" dialog; both end in
 * `host.move`. Headless: the template binds the DOM events to these methods.
 */
export class FolderDragDrop {
  /** The folder being dragged, or null. */
  dragId: string | null = null;
  /** The row a drop would land on (highlighted), or null. */
  dropTargetId: string | null = null;

  constructor(private readonly host: FolderDragDropHost) {}

  /** `dragstart`: only folders the user may manage can be picked up. */
  start(row: FolderTreeRow, event: DragEvent): void {
    if (row.kind !== 'folder' || !this.host.mayDrag(row.id)) {
      event.preventDefault();
      return;
    }
    this.dragId = row.id;
    event.dataTransfer?.setData('text/plain', row.name);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  /** `dragover`: accepts the drop (preventDefault) on any folder outside the dragged one's subtree. */
  over(row: FolderTreeRow, event: DragEvent): void {
    if (!this.dragId || row.kind !== 'folder' || this.host.isSelfOrDescendant(row.id, this.dragId)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.dropTargetId !== row.id) {
      this.dropTargetId = row.id;
      this.host.changed();
    }
  }

  /** `dragleave`: the row is no longer the target. */
  leave(row: FolderTreeRow): void {
    if (row.kind === 'folder' && this.dropTargetId === row.id) this.dropTargetId = null;
  }

  /** `drop`: moves the dragged folder into the row's folder. */
  drop(row: FolderTreeRow, event: DragEvent): void {
    event.preventDefault();
    const dragged = this.dragId;
    this.end();
    if (dragged && row.kind === 'folder' && dragged !== row.id) this.host.move(dragged, row.id);
  }

  /** `dragend` (dropped elsewhere or cancelled). */
  end(): void {
    this.dragId = null;
    this.dropTargetId = null;
  }
}
