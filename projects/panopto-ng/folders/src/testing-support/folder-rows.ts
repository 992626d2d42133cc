// Spec helper (excluded from the library build): visible tree rows as `flattenFolderTree` makes them.
import { FolderRow } from '../flatten-folder-tree';

/** A folder row named after its id (parent 'p', closed, expandable), with `extra` overriding any field. */
export function folderRow(id: string, level = 1, extra: Partial<FolderRow> = {}): FolderRow {
  return {
    kind: 'folder',
    key: id,
    id,
    name: id,
    parentId: 'p',
    level,
    setSize: 1,
    posInSet: 1,
    expanded: false,
    expandable: true,
    busy: false,
    ...extra,
  };
}
