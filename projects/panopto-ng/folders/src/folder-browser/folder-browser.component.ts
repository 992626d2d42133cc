import { LiveAnnouncer } from '@angular/cdk/a11y';
import { BooleanInput, coerceBooleanProperty } from '@angular/cdk/coercion';
import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { NgFor, NgIf, isPlatformBrowser } from '@angular/common';
import {
  AfterViewInit,
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  EventEmitter,
  Input,
  NgZone,
  OnChanges,
  OnDestroy,
  OnInit,
  Output,
  PLATFORM_ID,
  SimpleChanges,
  ViewChild,
  inject,
} from '@angular/core';
import {
  EMPTY,
  Observable,
  Subject,
  Subscription,
  catchError,
  expand,
  map,
  of,
  reduce,
  shareReplay,
  switchMap,
  takeUntil,
} from 'rxjs';
import { PanoptoFolderDialogComponent } from '../dialog/folder-dialog.component';
import { describeFolderError } from '../describe-error';
import { PanoptoFolderBackend } from '../folder-backend';
import { FolderLoadEvent, FolderTreeStore } from '../folder-tree-store';
import { FolderRow, FolderTreeRow } from '../flatten-folder-tree';
import { FolderSearchState, loadAncestorChain, searchFolders } from '../folder-search';
import { PANOPTO_ROOT_FOLDER_ID, PanoptoFolderShape, isFolderGuid } from '../panopto-models';
import { TreeTypeahead, isFocusableRow, treeKeyAction } from '../tree-keyboard';

/** A folder the user selected or activated. */
export interface PanoptoFolderSelection {
  id: string;
  name: string;
  /** The parent's id; the root pseudo-folder id for top-level folders. */
  parentId: string;
}

/** A change the user made through the browser, after Panopto accepted it. */
export type PanoptoFolderChange =
  | { kind: 'created'; id: string; name: string; parentId: string }
  | { kind: 'renamed'; id: string; name: string }
  | { kind: 'moved'; id: string; name: string; parentId: string }
  | { kind: 'deleted'; id: string; name: string };

type DialogKind = 'create' | 'rename' | 'move' | 'delete';

let nextBrowserId = 0;

/**
 * A Panopto folder tree: lazy (children load on expand, page by page), virtualised (only the rows in view are
 * in the DOM, so folders with thousands of children stay smooth), keyboard-complete (WAI-ARIA tree pattern
 * with a roving tabindex), with folder search and, where the user may, create / rename / move (drag and drop
 * or the "Move to…" dialog) / delete.
 *
 * @example
 * ```html
 * <panopto-folder-browser
 *   [rootFolderId]="courseFolderId"
 *   [selectedFolderId]="lastFolderId"
 *   (folderSelected)="folderId = $event.id">
 * </panopto-folder-browser>
 * ```
 */
