import { Observable, catchError, map, of, tap, throwError } from 'rxjs';
import { PanoptoFolderBackend } from './folder-backend';
import { FolderNode, FolderNodeGraph } from './folder-node-graph';
import { FolderTreeError } from './folder-tree-error';
import { PANOPTO_ROOT_FOLDER_ID } from './panopto-models';

/** What the mutations need from the store that owns the graph. */
export interface FolderTreeMutationHost {
  /** Publishes the changed graph (new rows). */
  emit(): void;
  /** Expands a folder, loading its children if needed. */
  expand(id: string): void;
  /** Forgets a folder and its subtree, cancelling their loads. */
  forgetSubtree(id: string): void;
}

/**
 * Create, rename, move and delete on the folder graph: each change shows at once (optimistic), goes to
 * Panopto through the backend, and is rolled back when Panopto refuses, so the tree never shows a state
 * Panopto does not have. `FolderTreeStore` delegates its management methods here. Internal.
 */
export class FolderTreeMutations {
  constructor(
    private readonly graph: FolderNodeGraph,
    private readonly backend: PanoptoFolderBackend,
    private readonly host: FolderTreeMutationHost,
  ) {}

  /** Creates a folder under `parentId` and inserts it where Panopto's name order puts it. */
  create(parentId: string, name: string): Observable<FolderNode> {
    const clean = name.trim();
    if (!clean) return throwError(() => new FolderTreeError('Give the folder a name.', 'folder-name-required'));
    return this.backend.createFolder(clean, parentId === PANOPTO_ROOT_FOLDER_ID ? null : parentId).pipe(
      map((created) => {
        const parent = this.graph.get(parentId);
        const node = this.graph.upsert(created, parentId);
        if (parent?.childIds) this.graph.insertSorted(parent, node.id);
        // A parent whose children were never loaded loads them now; the new folder is among them.
        if (parent) this.host.expand(parentId);
        this.host.emit();
        return node as FolderNode;
      }),
    );
  }

  /** Renames a folder (shown at once; restored if Panopto refuses). */
  rename(id: string, name: string): Observable<FolderNode> {
    const node = this.graph.get(id);
    const clean = name.trim();
    if (!node) return throwError(() => notInTree());
    if (!clean) return throwError(() => new FolderTreeError('Give the folder a name.', 'folder-name-required'));
    const previous = node.name;
    node.name = clean;
    this.host.emit();
    return this.backend.updateFolder(id, { Name: clean }).pipe(
      map((updated) => {
        node.name = updated?.Name || clean;
        this.host.emit();
        return node as FolderNode;
      }),
      catchError((error) => {
        node.name = previous;
        this.host.emit();
        return throwError(() => error);
      }),
    );
  }

  /** Moves a folder under `newParentId` (the root id moves it to the top level). Restored if Panopto refuses. */
  move(id: string, newParentId: string): Observable<FolderNode> {
    const node = this.graph.get(id);
    if (!node || !node.parentId) return throwError(() => notInTree());
    if (this.graph.isSelfOrDescendant(newParentId, id)) {
      return throwError(
        () =>
          new FolderTreeError(
            `'${node.name}' cannot be moved into itself or one of its own subfolders.`,
            'folder-move-into-itself',
          ),
      );
    }
    if (node.parentId === newParentId) return of(node as FolderNode);
    const oldParent = this.graph.get(node.parentId);
    const oldIndex = oldParent?.childIds?.indexOf(id) ?? -1;
    const newParent = this.graph.get(newParentId);
    this.graph.detach(node);
    node.parentId = newParentId;
    if (newParent?.childIds) this.graph.insertSorted(newParent, id);
    this.host.emit();
    return this.backend.updateFolder(id, { Parent: newParentId }).pipe(
      map(() => node as FolderNode),
      catchError((error) => {
        this.graph.detach(node);
        node.parentId = oldParent?.id ?? null;
        if (oldParent?.childIds && oldIndex >= 0) oldParent.childIds.splice(oldIndex, 0, id);
        this.host.emit();
        return throwError(() => error);
      }),
    );
  }

  /** Deletes a folder and everything in it (removed at once; put back if Panopto refuses). */
  delete(id: string): Observable<void> {
    const node = this.graph.get(id);
    if (!node || !node.parentId) return throwError(() => notInTree());
    const parent = this.graph.get(node.parentId);
    const index = parent?.childIds?.indexOf(id) ?? -1;
    this.graph.detach(node);
    this.host.emit();
    return this.backend.deleteFolder(id).pipe(
      tap(() => this.host.forgetSubtree(id)),
      catchError((error) => {
        if (parent?.childIds && index >= 0) parent.childIds.splice(index, 0, id);
        this.host.emit();
        return throwError(() => error);
      }),
      map(() => undefined),
    );
  }
}

function notInTree(): FolderTreeError {
  return new FolderTreeError('That folder is no longer in the tree.', 'folder-not-in-tree');
}
