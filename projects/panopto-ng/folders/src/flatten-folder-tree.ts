import type { FolderNode } from './folder-node-graph';

/** A folder as one visible row of the tree. Levels, set sizes and positions are 1-based, as in ARIA. */
export interface FolderRow {
  readonly kind: 'folder';
  /** Stable identity for rendering. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
  readonly level: number;
  readonly setSize: number;
  readonly posInSet: number;
  readonly expanded: boolean;
  /** False once the children are loaded and there are none. */
  readonly expandable: boolean;
  /** Children are being fetched. */
  readonly busy: boolean;
}

/** Shown below an expanded folder while (more of) its children load. Not focusable. */
export interface LoadingRow {
  readonly kind: 'loading';
  readonly key: string;
  readonly parentId: string;
  readonly level: number;
}

/** Shown below an expanded folder whose children failed to load; activating it retries. */
export interface ErrorRow {
  readonly kind: 'error';
  readonly key: string;
  readonly parentId: string;
  readonly parentName: string;
  readonly level: number;
  readonly message: string;
  readonly setSize: number;
  readonly posInSet: number;
}

/** One row of the flattened tree. */
export type FolderTreeRow = FolderRow | LoadingRow | ErrorRow;

/**
 * Depth-first list of what is visible below `rootId`: each folder, then (when expanded) its loaded children,
 * a loading row while more are coming, or an error row. Iterative so a very deep tree cannot overflow the stack.
 */
export function flattenFolderTree(rootId: string, lookup: (id: string) => FolderNode | undefined): FolderTreeRow[] {
  const rows: FolderTreeRow[] = [];
  type Frame = { parentId: string; level: number; index: number; ids: readonly string[]; setSize: number };
  const stack: Frame[] = [];
  const pushChildren = (parent: FolderNode, level: number) => {
    const ids = parent.childIds ?? [];
    const trailing = parent.loadState === 'error' ? 1 : 0;
    stack.push({ parentId: parent.id, level, index: 0, ids, setSize: ids.length + trailing });
  };
  const root = lookup(rootId);
  if (!root) return rows;
  pushChildren(root, 1);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.index >= frame.ids.length) {
      stack.pop();
      const parent = lookup(frame.parentId);
      // Before the first top-level page, the component shows its own "Loading folders…" state instead of a tree.
      const firstRootPage = parent?.id === rootId && parent.loadState === 'loading' && !parent.childIds?.length;
      // Signed out before any folder loaded: the component shows its sign-in prompt, not a Retry row.
      const signInPrompt = parent?.id === rootId && parent.loadState === 'error' && parent.signInRequired;
      if (parent && !firstRootPage && !(signInPrompt && !parent.childIds?.length)) appendStatusRow(rows, parent, frame);
      continue;
    }
    const id = frame.ids[frame.index++];
    const node = lookup(id);
    if (!node) continue;
    const loadedEmpty = node.loadState === 'loaded' && (node.childIds?.length ?? 0) === 0;
    rows.push({
      kind: 'folder',
      key: node.id,
      id: node.id,
      name: node.name,
      parentId: frame.parentId,
      level: frame.level,
      setSize: frame.setSize,
      posInSet: frame.index,
      expanded: node.expanded && !loadedEmpty,
      expandable: !loadedEmpty,
      busy: node.loadState === 'loading',
    });
    if (node.expanded && !loadedEmpty) pushChildren(node, frame.level + 1);
  }
  return rows;
}

function appendStatusRow(rows: FolderTreeRow[], parent: FolderNode, frame: { level: number; setSize: number }): void {
  if (parent.loadState === 'loading') {
    rows.push({ kind: 'loading', key: `loading:${parent.id}`, parentId: parent.id, level: frame.level });
  } else if (parent.loadState === 'error') {
    rows.push({
      kind: 'error',
      key: `error:${parent.id}`,
      parentId: parent.id,
      parentName: parent.name,
      level: frame.level,
      message: parent.error ?? 'Loading failed.',
      setSize: frame.setSize,
      posInSet: frame.setSize,
    });
  }
}