@Component({
  selector: 'panopto-folder-browser',
  standalone: true,
  imports: [NgIf, NgFor, ScrollingModule, PanoptoFolderDialogComponent],
  templateUrl: './folder-browser.component.html',
  styleUrls: ['./folder-browser.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [FolderTreeStore],
})
export class PanoptoFolderBrowserComponent implements OnInit, OnChanges, AfterViewInit, OnDestroy {
  /** Folder whose children are the top-level rows. Default: Panopto's root pseudo-folder (all top-level folders). */
  @Input() rootFolderId: string = PANOPTO_ROOT_FOLDER_ID;
  /** Folder to reveal (its ancestors are loaded and expanded) and select. */
  @Input() selectedFolderId: string | null = null;
  /** Hides create / rename / move / delete. */
  @Input()
  get hideManagement(): boolean {
    return this.hideManagementValue;
  }
  set hideManagement(value: BooleanInput) {
    this.hideManagementValue = coerceBooleanProperty(value);
  }
  /** Hides the search box. */
  @Input()
  get hideSearch(): boolean {
    return this.hideSearchValue;
  }
  set hideSearch(value: BooleanInput) {
    this.hideSearchValue = coerceBooleanProperty(value);
  }
  /**
   * Who may manage which folder. `'auto'` (default) asks Panopto (`children?canCreate=true` of the selected
   * folder's parent); `true`/`false` decides for every folder (Panopto still has the last word).
   */
  @Input() canManage: boolean | 'auto' = 'auto';
  /** Whether "New folder" is offered at the top level (Panopto lets only administrators do that). */
  @Input()
  get canCreateAtRoot(): boolean {
    return this.canCreateAtRootValue;
  }
  set canCreateAtRoot(value: BooleanInput) {
    this.canCreateAtRootValue = coerceBooleanProperty(value);
  }
  /** Accessible name of the tree. */
  @Input() ariaLabel = 'Panopto folders';
  /** Row height in px (the virtual scroller needs a fixed one). */
  @Input() rowHeight = 36;

  /** The user selected a folder (click, Enter, Space, or a search result). */
  @Output() readonly folderSelected = new EventEmitter<PanoptoFolderSelection>();
  /** The user activated a folder (Enter or double click). */
  @Output() readonly folderActivated = new EventEmitter<PanoptoFolderSelection>();
  /** A folder was created, renamed, moved or deleted. */
  @Output() readonly folderChanged = new EventEmitter<PanoptoFolderChange>();

  @ViewChild(CdkVirtualScrollViewport) viewport?: CdkVirtualScrollViewport;
  @ViewChild('nameDialog') nameDialog?: PanoptoFolderDialogComponent;
  @ViewChild('moveDialog') moveDialog?: PanoptoFolderDialogComponent;
  @ViewChild('deleteDialog') deleteDialog?: PanoptoFolderDialogComponent;

  readonly store = inject(FolderTreeStore);
  private readonly backend = inject(PanoptoFolderBackend);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly destroyed = new Subject<void>();
  private readonly searchQueries = new Subject<string>();
  private readonly typeahead = new TreeTypeahead();
  private readonly permissions = new Map<string, Observable<ReadonlySet<string>>>();
  private readonly knownPermissions = new Map<string, boolean>();
  private hideManagementValue = false;
  private hideSearchValue = false;
  private canCreateAtRootValue = false;
  private revealSubscription?: Subscription;
  private renderedStart = 0;
  private renderedEnd = 0;
  private indexByKey = new Map<string, number>();
  private started = false;

  readonly uid = `panopto-folder-browser-${nextBrowserId++}`;
  rows: FolderTreeRow[] = [];
  activeKey: string | null = null;
  selectedId: string | null = null;
  /** A configuration problem shown instead of the tree. */
  configError: string | null = null;
  search: FolderSearchState = { status: 'idle', query: '', results: [] };
  searchText = '';
  /** Message of the last failed change, shown above the tree. */
  actionError: string | null = null;
  busyAction = false;
  dialog: DialogKind | null = null;
  dialogName = '';
  dialogError: string | null = null;
  moveFilter = '';
  moveTargetId: string | null = null;
  moveSearchResults: PanoptoFolderShape[] = [];
  private readonly moveQueries = new Subject<string>();
  dragId: string | null = null;
  dropTargetId: string | null = null;

  ngOnInit(): void {
    // Without a bound rootFolderId, ngOnChanges never saw one: start from the default root.
    if (!this.started) this.start();
    this.store.onLoad((event) => this.announceLoad(event));
    this.store.rows$.pipe(takeUntil(this.destroyed)).subscribe((rows) => this.onRows(rows));
    searchFolders(this.searchQueries, this.backend)
      .pipe(takeUntil(this.destroyed))
      .subscribe((state) => {
        this.search = state;
        if (state.status === 'done')
          this.announce(
            state.results.length
              ? `${state.results.length} folders found for ${state.query}.`
              : `No folders found for ${state.query}.`,
          );
        if (state.status === 'error') this.announce(`Search failed: ${state.message}`, 'assertive');
        this.cdr.markForCheck();
      });
    this.moveQueries
      .pipe(
        switchMap((q) =>
          q.trim()
            ? searchFolders(of(q), this.backend, 0)
            : of<FolderSearchState>({ status: 'idle', query: '', results: [] }),
        ),
        takeUntil(this.destroyed),
      )
      .subscribe((state) => {
        this.moveSearchResults = state.results;
        if (this.dialog === 'move') this.moveTargets = this.computeMoveTargets();
        this.cdr.markForCheck();
      });
  }

  ngOnChanges(changes: SimpleChanges): void {
    if (changes['rootFolderId']) this.start();
    if (changes['selectedFolderId'] && this.selectedFolderId && this.selectedFolderId !== this.selectedId)
      this.reveal(this.selectedFolderId);
  }

  ngAfterViewInit(): void {
    this.watchViewport();
  }

  ngOnDestroy(): void {
    this.destroyed.next();
    this.destroyed.complete();
    this.revealSubscription?.unsubscribe();
    this.store.onLoad(null);
  }

  // ---------------------------------------------------------------- tree

  /** Loads the tree again from Panopto, keeping the selection when it still exists. */
  refresh(): void {
    this.permissions.clear();
    this.knownPermissions.clear();
    this.store.refresh();
  }

  /** Reveals a folder anywhere below the root: loads its ancestors, expands them, selects and scrolls to it. */
  reveal(folderId: string): void {
    if (!isFolderGuid(folderId)) {
      this.actionError = `'${folderId}' is not a Panopto folder id.`;
      this.cdr.markForCheck();
      return;
    }
    this.revealSubscription?.unsubscribe();
    this.revealSubscription = loadAncestorChain(this.backend, folderId, this.store.rootId)
      .pipe(switchMap((chain) => this.store.revealPath(chain)))
      .subscribe({
        next: (node) => {
          this.select(node.id, false);
          this.focusKey(node.id, this.hasFocus());
          this.announce(`${node.name} selected.`);
        },
        error: (error) => {
          this.actionError = `Could not open that folder: ${describeFolderError(error)}`;
          this.announce(this.actionError, 'assertive');
          this.cdr.markForCheck();
        },
      });
  }

  trackRow = (_: number, row: FolderTreeRow): string => row.key;

  rowId(row: FolderTreeRow): string {
    return `${this.uid}-row-${row.key.replace(/[^a-zA-Z0-9-]/g, '_')}`;
  }

  indent(level: number): number {
    return 8 + (level - 1) * 20;
  }

  isActive(row: FolderTreeRow): boolean {
    return row.key === this.activeKey;
  }

  /** The tree itself is tabbable only when the active row is scrolled out of the DOM; focusing it brings the row back. */
  get treeTabIndex(): number {
    const index = this.activeIndex;
    return index >= this.renderedStart && index < this.renderedEnd && index >= 0 ? -1 : 0;
  }

  get activeIndex(): number {
    return this.activeKey ? this.indexByKey.get(this.activeKey) ?? -1 : -1;
  }

  get rootBusy(): boolean {
    const root = this.store.getNode(this.store.rootId);
    return root?.loadState === 'loading' && !root.childIds?.length;
  }

  get rootEmpty(): boolean {
    const root = this.store.getNode(this.store.rootId);
    return root?.loadState === 'loaded' && !root.childIds?.length;
  }

  get selectedRow(): FolderRow | undefined {
    const index = this.selectedId ? this.indexByKey.get(this.selectedId) : undefined;
    const row = index !== undefined ? this.rows[index] : undefined;
    return row?.kind === 'folder' ? row : undefined;
  }

  onTreeFocus(event: FocusEvent): void {
    if (event.target !== event.currentTarget) return;
    const index = this.activeIndex >= 0 ? this.activeIndex : this.rows.findIndex(isFocusableRow);
    if (index >= 0) this.focusIndex(index);
  }

  onRowClick(row: FolderTreeRow, event: MouseEvent): void {
    const index = this.indexByKey.get(row.key) ?? -1;
    this.activeKey = row.key;
    if (row.kind === 'error') this.store.retry(row.parentId);
    else if (row.kind === 'folder') {
      const onTwisty = (event.target as HTMLElement | null)?.closest?.('.pfb-twisty');
      if (onTwisty && row.expandable) this.store.toggle(row.id);
      else this.select(row.id, true);
    }
    if (index >= 0) this.focusIndex(index);
  }

  onRowDblClick(row: FolderTreeRow): void {
    if (row.kind !== 'folder') return;
    this.store.toggle(row.id);
    this.folderActivated.emit(this.selectionOf(row));
  }

  onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (!target.matches('[role=treeitem], [role=tree]')) return;
    let index = this.activeIndex;
    if (index < 0) index = this.rows.findIndex(isFocusableRow);
    if (index < 0) return;
    if (TreeTypeahead.accepts(event)) {
      const match = this.typeahead.next(this.rows, index, event.key);
      if (match >= 0) this.focusIndex(match);
      event.preventDefault();
      return;
    }
    if (event.key === 'F2' && this.rows[index]?.kind === 'folder') {
      this.select((this.rows[index] as FolderRow).id, true);
      if (this.mayManageSelected) this.openDialog('rename');
      event.preventDefault();
      return;
    }
    if (event.key === 'Delete' && this.rows[index]?.kind === 'folder') {
      this.select((this.rows[index] as FolderRow).id, true);
      if (this.mayManageSelected) this.openDialog('delete');
      event.preventDefault();
      return;
    }
    const action = treeKeyAction(this.rows, index, event.key);
    if (action.kind === 'none') return;
    event.preventDefault();
    const row = this.rows[action.index];
    switch (action.kind) {
      case 'focus':
        this.focusIndex(action.index);
        break;
      case 'expand':
        if (row.kind === 'folder') this.store.expand(row.id);
        break;
      case 'collapse':
        if (row.kind === 'folder') this.store.collapse(row.id);
        break;
      case 'expandSiblings':
        for (const sibling of this.rows)
          if (sibling.kind === 'folder' && sibling.parentId === row.parentId && sibling.expandable)
            this.store.expand(sibling.id);
        break;
      case 'activate':
        if (row.kind === 'error') this.store.retry(row.parentId);
        else if (row.kind === 'folder') {
          this.select(row.id, true);
          if (event.key === 'Enter') this.folderActivated.emit(this.selectionOf(row));
        }
        break;
    }
  }

  // ---------------------------------------------------------------- search

  onSearchInput(value: string): void {
    this.searchText = value;
    this.searchQueries.next(value);
  }

  clearSearch(): void {
    this.searchText = '';
    this.searchQueries.next('');
  }

  chooseResult(folder: PanoptoFolderShape): void {
    this.reveal(folder.Id);
  }

  // ---------------------------------------------------------------- management

  /** Whether the management toolbar is shown at all. */
  get managementVisible(): boolean {
    return !this.hideManagementValue && this.canManage !== false;
  }

  /** Whether the selected folder may be renamed / moved / deleted / get subfolders. */
  get mayManageSelected(): boolean {
    return !!this.selectedId && this.mayManage(this.selectedId);
  }

  /** Whether the user may manage that folder, as far as known. */
  mayManage(folderId: string): boolean {
    if (!this.managementVisible) return false;
    if (this.canManage === true) return true;
    return this.knownPermissions.get(folderId) === true;
  }

  get mayCreateHere(): boolean {
    return this.selectedId ? this.mayManageSelected : this.managementVisible && this.canCreateAtRootValue;
  }

  openDialog(kind: DialogKind): void {
    if (this.dialog || this.busyAction) return;
    const selected = this.selectedRow;
    if (kind !== 'create' && !selected) return;
    this.dialog = kind;
    this.dialogError = null;
    this.dialogName = kind === 'rename' && selected ? selected.name : '';
    this.moveFilter = '';
    this.moveTargetId = null;
    this.moveSearchResults = [];
    this.moveTargets = kind === 'move' ? this.computeMoveTargets() : [];
    this.cdr.detectChanges();
    const ref = kind === 'move' ? this.moveDialog : kind === 'delete' ? this.deleteDialog : this.nameDialog;
    ref?.open();
  }

  closeDialog(): void {
    const ref =
      this.dialog === 'move' ? this.moveDialog : this.dialog === 'delete' ? this.deleteDialog : this.nameDialog;
    ref?.close();
  }

  onDialogClosed(): void {
    this.dialog = null;
    this.moveTargets = [];
    this.busyAction = false;
    this.cdr.markForCheck();
    if (this.activeKey) this.focusKey(this.activeKey, true);
  }

  submitName(): void {
    if (this.dialog === 'create') this.createFolder(this.selectedId ?? this.store.rootId, this.dialogName);
    else if (this.dialog === 'rename' && this.selectedId) this.renameFolder(this.selectedId, this.dialogName);
  }

  /** Creates a folder (from the dialog). */
  createFolder(parentId: string, name: string): void {
    this.runChange(this.store.create(parentId, name), (node) => {
      this.knownPermissions.set(node.id, true);
      this.folderChanged.emit({ kind: 'created', id: node.id, name: node.name, parentId });
      this.select(node.id, true);
      this.focusKey(node.id, true);
      return `Folder ${node.name} created.`;
    });
  }

  /** Renames a folder (from the dialog). */
  renameFolder(id: string, name: string): void {
    this.runChange(this.store.rename(id, name), (node) => {
      this.folderChanged.emit({ kind: 'renamed', id, name: node.name });
      return `Folder renamed to ${node.name}.`;
    });
  }

  /** Moves a folder. Drag-and-drop and the "Move to…" dialog both call this. */
  moveFolder(id: string, newParentId: string): void {
    const parentName =
      newParentId === this.store.rootId
        ? 'the top level'
        : this.store.getNode(newParentId)?.name ??
          this.moveSearchResults.find((f) => f.Id === newParentId)?.Name ??
          'the folder';
    this.runChange(this.store.move(id, newParentId), (node) => {
      this.folderChanged.emit({ kind: 'moved', id, name: node.name, parentId: newParentId });
      this.focusKey(node.id, false);
      return `Moved ${node.name} to ${parentName}.`;
    });
  }

  /** Deletes a folder (after the confirmation dialog). */
  deleteFolder(id: string): void {
    const name = this.store.getNode(id)?.name ?? 'Folder';
    const parentId = this.store.getNode(id)?.parentId ?? null;
    this.runChange(this.store.delete(id).pipe(map(() => null)), () => {
      this.folderChanged.emit({ kind: 'deleted', id, name });
      if (this.selectedId === id) this.selectedId = null;
      if (parentId && parentId !== this.store.rootId) {
        this.select(parentId, true);
        this.focusKey(parentId, true);
      }
      return `Folder ${name} deleted.`;
    });
  }

  confirmMove(): void {
    if (this.selectedId && this.moveTargetId) this.moveFolder(this.selectedId, this.moveTargetId);
    else this.dialogError = 'Choose where to move the folder.';
  }

  onMoveFilter(value: string): void {
    this.moveFilter = value;
    this.moveTargets = this.computeMoveTargets();
    this.moveQueries.next(value);
  }

  /** Destinations the open "Move to…" dialog offers (recomputed on open, filter and search results, not per change detection). */
  moveTargets: Array<{ id: string; label: string }> = [];

  /** Loaded folders (filtered) and search results, minus the folder being moved and its subfolders. */
  private computeMoveTargets(): Array<{ id: string; label: string }> {
    const moving = this.selectedId;
    const out: Array<{ id: string; label: string }> = [];
    if (this.canCreateAtRootValue) out.push({ id: this.store.rootId, label: 'Top level' });
    const filter = this.moveFilter.trim().toLocaleLowerCase();
    const seen = new Set<string>();
    const visit = (parentId: string, depth: number) => {
      for (const child of this.store.getChildren(parentId)) {
        if (moving && this.store.isSelfOrDescendant(child.id, moving)) continue;
        if (!filter || child.name.toLocaleLowerCase().includes(filter)) {
          out.push({ id: child.id, label: `${'— '.repeat(depth)}${child.name}` });
          seen.add(child.id);
        }
        if (out.length >= 300) return;
        visit(child.id, depth + 1);
      }
    };
    visit(this.store.rootId, 0);
    for (const f of this.moveSearchResults) {
      if (seen.has(f.Id) || (moving && (f.Id === moving || this.store.isSelfOrDescendant(f.Id, moving)))) continue;
      out.push({ id: f.Id, label: f.ParentFolder ? `${f.Name} (in ${f.ParentFolder.Name})` : f.Name });
    }
    return out;
  }

  onDragStart(row: FolderTreeRow, event: DragEvent): void {
    if (row.kind !== 'folder' || !this.mayManage(row.id)) {
      event.preventDefault();
      return;
    }
    this.dragId = row.id;
    event.dataTransfer?.setData('text/plain', row.name);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  onDragOver(row: FolderTreeRow, event: DragEvent): void {
    if (!this.dragId || row.kind !== 'folder' || this.store.isSelfOrDescendant(row.id, this.dragId)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    if (this.dropTargetId !== row.id) {
      this.dropTargetId = row.id;
      this.cdr.markForCheck();
    }
  }

  onDragLeave(row: FolderTreeRow): void {
    if (row.kind === 'folder' && this.dropTargetId === row.id) this.dropTargetId = null;
  }

  onDrop(row: FolderTreeRow, event: DragEvent): void {
    event.preventDefault();
    const dragged = this.dragId;
    this.dragId = null;
    this.dropTargetId = null;
    if (dragged && row.kind === 'folder' && dragged !== row.id) this.moveFolder(dragged, row.id);
  }

  onDragEnd(): void {
    this.dragId = null;
    this.dropTargetId = null;
  }

  /** Prefetches the permission a drag would need. */
  onRowPointerDown(row: FolderTreeRow): void {
    if (row.kind === 'folder') this.resolvePermission(row.id, row.parentId);
  }

  // ---------------------------------------------------------------- internals

  private start(): void {
    this.started = true;
    this.revealSubscription?.unsubscribe();
    this.activeKey = null;
    this.selectedId = null;
    this.permissions.clear();
    this.knownPermissions.clear();
    if (!isFolderGuid(this.rootFolderId)) {
      this.configError = `rootFolderId '${this.rootFolderId}' is not a Panopto folder id (a GUID). Leave it out to start at the top level.`;
      return;
    }
    this.configError = null;
    this.store.setRoot(this.rootFolderId);
  }

  private onRows(rows: FolderTreeRow[]): void {
    this.rows = rows;
    this.indexByKey = new Map(rows.map((row, i) => [row.key, i]));
    if (this.activeKey && !this.indexByKey.has(this.activeKey)) {
      // The active row went away (an ancestor collapsed, or it was moved/deleted): fall back to its nearest visible ancestor.
      const node = this.store.getNode(this.activeKey);
      const ancestor = node
        ? [...this.store.getAncestors(node.id)].reverse().find((a) => this.indexByKey.has(a.id))
        : undefined;
      const hadFocus = this.hasFocus();
      this.activeKey = ancestor?.id ?? rows.find(isFocusableRow)?.key ?? null;
      if (hadFocus && this.activeKey) this.focusKey(this.activeKey, true);
    }
    if (!this.activeKey) this.activeKey = rows.find(isFocusableRow)?.key ?? null;
    this.cdr.markForCheck();
  }

  private select(id: string, fromUser: boolean): void {
    const node = this.store.getNode(id);
    if (!node) return;
    this.selectedId = id;
    this.actionError = null;
    this.activeKey = id;
    if (node.parentId) this.resolvePermission(id, node.parentId);
    this.cdr.markForCheck();
    if (fromUser || this.selectedFolderId !== id)
      this.folderSelected.emit({ id, name: node.name, parentId: node.parentId ?? this.store.rootId });
  }

  private selectionOf(row: FolderRow): PanoptoFolderSelection {
    return { id: row.id, name: row.name, parentId: row.parentId };
  }

  /** Asks Panopto which children of `parentId` the user may create in (all pages, cached per parent). */
  private resolvePermission(id: string, parentId: string): void {
    if (!this.managementVisible || this.canManage !== 'auto' || this.knownPermissions.has(id)) return;
    let request = this.permissions.get(parentId);
    if (!request) {
      request = this.backend.childrenPage(parentId, 0, { canCreate: true, background: true }).pipe(
        expand((page, i) =>
          page.length ? this.backend.childrenPage(parentId, i + 1, { canCreate: true, background: true }) : EMPTY,
        ),
        reduce((ids, page) => {
          page.forEach((f) => ids.add(f.Id));
          return ids;
        }, new Set<string>()),
        catchError(() => of(new Set<string>())),
        shareReplay(1),
      );
      this.permissions.set(parentId, request);
    }
    request.pipe(takeUntil(this.destroyed)).subscribe((ids) => {
      for (const child of this.store.getChildren(parentId)) this.knownPermissions.set(child.id, ids.has(child.id));
      if (!this.knownPermissions.has(id)) this.knownPermissions.set(id, ids.has(id));
      this.cdr.markForCheck();
    });
  }

  private runChange<T>(change: Observable<T>, done: (result: T) => string): void {
    this.busyAction = true;
    this.dialogError = null;
    this.actionError = null;
    this.cdr.markForCheck();
    change.pipe(takeUntil(this.destroyed)).subscribe({
      next: (result) => {
        const message = done(result);
        this.busyAction = false;
        this.announce(message);
        if (this.dialog) this.closeDialog();
        this.cdr.markForCheck();
      },
      error: (error) => {
        this.busyAction = false;
        const message = describeFolderError(error);
        if (this.dialog) this.dialogError = message;
        else this.actionError = message;
        this.announce(message, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  private announceLoad(event: FolderLoadEvent): void {
    const where = event.folderId === this.store.rootId ? 'Folders' : event.name;
    if (event.kind === 'error')
      this.announce(
        `Could not load ${where === 'Folders' ? 'folders' : `subfolders of ${where}`}: ${event.message}`,
        'assertive',
      );
    else if (event.count === 0)
      this.announce(event.folderId === this.store.rootId ? 'No folders.' : `${where} has no subfolders.`);
    else this.announce(`${where}: ${event.count} ${event.count === 1 ? 'folder' : 'folders'} loaded.`);
  }

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    if (this.isBrowser) void this.announcer.announce(message, politeness);
  }

  private hasFocus(): boolean {
    if (!this.isBrowser) return false;
    const active = this.host.nativeElement.ownerDocument.activeElement;
    return !!active && !!active.closest?.('[role=tree]') && this.host.nativeElement.contains(active);
  }

  private focusKey(key: string, moveFocus: boolean): void {
    const index = this.indexByKey.get(key);
    if (index === undefined) return;
    if (moveFocus) this.focusIndex(index);
    else {
      this.activeKey = key;
      this.scrollIntoView(index);
    }
  }

  /** Makes row `index` the active row, scrolls it into view and focuses it once the virtual scroller has rendered it. */
  private focusIndex(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    this.activeKey = row.key;
    this.cdr.markForCheck();
    this.scrollIntoView(index);
    if (!this.isBrowser) return;
    const id = this.rowId(row);
    const doc = this.host.nativeElement.ownerDocument;
    let attempts = 0;
    const tryFocus = () => {
      const el = doc.getElementById(id);
      if (el) {
        el.focus({ preventScroll: true });
        return;
      }
      if (++attempts < 20) requestAnimationFrame(tryFocus);
    };
    this.cdr.detectChanges();
    this.zone.runOutsideAngular(tryFocus);
  }

  private scrollIntoView(index: number): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const top = index * this.rowHeight;
    const offset = viewport.measureScrollOffset('top');
    const size = viewport.getViewportSize();
    if (top < offset) viewport.scrollToOffset(top);
    else if (size > 0 && top + this.rowHeight > offset + size) viewport.scrollToOffset(top + this.rowHeight - size);
  }

  private watchViewport(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    viewport.renderedRangeStream.pipe(takeUntil(this.destroyed)).subscribe((range) => {
      this.renderedStart = range.start;
      this.renderedEnd = range.end;
      this.cdr.markForCheck();
    });
    // The CDK measures the viewport once (and on window resize); the tree appears, hides and changes size
    // with its container (two-pane layouts, narrow screens), so measure again whenever the element resizes.
    if (this.isBrowser && typeof ResizeObserver !== 'undefined') {
      this.zone.runOutsideAngular(() => {
        const observer = new ResizeObserver(() => this.zone.run(() => viewport.checkViewportSize()));
        observer.observe(viewport.elementRef.nativeElement);
        this.destroyed.subscribe(() => observer.disconnect());
      });
    }
  }
}
