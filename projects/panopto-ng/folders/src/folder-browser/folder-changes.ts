import { Observable, Subject, map, of, switchMap, takeUntil } from 'rxjs';
import { PanoptoClock } from 'panopto-ng/core';
import { describeFolderError } from '../describe-error';
import { PanoptoFolderBackend } from '../folder-backend';
import { FolderRow } from '../flatten-folder-tree';
import { FolderSearchState, searchFolders } from '../folder-search';
import { FolderTreeStore } from '../folder-tree-store';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS, PanoptoFoldersTexts } from '../i18n/folders-texts';
import { PanoptoFolderShape } from '../panopto-models';
import { FolderAnnouncementPoliteness } from './folder-announcer';
import { PanoptoFolderChange } from './folder-browser-events';
import { TreeFocus } from './tree-focus';

/** The management dialogs of the folder browser. */
export type FolderDialogKind = 'create' | 'rename' | 'move' | 'delete';

/** A dialog as the controller drives it (`PanoptoFolderDialogComponent`). */
export interface FolderDialogRef {
  open(): void;
  close(): void;
}

/** One destination of the "Move to…" dialog. */
export interface FolderMoveTarget {
  readonly id: string;
  readonly label: string;
}

/** What the management controller needs from the browser around it. */
export interface FolderChangesHost {
  readonly store: FolderTreeStore;
  readonly backend: PanoptoFolderBackend;
  readonly clock: PanoptoClock;
  /** The tree's roving focus (focus follows a change, and returns to the active row when a dialog closes). */
  readonly focus: Pick<TreeFocus, 'activeKey' | 'focusKey'>;
  /** Ends the controller's subscriptions. */
  readonly destroyed: Observable<void>;
  /** The browser's texts (announcements, refusals, destinations), in the current language. */
  readonly texts: PanoptoFoldersTexts;
  selectedId(): string | null;
  selectedRow(): FolderRow | undefined;
  canCreateAtRoot(): boolean;
  dialogRef(kind: FolderDialogKind): FolderDialogRef | undefined;
  /** Renders now (a dialog's content must exist before it opens). */
  detectChanges(): void;
  markForCheck(): void;
  announce(message: string, politeness?: FolderAnnouncementPoliteness): void;
  /** Shows (or clears) the error banner above the tree. */
  setActionError(message: string | null): void;
  /** Panopto accepted a change. */
  changed(change: PanoptoFolderChange): void;
  /** The user may manage this folder (they just created it). */
  grant(folderId: string): void;
  select(folderId: string, fromUser: boolean): void;
  /** The selected folder is gone. */
  deselect(folderId: string): void;
}

/** Most destinations the "Move to…" dialog lists from the loaded tree. */
const MAX_MOVE_TARGETS = 300;

/**
 * Loaded folders (filtered by name, indented by depth) and search results, minus `movingId` and its
 * subfolders, with the top level first when allowed: the destinations of the "Move to…" dialog, labelled with
 * `texts`.
 */
export function folderMoveTargets(
  store: Pick<FolderTreeStore, 'rootId' | 'getChildren' | 'isSelfOrDescendant'>,
  movingId: string | null,
  options: { filter: string; searchResults: readonly PanoptoFolderShape[]; includeTopLevel: boolean },
  texts: Pick<PanoptoFoldersTexts, 'topLevel' | 'moveTargetIn'> = DEFAULT_PANOPTO_FOLDERS_TEXTS,
): FolderMoveTarget[] {
  const out: FolderMoveTarget[] = [];
  if (options.includeTopLevel) out.push({ id: store.rootId, label: texts.topLevel });
  const filter = options.filter.trim().toLocaleLowerCase();
  const seen = new Set<string>();
  const visit = (parentId: string, depth: number) => {
    for (const child of store.getChildren(parentId)) {
      if (movingId && store.isSelfOrDescendant(child.id, movingId)) continue;
      if (!filter || child.name.toLocaleLowerCase().includes(filter)) {
        out.push({ id: child.id, label: `${'— '.repeat(depth)}${child.name}` });
        seen.add(child.id);
      }
      if (out.length >= MAX_MOVE_TARGETS) return;
      visit(child.id, depth + 1);
    }
  };
  visit(store.rootId, 0);
  for (const f of options.searchResults) {
    if (seen.has(f.Id) || (movingId && (f.Id === movingId || store.isSelfOrDescendant(f.Id, movingId)))) continue;
    out.push({ id: f.Id, label: f.ParentFolder?.Name ? texts.moveTargetIn(f.Name, f.ParentFolder.Name) : f.Name });
  }
  return out;
}

/**
 * Create, rename, move and delete as the user does them: which dialog is open and what it holds (name,
 * destination filter and choice, Panopto's refusal), one change at a time (`busyAction`), the store call,
 * the announcement, and what follows a success (select, focus, `folderChanged`). A refusal is shown in
 * the open dialog, or in the banner above the tree when there is none (drag and drop).
 */
export class FolderChangesController {
  /** The open dialog, or null. */
  dialog: FolderDialogKind | null = null;
  /** The name field of the create / rename dialog. */
  dialogName = '';
  /** Panopto's refusal (or ours), shown in the open dialog. */
  dialogError: string | null = null;
  /** A change is on its way to Panopto. */
  busyAction = false;
  /** The destination filter of the "Move to…" dialog. */
  moveFilter = '';
  /** The chosen destination. */
  moveTargetId: string | null = null;
  /** Folders Panopto found for the filter (beyond the loaded ones). */
  moveSearchResults: PanoptoFolderShape[] = [];
  /** Destinations the open "Move to…" dialog offers (recomputed on open, filter and search results, not per change detection). */
  moveTargets: FolderMoveTarget[] = [];
  private readonly moveQueries = new Subject<string>();

