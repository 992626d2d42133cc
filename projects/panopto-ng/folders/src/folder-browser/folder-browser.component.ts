import { BooleanInput, coerceBooleanProperty } from '@angular/cdk/coercion';
import { PanoptoFolderCaptionProviderComponent } from 'panopto-ng/captions';
import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { DOCUMENT, NgFor, NgIf, isPlatformBrowser } from '@angular/common';
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
import { Subject, Subscription, switchMap, takeUntil } from 'rxjs';
import { isGuid } from 'panopto-ng/core';
import { PANOPTO_CLOCK, PanoptoSignInLauncher, injectPanoptoTexts } from 'panopto-ng';
import { PanoptoFolderDialogComponent } from '../dialog/folder-dialog.component';
import { describeFolderError } from '../describe-error';
import { PanoptoFolderBackend } from '../folder-backend';
import { FolderTreeStore } from '../folder-tree-store';
import { FolderRow, FolderTreeRow } from '../flatten-folder-tree';
import { PANOPTO_FOLDERS_TEXTS } from '../i18n/folders-texts-set';
import { loadAncestorChain } from '../folder-search';
import { PANOPTO_ROOT_FOLDER_ID, PanoptoFolderShape } from '../panopto-models';
import { isFocusableRow } from '../tree-keyboard';
import { FolderBrowserAnnouncer } from './folder-announcer';
import { PanoptoFolderChange, PanoptoFolderSelection } from './folder-browser-events';
import { FolderChangesController, FolderChangesHost, FolderDialogKind } from './folder-changes';
import { FolderDragDrop } from './folder-drag-drop';
import { FolderPermissions } from './folder-permissions';
import { FolderSearchBox } from './folder-search-box';
import { FolderSignInPrompt } from './folder-sign-in-prompt';
import { TreeFocus } from './tree-focus';
import { TreeKeyboardController } from './tree-keyboard-controller';

export type { PanoptoFolderChange, PanoptoFolderSelection } from './folder-browser-events';

let nextBrowserId = 0;

