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
} from 'rxjs';
import { PanoptoFolderBackend } from './folder-backend';
import { FolderErrorTexts, describeFolderError, isSignInRequired } from './describe-error';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS } from './i18n/folders-texts';
import { PANOPTO_ROOT_FOLDER_ID, PanoptoFolderShape } from './panopto-models';
import { FolderTreeRow, flattenFolderTree } from './flatten-folder-tree';
import { FolderLoadEvent, FolderNode, FolderNodeGraph, MutableFolderNode } from './folder-node-graph';
import { FolderTreeError } from './folder-tree-error';
import { FolderTreeMutations } from './folder-tree-mutations';

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
  private readonly graph = new FolderNodeGraph(PANOPTO_ROOT_FOLDER_ID);
  private readonly loads = new Map<string, Subscription>();
  private readonly rowsSubject = new BehaviorSubject<FolderTreeRow[]>([]);
  private readonly changes = new BehaviorSubject<number>(0);
  private readonly mutations: FolderTreeMutations;
  private loadListener: ((event: FolderLoadEvent) => void) | null = null;

  /**
   * What a failed load is worded with (`describeFolderError`'s texts): English unless set. The folder browser sets
   * its texts set here, so a row's error reads in the language current when the load failed.
   */
  errorTexts: FolderErrorTexts = DEFAULT_PANOPTO_FOLDERS_TEXTS;

  /** The flattened visible rows: expanded folders' children, loading and error rows. */
  readonly rows$: Observable<FolderTreeRow[]> = this.rowsSubject.asObservable();

  constructor(private readonly backend: PanoptoFolderBackend = inject(PanoptoFolderBackend)) {
    this.mutations = new FolderTreeMutations(this.graph, backend, {
      emit: () => this.emit(),
      expand: (id) => this.expand(id),
      forgetSubtree: (id) => this.graph.forgetSubtree(id, this.cancelLoad),
    });
    this.emit();
  }

  /** The current visible rows (same as the last `rows$` value). */
  get rows(): FolderTreeRow[] {
    return this.rowsSubject.value;
  }

  /** Id of the folder whose children are the top-level rows. */
  get rootId(): string {
    return this.graph.rootId;
  }

  /** Registers one listener for load results (the component turns them into announcements). */
  onLoad(listener: ((event: FolderLoadEvent) => void) | null): void {
    this.loadListener = listener;
  }

  /** Starts over from `rootId` (the Panopto root pseudo-folder by default) and loads its children. */
  setRoot(rootId: string = PANOPTO_ROOT_FOLDER_ID): void {
    this.cancelAll();
    this.graph.reset(rootId);
    this.emit();
    this.expand(rootId);
  }

  /** A snapshot of one folder, or undefined when it is not loaded. */
  getNode(id: string): FolderNode | undefined {
    return this.graph.get(id);
  }

  /** Depth below the root: the top-level rows are level 1 (as `aria-level`). The root is 0. */
  getLevel(id: string): number {
    return this.graph.getLevel(id);
  }

  /** The loaded children of a folder (empty before they load). */
  getChildren(id: string): FolderNode[] {
    return this.graph.getChildren(id);
  }

  /** The chain of loaded ancestors from the top level down to the folder's parent. */
  getAncestors(id: string): FolderNode[] {
    return this.graph.getAncestors(id);
  }

  /** True when `candidate` is `id` itself or lies below it in the loaded tree. */
  isSelfOrDescendant(candidate: string, id: string): boolean {
    return this.graph.isSelfOrDescendant(candidate, id);
  }

  /** Stable identity for `*cdkVirtualFor`. */
  readonly trackBy = (_index: number, row: FolderTreeRow): string => row.key;

  /** Expands a folder, loading its children unless they are loaded or loading already. */
  expand(id: string): void {
    const node = this.graph.get(id);
    if (!node) return;
    node.expanded = true;
    if (node.loadState === 'idle' || node.loadState === 'paused' || node.loadState === 'error') this.loadNextPage(node);
    this.emit();
  }

  /** Collapses a folder. A page already requested still arrives (and is cached); no further pages are requested. */
  collapse(id: string): void {
    const node = this.graph.get(id);
    if (!node || id === this.graph.rootId) return;
    node.expanded = false;
    this.emit();
  }

  /** Expands or collapses. */
  toggle(id: string): void {
    const node = this.graph.get(id);
    if (node?.expanded) this.collapse(id);
    else this.expand(id);
  }

  /** Loads the children of a folder again after an error. */
  retry(id: string): void {
    this.expand(id);
  }

  /** Forgets the loaded children of a folder (the whole tree by default) and loads them again if expanded. */
  refresh(id: string = this.graph.rootId): void {
    const node = this.graph.get(id);
    if (!node) return;
    this.graph.forgetChildren(node, this.cancelLoad);
    if (node.expanded || id === this.graph.rootId) {
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
      const node = this.graph.get(id);
      if (!node) return throwError(() => new FolderTreeError(`Folder ${id} is not in the tree.`, 'folder-not-in-tree'));
      if (node.loadState !== 'loaded') this.expand(id);
      return this.changes.pipe(
        map(() => this.graph.get(id)),
        filter((n): n is MutableFolderNode => !n || n.loadState === 'loaded' || n.loadState === 'error'),
        take(1),
        switchMap((n) =>
          !n
            ? throwError(() => new FolderTreeError(`Folder ${id} was removed.`, 'folder-not-in-tree'))
            : n.loadState === 'error'
            ? throwError(() => new FolderTreeError(n.error ?? 'Loading failed.', 'folder-load-failed'))
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
    const rootId = this.graph.rootId;
    const startIndex = chain.findIndex(
      (f) => f.ParentFolder?.Id === rootId || (!f.ParentFolder && rootId === PANOPTO_ROOT_FOLDER_ID),
    );
    if (startIndex < 0)
      return throwError(() => new FolderTreeError('That folder is not inside this tree.', 'folder-outside-root'));
    const steps = chain.slice(startIndex);
    const target = steps[steps.length - 1];
    const walk = (index: number, parentId: string): Observable<FolderNode> =>
      this.whenChildrenLoaded(parentId).pipe(
        switchMap(() => {
          const step = steps[index];
          const node = this.graph.get(step.Id);
          if (!node)
            return throwError(
              () => new FolderTreeError(`'${step.Name}' is not among the folders Panopto listed.`, 'folder-not-listed'),
            );
          if (index === steps.length - 1) return of(node as FolderNode);
          this.expand(node.id);
          return walk(index + 1, node.id);
        }),
      );
    return walk(0, rootId).pipe(
      tap(() => this.emit()),
      map((n) => n ?? (this.graph.get(target.Id) as FolderNode)),
    );
  }

  // ---- management: every change keeps the tree consistent, rolling back when Panopto refuses ----

  /** Creates a folder under `parentId` and inserts it where Panopto's name order puts it. */
  create(parentId: string, name: string): Observable<FolderNode> {
    return this.mutations.create(parentId, name);
  }

  /** Renames a folder (shown at once; restored if Panopto refuses). */
  rename(id: string, name: string): Observable<FolderNode> {
    return this.mutations.rename(id, name);
  }

  /**
   * Moves a folder under `newParentId` (the root id moves it to the top level). Drag-and-drop and the
   * "Move to…" dialog both end here. Shown at once; restored if Panopto refuses.
   */
  move(id: string, newParentId: string): Observable<FolderNode> {
    return this.mutations.move(id, newParentId);
  }

  /** Deletes a folder and everything in it (removed at once; put back if Panopto refuses). */
  delete(id: string): Observable<void> {
    return this.mutations.delete(id);
  }

  /** Cancels every load in flight. */
  ngOnDestroy(): void {
    this.cancelAll();
    this.rowsSubject.complete();
    this.changes.complete();
  }

  // ---- internals ----

  private loadNextPage(node: MutableFolderNode): void {
    if (this.loads.has(node.id)) {
      node.loadState = 'loading';
      return;
    }
    node.loadState = 'loading';
    node.error = null;
    node.signInRequired = false;
    const page = node.nextPage;
    const subscription = this.backend.childrenPage(node.id, page).subscribe({
      next: (folders) => {
        this.loads.delete(node.id);
        if (this.graph.get(node.id) !== node) return;
        if (!node.childIds) node.childIds = [];
        // A Set, not includes(): a folder with thousands of children would otherwise cost O(n²) per page.
        const known = new Set(node.childIds);
        for (const folder of folders) {
          if (!folder || typeof folder.Id !== 'string') continue;
          const child = this.graph.upsert(folder, node.id);
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
        if (this.graph.get(node.id) !== node) return;
        node.loadState = 'error';
        node.error = describeFolderError(error, this.errorTexts);
        node.signInRequired = isSignInRequired(error);
        this.loadListener?.({ kind: 'error', folderId: node.id, name: node.name, message: node.error });
        this.emit();
      },
    });
    // A synchronous backend may already have finished (and removed itself) by now.
    if (!subscription.closed) this.loads.set(node.id, subscription);
  }

  /** Stops the load of one folder's children, if one is in flight. */
  private readonly cancelLoad = (id: string): void => {
    this.loads.get(id)?.unsubscribe();
    this.loads.delete(id);
  };

  private cancelAll(): void {
    for (const subscription of this.loads.values()) subscription.unsubscribe();
    this.loads.clear();
  }

  private emit(): void {
    if (this.rowsSubject.closed) return;
    this.rowsSubject.next(flattenFolderTree(this.graph.rootId, this.graph.lookup));
    this.changes.next(this.changes.value + 1);
  }
}
