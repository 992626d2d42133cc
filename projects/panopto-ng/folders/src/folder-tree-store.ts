import { Injectable, OnDestroy, inject } from '@angular/core';
import {
  BehaviorSubject,
  Observable,
  Subscription,
  defer,
  filter,
  map,
  of,
  switchMap,
  take,
  tap,
  throwError,
  catchError,
} from 'rxjs';
import { PanoptoFolderBackend } from './folder-backend';
import { describeFolderError } from './describe-error';
import { PANOPTO_ROOT_FOLDER_ID, PanoptoFolderShape } from './panopto-models';
import { FolderTreeRow, flattenFolderTree } from './flatten-folder-tree';

/** Where the children of one folder are in their lazy life. */
export type FolderLoadState = 'idle' | 'loading' | 'paused' | 'loaded' | 'error';

/** One folder the store knows about. Read-only outside the store. */
export interface FolderNode {
  readonly id: string;
  readonly name: string;
  /** `null` only for the tree's root. */
  readonly parentId: string | null;
  /** Child ids in Panopto's order, as far as they are loaded; `null` before the first page arrives. */
  readonly childIds: readonly string[] | null;
  readonly loadState: FolderLoadState;
  /** Readable reason of the last failed load. */
  readonly error: string | null;
  readonly expanded: boolean;
}

interface MutableNode {
  id: string;
  name: string;
  parentId: string | null;
  childIds: string[] | null;
  loadState: FolderLoadState;
  error: string | null;
  expanded: boolean;
  nextPage: number;
}

/** Thrown (as an Observable error) when a change is refused before it reaches Panopto. */
export class FolderTreeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FolderTreeError';
  }
}

/**
 * The lazily loaded folder tree behind `<panopto-folder-browser>`: which folders are known, which are
 * expanded, which children are loading or failed, and the flattened visible rows for the virtual scroller.
 *
 * Plain and UI-free so it can be tested without a component, and independent of `FlatTreeControl` so a later
 * move to the CDK's `levelAccessor`/`childrenAccessor` changes nothing public (`getLevel`, `getChildren`,
 * `trackBy` are the accessors).
 *
 * Children load one page at a time, and each page is shown as it arrives. Expanding a folder whose children
 * are loading reuses that load (expand, collapse, expand = one request); collapsing stops further pages
 * from being requested until the folder is expanded again. Loaded children are cached until `refresh()`.
 *
 * @example
 * ```ts
 * const store = new FolderTreeStore(backend);
 * store.setRoot(PANOPTO_ROOT_FOLDER_ID);
 * store.rows$.subscribe((rows) => render(rows));
 * store.expand(someFolderId);
 * ```
 */
@Injectable()
export class FolderTreeStore implements OnDestroy {
  private readonly nodes = new Map<string, MutableNode>();
  private readonly loads = new Map<string, Subscription>();
  private readonly rowsSubject = new BehaviorSubject<FolderTreeRow[]>([]);
  private readonly changes = new BehaviorSubject<number>(0);
  private rootIdValue = PANOPTO_ROOT_FOLDER_ID;
  private loadListener: ((event: FolderLoadEvent) => void) | null = null;

  /** The flattened visible rows: expanded folders' children, loading and error rows. */
  readonly rows$: Observable<FolderTreeRow[]> = this.rowsSubject.asObservable();

  constructor(private readonly backend: PanoptoFolderBackend = inject(PanoptoFolderBackend)) {
    this.resetRoot();
  }

  /** The current visible rows (same as the last `rows$` value). */
  get rows(): FolderTreeRow[] {
    return this.rowsSubject.value;
  }

  /** Id of the folder whose children are the top-level rows. */
  get rootId(): string {
    return this.rootIdValue;
  }

  /** Registers one listener for load results (the component turns them into announcements). */
  onLoad(listener: ((event: FolderLoadEvent) => void) | null): void {
    this.loadListener = listener;
  }

  /** Starts over from `rootId` (the Panopto root pseudo-folder by default) and loads its children. */
  setRoot(rootId: string = PANOPTO_ROOT_FOLDER_ID): void {
    this.cancelAll();
    this.nodes.clear();
    this.rootIdValue = rootId;
    this.resetRoot();
    this.expand(rootId);
  }

  /** A snapshot of one folder, or undefined when it is not loaded. */
  getNode(id: string): FolderNode | undefined {
    return this.nodes.get(id);
  }