/**
 * A Panopto folder tree: lazy (children load on expand, page by page), virtualised (only the rows in view are
 * in the DOM, so folders with thousands of children stay smooth), keyboard-complete (WAI-ARIA tree pattern
 * with a roving tabindex), with folder search and, where the user may, create / rename / move (drag and drop
 * or the "Move to…" dialog) / delete.
 *
 * The component wires headless parts together: `FolderTreeStore` (the lazy tree), `TreeFocus` (roving
 * tabindex over the virtual scroller), `TreeKeyboardController` (the keys), `FolderSearchBox`,
 * `FolderPermissions` (who may manage what), `FolderChangesController` (dialogs and changes),
 * `FolderDragDrop` and `FolderBrowserAnnouncer` (screen-reader messages). Every text comes from
 * `PANOPTO_FOLDERS_TEXTS`, in the language `PanoptoLanguage` speaks.
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
  imports: [NgIf, NgFor, ScrollingModule, PanoptoFolderDialogComponent, PanoptoFolderCaptionProviderComponent],
  templateUrl: './folder-browser.component.html',
  styleUrls: ['./folder-browser.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [FolderTreeStore, FolderBrowserAnnouncer],
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
  /** Accessible name of the tree; the texts set's `treeLabel` ("Panopto folders") when not bound. */
  @Input() ariaLabel: string | null = null;
  /** Row height in px (the virtual scroller needs a fixed one). */
  @Input() rowHeight = 36;

  /** The user selected a folder (click, Enter, Space, or a search result). */
  @Output() readonly folderSelected = new EventEmitter<PanoptoFolderSelection>();
  /** The user activated a folder (Enter or double click). */
  @Output() readonly folderActivated = new EventEmitter<PanoptoFolderSelection>();
  /** A folder was created, renamed, moved or deleted. */
  @Output() readonly folderChanged = new EventEmitter<PanoptoFolderChange>();
  /** "Sign in" was pressed while signed out and `withPanoptoAuth()` is not configured: the app starts sign-in. */
  @Output() readonly signInRequested = new EventEmitter<void>();

  @ViewChild(CdkVirtualScrollViewport) viewport?: CdkVirtualScrollViewport;
  @ViewChild('nameDialog') nameDialog?: PanoptoFolderDialogComponent;
  @ViewChild('moveDialog') moveDialog?: PanoptoFolderDialogComponent;
  @ViewChild('deleteDialog') deleteDialog?: PanoptoFolderDialogComponent;

  /** The browser's texts in the current language (`PANOPTO_FOLDERS_TEXTS`, its translations and overrides). */
  readonly texts = injectPanoptoTexts(PANOPTO_FOLDERS_TEXTS);
  readonly store = inject(FolderTreeStore);
  private readonly backend = inject(PanoptoFolderBackend);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly announcer = inject(FolderBrowserAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly destroyed = new Subject<void>();
  private hideManagementValue = false;
  private hideSearchValue = false;
  private canCreateAtRootValue = false;
  private revealSubscription?: Subscription;
  private started = false;

  readonly uid = `panopto-folder-browser-${nextBrowserId++}`;
  /** Active row, visible rows and focus (roving tabindex). */
  readonly focus = new TreeFocus({
    host: inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    zone: inject(NgZone),
    cdr: this.cdr,
    isBrowser: isPlatformBrowser(inject(PLATFORM_ID)),
    viewport: () => this.viewport,
    rowHeight: () => this.rowHeight,
    rowId: (row) => this.rowId(row),
  });
  /** Who may manage which folder (`canManage="auto"`). */
  private readonly permissions = new FolderPermissions(
    this.backend,
    (parentId) => this.store.getChildren(parentId),
    this.destroyed,
    () => this.cdr.markForCheck(),
    () => ({ hidden: this.hideManagementValue, canManage: this.canManage }),
  );
  /** Dialogs and the changes they make. */
  readonly manage = new FolderChangesController(this.changesHost());
  /** Drag and drop of rows (moves through the same call as the dialog). */
  readonly dnd = new FolderDragDrop({
    mayDrag: (id) => this.mayManage(id),
    isSelfOrDescendant: (candidate, id) => this.store.isSelfOrDescendant(candidate, id),
    move: (id, parentId) => this.moveFolder(id, parentId),
    changed: () => this.cdr.markForCheck(),
  });

  /** The signed-out state (401 at the top level): a sign-in prompt instead of Panopto's message and Retry. */
  readonly signIn = new FolderSignInPrompt({
    launcher: inject(PanoptoSignInLauncher),
    document: inject(DOCUMENT),
    requested: this.signInRequested,
    root: () => this.store.getNode(this.store.rootId),
    changed: () => this.cdr.markForCheck(),
    texts: this.texts,
  });
  /** The search box and its results. */
  readonly searchBox = new FolderSearchBox(this.backend, this.clock, this.destroyed, this.texts, (state) => {
    this.announcer.announceSearch(state);
    this.cdr.markForCheck();
  });
  /** The tree's keyboard model. */
  readonly keyboard = new TreeKeyboardController(
    {
      focus: this.focus,
      tree: this.store,
      select: (row) => this.select(row.id, true),
      activate: (row) => this.folderActivated.emit(this.selectionOf(row)),
      edit: (row, kind) => {
        this.select(row.id, true);
        if (this.mayManageSelected) this.openDialog(kind);
      },
    },
    this.clock,
  );

  selectedId: string | null = null;
  /** The selected folder's automatic caption provider is shown (loaded on demand, from panopto-ng/captions). */
  captionSettingsOpen = false;
  /** A configuration problem shown instead of the tree. */
  configError: string | null = null;
  /** Message of the last failed change, shown above the tree. */
  actionError: string | null = null;

  /** The visible rows. */
  get rows(): FolderTreeRow[] {
    return this.focus.rows;
  }

  /** Key of the active (tabbable) row. */
  get activeKey(): string | null {
    return this.focus.activeKey;
  }

  ngOnInit(): void {
    // Without a bound rootFolderId, ngOnChanges never saw one: start from the default root.
    if (!this.started) this.start();
    this.store.onLoad((event) => this.announcer.announceLoad(event, this.store.rootId));
    this.store.rows$.pipe(takeUntil(this.destroyed)).subscribe((rows) => this.onRows(rows));
    this.searchBox.connect();
  }

  ngOnChanges(changes: SimpleChanges): void {
    if (changes['rootFolderId']) this.start();
    if (changes['selectedFolderId'] && this.selectedFolderId && this.selectedFolderId !== this.selectedId)
      this.reveal(this.selectedFolderId);
  }

  ngAfterViewInit(): void {
    this.focus.watchViewport(this.destroyed);
  }

  ngOnDestroy(): void {
    this.destroyed.next();
    this.destroyed.complete();
    this.revealSubscription?.unsubscribe();
    this.store.onLoad(null);
  }

  /** Loads the tree again from Panopto, keeping the selection when it still exists. */
  refresh(): void {
    this.permissions.clear();
    this.store.refresh();
  }

  /** Reveals a folder anywhere below the root: loads its ancestors, expands them, selects and scrolls to it. */
  reveal(folderId: string): void {
    if (!isGuid(folderId)) {
      this.actionError = this.texts.invalidFolderId(folderId);
      this.cdr.markForCheck();
      return;
    }
    this.revealSubscription?.unsubscribe();
    this.revealSubscription = loadAncestorChain(this.backend, folderId, this.store.rootId)
      .pipe(switchMap((chain) => this.store.revealPath(chain)))
      .subscribe({
        next: (node) => {
          this.select(node.id, false);
          this.focus.focusKey(node.id, this.focus.hasFocus());
          this.announcer.announce(this.texts.announceSelected(node.name));
        },
        error: (error) => {
          this.actionError = this.texts.openFailed(describeFolderError(error, this.texts));
          this.announcer.announce(this.actionError, 'assertive');
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

  get rootBusy(): boolean {
    const root = this.store.getNode(this.store.rootId);
    return root?.loadState === 'loading' && !root.childIds?.length;
  }

  get rootEmpty(): boolean {
    const root = this.store.getNode(this.store.rootId);
    return root?.loadState === 'loaded' && !root.childIds?.length;
  }

  get selectedRow(): FolderRow | undefined {
    const index = this.selectedId ? this.focus.indexOf(this.selectedId) : undefined;
    const row = index !== undefined ? this.rows[index] : undefined;
    return row?.kind === 'folder' ? row : undefined;
  }

  onTreeFocus(event: FocusEvent): void {
    if (event.target !== event.currentTarget) return;
    const active = this.focus.activeIndex;
    const index = active >= 0 ? active : this.rows.findIndex(isFocusableRow);
    if (index >= 0) this.focus.focusIndex(index);
  }

  onRowClick(row: FolderTreeRow, event: MouseEvent): void {
    const index = this.focus.indexOf(row.key) ?? -1;
    this.focus.activeKey = row.key;
    if (row.kind === 'error') this.store.retry(row.parentId);
    else if (row.kind === 'folder') {
      const onTwisty = (event.target as HTMLElement | null)?.closest?.('.pfb-twisty');
      if (onTwisty && row.expandable) this.store.toggle(row.id);
      else this.select(row.id, true);
    }
    if (index >= 0) this.focus.focusIndex(index);
  }

  onRowDblClick(row: FolderTreeRow): void {
    if (row.kind !== 'folder') return;
    this.store.toggle(row.id);
    this.folderActivated.emit(this.selectionOf(row));
  }

  /** Prefetches the permission a drag would need. */
  onRowPointerDown(row: FolderTreeRow): void {
    if (row.kind === 'folder') this.permissions.check(row.id, row.parentId);
  }

  /** A search result was chosen: reveal it in the tree. */
  chooseResult(folder: PanoptoFolderShape): void {
    this.reveal(folder.Id);
  }

  /** Whether the management toolbar is shown at all. */
  get managementVisible(): boolean {
    return this.permissions.visible;
  }

  /** Whether the selected folder may be renamed / moved / deleted / get subfolders. */
  get mayManageSelected(): boolean {
    return !!this.selectedId && this.mayManage(this.selectedId);
  }

  /** Whether the user may manage that folder, as far as known. */
  mayManage(folderId: string): boolean {
    return this.permissions.mayManage(folderId);
  }

  get mayCreateHere(): boolean {
    return this.selectedId ? this.mayManageSelected : this.managementVisible && this.canCreateAtRootValue;
  }

  /** Opens the create, rename, move or delete dialog (for the selected folder). */
  openDialog(kind: FolderDialogKind): void {
    this.manage.open(kind);
  }

  /** Closes the open dialog. */
  closeDialog(): void {
    this.manage.close();
  }

  /** Creates a folder (from the dialog). */
  createFolder(parentId: string, name: string): void {
    this.manage.create(parentId, name);
  }

  /** Renames a folder (from the dialog). */
  renameFolder(id: string, name: string): void {
    this.manage.rename(id, name);
  }

  /** Moves a folder. Drag-and-drop and the "Move to…" dialog both call this. */
  moveFolder(id: string, newParentId: string): void {
    this.manage.move(id, newParentId);
  }

  /** Deletes a folder (after the confirmation dialog). */
  deleteFolder(id: string): void {
    this.manage.delete(id);
  }

  private start(): void {
    this.started = true;
    this.revealSubscription?.unsubscribe();
    this.focus.activeKey = null;
    this.selectedId = null;
    this.permissions.clear();
    if (!isGuid(this.rootFolderId)) {
      this.configError = this.texts.invalidRootFolderId(this.rootFolderId);
      return;
    }
    this.configError = null;
    this.store.errorTexts = this.texts; // load failures are worded when they happen, in that moment's language
    this.store.setRoot(this.rootFolderId);
  }

  private onRows(rows: FolderTreeRow[]): void {
    // A row that went away falls back to its nearest visible ancestor.
    this.focus.setRows(rows, (lostKey) => {
      const node = this.store.getNode(lostKey);
      return node ? [...this.store.getAncestors(node.id)].reverse().find((a) => this.focus.has(a.id))?.id : undefined;
    });
  }

  private select(id: string, fromUser: boolean): void {
    const node = this.store.getNode(id);
    if (!node) return;
    this.selectedId = id;
    this.actionError = null;
    this.focus.activeKey = id;
    if (node.parentId) this.permissions.check(id, node.parentId);
    this.cdr.markForCheck();
    if (fromUser || this.selectedFolderId !== id)
      this.folderSelected.emit({ id, name: node.name, parentId: node.parentId ?? this.store.rootId });
  }

  private selectionOf(row: FolderRow): PanoptoFolderSelection {
    return { id: row.id, name: row.name, parentId: row.parentId };
  }

  private changesHost(): FolderChangesHost {
    return {
      store: this.store,
      backend: this.backend,
      clock: this.clock,
      focus: this.focus,
      destroyed: this.destroyed,
      texts: this.texts,
      selectedId: () => this.selectedId,
      selectedRow: () => this.selectedRow,
      canCreateAtRoot: () => this.canCreateAtRootValue,
      dialogRef: (kind) =>
        kind === 'move' ? this.moveDialog : kind === 'delete' ? this.deleteDialog : this.nameDialog,
      detectChanges: () => this.cdr.detectChanges(),
      markForCheck: () => this.cdr.markForCheck(),
      announce: (message, politeness) => this.announcer.announce(message, politeness),
      setActionError: (message) => (this.actionError = message),
      changed: (change) => this.folderChanged.emit(change),
      grant: (id) => this.permissions.grant(id),
      select: (id, fromUser) => this.select(id, fromUser),
      deselect: (id) => (this.selectedId = this.selectedId === id ? null : this.selectedId),
    };
  }
}
