import { PanoptoFolderShape } from './panopto-models';

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
  /** The last load failed because nobody is signed in (401): signing in, not Retry, fixes it. */
  readonly signInRequired: boolean;
  readonly expanded: boolean;
}

/** What a finished load reports (the browser announces it). */
export type FolderLoadEvent =
  | { kind: 'loaded'; folderId: string; name: string; count: number }
  | { kind: 'error'; folderId: string; name: string; message: string };

/** A {@link FolderNode} as the store changes it (internal). */
export interface MutableFolderNode {
  id: string;
  name: string;
  parentId: string | null;
  childIds: string[] | null;
  loadState: FolderLoadState;
  error: string | null;
  signInRequired: boolean;
  expanded: boolean;
  /** The next page of children to request. */
  nextPage: number;
}

/**
 * The folders `FolderTreeStore` knows, as a parent/child graph below one root: lookups (level, children,
 * ancestors, descent) and the structural edits (insert in name order, detach, forget a subtree). No loading,
 * no Observables: the store decides when, this class only keeps the links consistent. Internal.
 */
export class FolderNodeGraph {
  private readonly nodes = new Map<string, MutableFolderNode>();
  private root: string;

  constructor(rootId: string) {
    this.root = rootId;
    this.reset(rootId);
  }

  /** Id of the folder whose children are the top-level rows. */
  get rootId(): string {
    return this.root;
  }

  /** Forgets every folder and starts over with an unloaded, expanded root. */
  reset(rootId: string): void {
    this.nodes.clear();
    this.root = rootId;
    this.nodes.set(rootId, {
      id: rootId,
      name: '',
      parentId: null,
      childIds: null,
      loadState: 'idle',
      error: null,
      signInRequired: false,
      expanded: true,
      nextPage: 0,
    });
  }

  /** The node, or undefined when it is not loaded. */
  get(id: string): MutableFolderNode | undefined {
    return this.nodes.get(id);
  }

  /** `get` as a function value (for `flattenFolderTree`). */
  readonly lookup = (id: string): FolderNode | undefined => this.nodes.get(id);

  /** Depth below the root: the top-level rows are level 1 (as `aria-level`). The root is 0; unknown is -1. */
  getLevel(id: string): number {
    let level = 0;
    let node = this.nodes.get(id);
    while (node && node.id !== this.root) {
      level++;
      node = node.parentId ? this.nodes.get(node.parentId) : undefined;
    }
    return node ? level : -1;
  }

  /** The loaded children of a folder (empty before they load). */
  getChildren(id: string): MutableFolderNode[] {
    const ids = this.nodes.get(id)?.childIds ?? [];
    return ids.map((c) => this.nodes.get(c)).filter((n): n is MutableFolderNode => !!n);
  }

  /** The chain of loaded ancestors from the top level down to the folder's parent. */
  getAncestors(id: string): MutableFolderNode[] {
    const chain: MutableFolderNode[] = [];
    let parentId = this.nodes.get(id)?.parentId ?? null;
    while (parentId && parentId !== this.root) {
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

  /** Adds a folder Panopto listed under `parentId`, or updates (and re-parents) the one already known. */
  upsert(folder: PanoptoFolderShape, parentId: string): MutableFolderNode {
    const existing = this.nodes.get(folder.Id);
    if (existing) {
      existing.name = folder.Name ?? existing.name;
      if (existing.parentId !== parentId) {
        this.detach(existing);
        existing.parentId = parentId;
      }
      return existing;
    }
    const node: MutableFolderNode = {
      id: folder.Id,
      name: folder.Name ?? '',
      parentId,
      childIds: null,
      loadState: 'idle',
      error: null,
      signInRequired: false,
      expanded: false,
      nextPage: 0,
    };
    this.nodes.set(node.id, node);
    return node;
  }

  /** Inserts `id` among the loaded children of `parent` where Panopto's name order puts it. */
  insertSorted(parent: MutableFolderNode, id: string): void {
    if (!parent.childIds) return;
    if (parent.childIds.includes(id)) return;
    const name = this.nodes.get(id)?.name ?? '';
    const at = parent.childIds.findIndex(
      (c) => (this.nodes.get(c)?.name ?? '').localeCompare(name, undefined, { sensitivity: 'base' }) > 0,
    );
    if (at < 0) parent.childIds.push(id);
    else parent.childIds.splice(at, 0, id);
  }

  /** Takes the node out of its parent's child list (the node itself stays known). */
  detach(node: MutableFolderNode): void {
    const parent = node.parentId ? this.nodes.get(node.parentId) : undefined;
    if (parent?.childIds) {
      const index = parent.childIds.indexOf(node.id);
      if (index >= 0) parent.childIds.splice(index, 1);
    }
  }

  /** Forgets a folder and everything below it; `onForget` sees each id (to cancel its load). */
  forgetSubtree(id: string, onForget: (id: string) => void): void {
    const node = this.nodes.get(id);
    if (!node) return;
    for (const child of node.childIds ?? []) this.forgetSubtree(child, onForget);
    onForget(id);
    this.nodes.delete(id);
  }

  /** Forgets the loaded children of a folder (it becomes unloaded); `onForget` sees each forgotten id. */
  forgetChildren(node: MutableFolderNode, onForget: (id: string) => void): void {
    for (const child of node.childIds ?? []) this.forgetSubtree(child, onForget);
    onForget(node.id);
    node.childIds = null;
    node.nextPage = 0;
    node.loadState = 'idle';
    node.error = null;
    node.signInRequired = false;
  }
}