  /** Depth below the root: the top-level rows are level 1 (as `aria-level`). The root is 0. */
  getLevel(id: string): number {
    let level = 0;
    let node = this.nodes.get(id);
    while (node && node.id !== this.rootIdValue) {
      level++;
      node = node.parentId ? this.nodes.get(node.parentId) : undefined;
    }
    return node ? level : -1;
  }

  /** The loaded children of a folder (empty before they load). */
  getChildren(id: string): FolderNode[] {
    const ids = this.nodes.get(id)?.childIds ?? [];
    return ids.map((c) => this.nodes.get(c)).filter((n): n is MutableNode => !!n);
  }

  /** The chain of loaded ancestors from the top level down to the folder's parent. */
  getAncestors(id: string): FolderNode[] {
    const chain: FolderNode[] = [];
    let parentId = this.nodes.get(id)?.parentId ?? null;
    while (parentId && parentId !== this.rootIdValue) {
      const parent = this.nodes.get(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  /** True when `candidate` is `id` itself or lies below it in the loaded tree. */
  isSelfOrDescendant(candidate: string, id: string): boolean {
    let cursor: string | null = candidate;
    while (cursor) {
      if (cursor === id) return true;
      cursor = this.nodes.get(cursor)?.parentId ?? null;
    }
    return false;
  }

  /** Stable identity for `*cdkVirtualFor`. */
  readonly trackBy = (_index: number, row: FolderTreeRow): string => row.key;

  /** Expands a folder, loading its children unless they are loaded or loading already. */
  expand(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    node.expanded = true;
    if (node.loadState === 'idle' || node.loadState === 'paused' || node.loadState === 'error') this.loadNextPage(node);
    this.emit();
  }

  /** Collapses a folder. A page already requested still arrives (and is cached); no further pages are requested. */
  collapse(id: string): void {
    const node = this.nodes.get(id);
    if (!node || id === this.rootIdValue) return;
    node.expanded = false;
    this.emit();
  }

  /** Expands or collapses. */
  toggle(id: string): void {
    const node = this.nodes.get(id);
    if (node?.expanded) this.collapse(id);
    else this.expand(id);
  }

  /** Loads the children of a folder again after an error. */
  retry(id: string): void {
    this.expand(id);
  }

  /** Forgets the loaded children of a folder (the whole tree by default) and loads them again if expanded. */
  refresh(id: string = this.rootIdValue): void {
    const node = this.nodes.get(id);
    if (!node) return;
    this.forgetChildren(node);
    if (node.expanded || id === this.rootIdValue) {
      node.expanded = true;
      this.loadNextPage(node);
    }
    this.emit();
  }

  /**
   * Emits once the folder's children are all loaded (or their load failed), loading them if needed.
   * Used to reveal a folder deep in the tree.
   */
  whenChildrenLoaded(id: string): Observable<FolderNode> {
    return defer(() => {
      const node = this.nodes.get(id);
      if (!node) return throwError(() => new FolderTreeError(`Folder ${id} is not in the tree.`));
      if (node.loadState !== 'loaded') this.expand(id);
      return this.changes.pipe(
        map(() => this.nodes.get(id)),
        filter((n): n is MutableNode => !n || n.loadState === 'loaded' || n.loadState === 'error'),
        take(1),
        switchMap((n) =>
          !n
            ? throwError(() => new FolderTreeError(`Folder ${id} was removed.`))
            : n.loadState === 'error'
            ? throwError(() => new FolderTreeError(n.error ?? 'Loading failed.'))
            : of(n as FolderNode),
        ),
      );
    });
  }

  /**
   * Expands the path from the root down to `id` and resolves once the folder is a visible row. `chain` is
   * the ancestor chain from the top level down to the folder itself, e.g. from walking `ParentFolder`.
   */
  revealPath(chain: readonly PanoptoFolderShape[]): Observable<FolderNode> {
    const startIndex = chain.findIndex(
      (f) =>
        f.ParentFolder?.Id === this.rootIdValue || (!f.ParentFolder && this.rootIdValue === PANOPTO_ROOT_FOLDER_ID),
    );
    if (startIndex < 0) return throwError(() => new FolderTreeError('That folder is not inside this tree.'));
    const steps = chain.slice(startIndex);
    const target = steps[steps.length - 1];
    const walk = (index: number, parentId: string): Observable<FolderNode> =>
      this.whenChildrenLoaded(parentId).pipe(
        switchMap(() => {
          const step = steps[index];
          const node = this.nodes.get(step.Id);
          if (!node)
            return throwError(() => new FolderTreeError(`'${step.Name}' is not among the folders Panopto listed.`));
          if (index === steps.length - 1) return of(node as FolderNode);
          this.expand(node.id);
          return walk(index + 1, node.id);
        }),
      );
    return walk(0, this.rootIdValue).pipe(
      tap(() => this.emit()),
      map((n) => n ?? (this.nodes.get(target.Id) as FolderNode)),
    );
  }

  // ---- management: every change keeps the tree consistent, rolling back when Panopto refuses ----

  /** Creates a folder under `parentId` and inserts it where Panopto's name order puts it. */
  create(parentId: string, name: string): Observable<FolderNode> {
    const clean = name.trim();
    if (!clean) return throwError(() => new FolderTreeError('Give the folder a name.'));
    return this.backend.createFolder(clean, parentId === PANOPTO_ROOT_FOLDER_ID ? null : parentId).pipe(
      map((created) => {
        const parent = this.nodes.get(parentId);
        const node = this.upsert(created, parentId);
        if (parent?.childIds) this.insertSorted(parent, node.id);
        // A parent whose children were never loaded loads them now; the new folder is among them.
        if (parent) this.expand(parentId);
        this.emit();
        return node as FolderNode;
      }),
    );
  }

  /** Renames a folder (shown at once; restored if Panopto refuses). */
  rename(id: string, name: string): Observable<FolderNode> {
    const node = this.nodes.get(id);
    const clean = name.trim();
    if (!node) return throwError(() => new FolderTreeError('That folder is no longer in the tree.'));
    if (!clean) return throwError(() => new FolderTreeError('Give the folder a name.'));
    const previous = node.name;
    node.name = clean;
    this.emit();
    return this.backend.updateFolder(id, { Name: clean }).pipe(
      map((updated) => {
        node.name = updated?.Name || clean;
        this.emit();
        return node as FolderNode;
      }),
      catchError((error) => {
        node.name = previous;
        this.emit();
        return throwError(() => error);
      }),
    );
  }

  /**
   * Moves a folder under `newParentId` (the root id moves it to the top level). Drag-and-drop and the
   * "Move to…" dialog both end here. Shown at once; restored if Panopto refuses.
   */
  move(id: string, newParentId: string): Observable<FolderNode> {
    const node = this.nodes.get(id);
    if (!node || !node.parentId) return throwError(() => new FolderTreeError('That folder is no longer in the tree.'));
    if (this.isSelfOrDescendant(newParentId, id)) {
      return throwError(
        () => new FolderTreeError(`'${node.name}' cannot be moved into itself or one of its own subfolders.`),
      );
    }
    if (node.parentId === newParentId) return of(node as FolderNode);
    const oldParent = this.nodes.get(node.parentId);
    const oldIndex = oldParent?.childIds?.indexOf(id) ?? -1;
    const newParent = this.nodes.get(newParentId);
    this.detach(node);
    node.parentId = newParentId;
    if (newParent?.childIds) this.insertSorted(newParent, id);
    this.emit();
    return this.backend.updateFolder(id, { Parent: newParentId }).pipe(
      map(() => node as FolderNode),
      catchError((error) => {
        this.detach(node);
        node.parentId = oldParent?.id ?? null;
        if (oldParent?.childIds && oldIndex >= 0) oldParent.childIds.splice(oldIndex, 0, id);
        this.emit();
        return throwError(() => error);
      }),
    );
  }

  /** Deletes a folder and everything in it (removed at once; put back if Panopto refuses). */
  delete(id: string): Observable<void> {
    const node = this.nodes.get(id);
    if (!node || !node.parentId) return throwError(() => new FolderTreeError('That folder is no longer in the tree.'));
    const parent = this.nodes.get(node.parentId);
    const index = parent?.childIds?.indexOf(id) ?? -1;
    this.detach(node);
    this.emit();
    return this.backend.deleteFolder(id).pipe(
      tap(() => this.forgetSubtree(id)),
      catchError((error) => {
        if (parent?.childIds && index >= 0) parent.childIds.splice(index, 0, id);
        this.emit();
        return throwError(() => error);
      }),
      map(() => undefined),
    );
  }

  /** Cancels every load in flight. */
  ngOnDestroy(): void {
    this.cancelAll();
    this.rowsSubject.complete();
    this.changes.complete();
  }

  // ---- internals ----

  private resetRoot(): void {
    this.nodes.set(this.rootIdValue, {
      id: this.rootIdValue,
      name: '',
      parentId: null,
      childIds: null,
      loadState: 'idle',
      error: null,
      expanded: true,
      nextPage: 0,
    });
    this.emit();
  }

  private loadNextPage(node: MutableNode): void {
    if (this.loads.has(node.id)) {
      node.loadState = 'loading';
      return;
    }
    node.loadState = 'loading';
    node.error = null;
    const page = node.nextPage;
    const subscription = this.backend.childrenPage(node.id, page).subscribe({
      next: (folders) => {
        this.loads.delete(node.id);
        if (this.nodes.get(node.id) !== node) return;
        if (!node.childIds) node.childIds = [];
        // A Set, not includes(): a folder with thousands of children would otherwise cost O(n²) per page.
        const known = new Set(node.childIds);
        for (const folder of folders) {
          if (!folder || typeof folder.Id !== 'string') continue;
          const child = this.upsert(folder, node.id);
          if (!known.has(child.id)) {
            known.add(child.id);
            node.childIds.push(child.id);
          }
        }
        node.nextPage = page + 1;
        if (folders.length === 0) {
          node.loadState = 'loaded';
          this.loadListener?.({ kind: 'loaded', folderId: node.id, name: node.name, count: node.childIds.length });
        } else if (node.expanded) {
          this.loadNextPage(node);
        } else {
          node.loadState = 'paused';
        }
        this.emit();
      },
      error: (error: unknown) => {
        this.loads.delete(node.id);
        if (this.nodes.get(node.id) !== node) return;
        node.loadState = 'error';
        node.error = describeFolderError(error);
        this.loadListener?.({ kind: 'error', folderId: node.id, name: node.name, message: node.error });
        this.emit();
      },
    });
    // A synchronous backend may already have finished (and removed itself) by now.
    if (!subscription.closed) this.loads.set(node.id, subscription);
  }

  private upsert(folder: PanoptoFolderShape, parentId: string): MutableNode {
    const existing = this.nodes.get(folder.Id);
    if (existing) {
      existing.name = folder.Name ?? existing.name;
      if (existing.parentId !== parentId) {
        this.detach(existing);
        existing.parentId = parentId;
      }
      return existing;
    }
    const node: MutableNode = {
      id: folder.Id,
      name: folder.Name ?? '',
      parentId,
      childIds: null,
      loadState: 'idle',
      error: null,
      expanded: false,
      nextPage: 0,
    };
    this.nodes.set(node.id, node);
    return node;
  }

  private insertSorted(parent: MutableNode, id: string): void {
    if (!parent.childIds) return;
    if (parent.childIds.includes(id)) return;
    const name = this.nodes.get(id)?.name ?? '';
    const at = parent.childIds.findIndex(
      (c) => (this.nodes.get(c)?.name ?? '').localeCompare(name, undefined, { sensitivity: 'base' }) > 0,
    );
    if (at < 0) parent.childIds.push(id);
    else parent.childIds.splice(at, 0, id);
  }

  private detach(node: MutableNode): void {
    const parent = node.parentId ? this.nodes.get(node.parentId) : undefined;
    if (parent?.childIds) {
      const index = parent.childIds.indexOf(node.id);
      if (index >= 0) parent.childIds.splice(index, 1);
    }
  }

  private forgetChildren(node: MutableNode): void {
    for (const child of node.childIds ?? []) this.forgetSubtree(child);
    this.loads.get(node.id)?.unsubscribe();
    this.loads.delete(node.id);
    node.childIds = null;
    node.nextPage = 0;
    node.loadState = 'idle';
    node.error = null;
  }

  private forgetSubtree(id: string): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const child of node.childIds ?? []) this.forgetSubtree(child);
    this.loads.get(id)?.unsubscribe();
    this.loads.delete(id);
    this.nodes.delete(id);
  }

  private cancelAll(): void {
    for (const subscription of this.loads.values()) subscription.unsubscribe();
    this.loads.clear();
  }

  private emit(): void {
    if (this.rowsSubject.closed) return;
    this.rowsSubject.next(flattenFolderTree(this.rootIdValue, (id) => this.nodes.get(id)));
    this.changes.next(this.changes.value + 1);
  }
}

/** What a finished load reports (the browser announces it). */
export type FolderLoadEvent =
  | { kind: 'loaded'; folderId: string; name: string; count: number }
  | { kind: 'error'; folderId: string; name: string; message: string };