  constructor(private readonly host: FolderChangesHost) {
    this.moveQueries
      .pipe(
        switchMap((q) =>
          q.trim()
            ? searchFolders(of(q), host.backend, 0, host.clock, host.texts)
            : of<FolderSearchState>({ status: 'idle', query: '', results: [] }),
        ),
        takeUntil(host.destroyed),
      )
      .subscribe((state) => {
        this.moveSearchResults = state.results;
        if (this.dialog === 'move') this.moveTargets = this.computeMoveTargets();
        host.markForCheck();
      });
  }

  /** Opens a dialog (rename, move and delete act on the selected folder; create inside it or at the top). */
  open(kind: FolderDialogKind): void {
    if (this.dialog || this.busyAction) return;
    const selected = this.host.selectedRow();
    if (kind !== 'create' && !selected) return;
    this.dialog = kind;
    this.dialogError = null;
    this.dialogName = kind === 'rename' && selected ? selected.name : '';
    this.moveFilter = '';
    this.moveTargetId = null;
    this.moveSearchResults = [];
    this.moveTargets = kind === 'move' ? this.computeMoveTargets() : [];
    this.host.detectChanges();
    this.refOf(kind)?.open();
  }

  /** Closes the open dialog (focus returns to the tree). */
  close(): void {
    this.refOf(this.dialog)?.close();
  }

  /** The dialog closed, whichever way. */
  onClosed(): void {
    this.dialog = null;
    this.moveTargets = [];
    this.busyAction = false;
    this.host.markForCheck();
    const active = this.host.focus.activeKey;
    if (active) this.host.focus.focusKey(active, true);
  }

  /** Submit of the create / rename dialog. */
  submitName(): void {
    const selectedId = this.host.selectedId();
    if (this.dialog === 'create') this.create(selectedId ?? this.host.store.rootId, this.dialogName);
    else if (this.dialog === 'rename' && selectedId) this.rename(selectedId, this.dialogName);
  }

  /** Submit of the "Move to…" dialog. */
  confirmMove(): void {
    const selectedId = this.host.selectedId();
    if (selectedId && this.moveTargetId) this.move(selectedId, this.moveTargetId);
    else this.dialogError = this.host.texts.chooseDestination;
  }

  /** The destination filter changed: filter the loaded folders now, ask Panopto too. */
  onMoveFilter(value: string): void {
    this.moveFilter = value;
    this.moveTargets = this.computeMoveTargets();
    this.moveQueries.next(value);
  }

  create(parentId: string, name: string): void {
    const host = this.host;
    this.run(host.store.create(parentId, name), (node) => {
      host.grant(node.id);
      host.changed({ kind: 'created', id: node.id, name: node.name, parentId });
      host.select(node.id, true);
      host.focus.focusKey(node.id, true);
      return host.texts.announceCreated(node.name);
    });
  }

  rename(id: string, name: string): void {
    this.run(this.host.store.rename(id, name), (node) => {
      this.host.changed({ kind: 'renamed', id, name: node.name });
      return this.host.texts.announceRenamed(node.name);
    });
  }

  move(id: string, newParentId: string): void {
    const store = this.host.store;
    // null: the top level; undefined: a destination whose name is not known here.
    const parentName =
      newParentId === store.rootId
        ? null
        : store.getNode(newParentId)?.name ?? this.moveSearchResults.find((f) => f.Id === newParentId)?.Name;
    this.run(store.move(id, newParentId), (node) => {
      this.host.changed({ kind: 'moved', id, name: node.name, parentId: newParentId });
      this.host.focus.focusKey(node.id, false);
      return this.host.texts.announceMoved(node.name, parentName);
    });
  }

  delete(id: string): void {
    const host = this.host;
    const name = host.store.getNode(id)?.name;
    const parentId = host.store.getNode(id)?.parentId ?? null;
    this.run(host.store.delete(id).pipe(map(() => null)), () => {
      host.changed({ kind: 'deleted', id, name: name ?? '' });
      host.deselect(id);
      if (parentId && parentId !== host.store.rootId) {
        host.select(parentId, true);
        host.focus.focusKey(parentId, true);
      }
      return host.texts.announceDeleted(name);
    });
  }

  private computeMoveTargets(): FolderMoveTarget[] {
    return folderMoveTargets(
      this.host.store,
      this.host.selectedId(),
      {
        filter: this.moveFilter,
        searchResults: this.moveSearchResults,
        includeTopLevel: this.host.canCreateAtRoot(),
      },
      this.host.texts,
    );
  }

  private refOf(kind: FolderDialogKind | null): FolderDialogRef | undefined {
    return this.host.dialogRef(kind === 'move' || kind === 'delete' ? kind : 'create');
  }

  private run<T>(change: Observable<T>, done: (result: T) => string): void {
    const host = this.host;
    this.busyAction = true;
    this.dialogError = null;
    host.setActionError(null);
    host.markForCheck();
    change.pipe(takeUntil(host.destroyed)).subscribe({
      next: (result) => {
        const message = done(result);
        this.busyAction = false;
        host.announce(message);
        if (this.dialog) this.close();
        host.markForCheck();
      },
      error: (error) => {
        this.busyAction = false;
        const message = describeFolderError(error, host.texts);
        if (this.dialog) this.dialogError = message;
        else host.setActionError(message);
        host.announce(message, 'assertive');
        host.markForCheck();
      },
    });
  }
}
