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
