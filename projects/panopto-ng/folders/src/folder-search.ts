import {
  Observable,
  catchError,
  debounce,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  expand,
  reduce,
  EMPTY,
  throwError,
} from 'rxjs';
import { PanoptoClock, clockTimer, systemClock } from 'panopto-ng/core';
import { PanoptoFolderBackend } from './folder-backend';
import { FolderErrorTexts, describeFolderError } from './describe-error';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS } from './i18n/folders-texts';
import { FolderTreeError } from './folder-tree-error';
import { PANOPTO_ROOT_FOLDER_ID, PanoptoFolderShape } from './panopto-models';

/** The state of the folder search box. */
export type FolderSearchState =
  | { status: 'idle'; query: ''; results: [] }
  | { status: 'searching'; query: string; results: PanoptoFolderShape[] }
  | { status: 'done'; query: string; results: PanoptoFolderShape[] }
  | { status: 'error'; query: string; results: []; message: string };

/**
 * Debounced folder search: waits `debounceMs` after the last keystroke, ignores repeats, and cancels the
 * request of a query the user has already typed past (switchMap), so only the latest answer is shown.
 * The wait runs on `clock` (the component passes `PANOPTO_CLOCK`; tests a `FakePanoptoClock`). A failure's message
 * is worded with `texts` (the browser passes its texts set; English by default).
 */
export function searchFolders(
  queries: Observable<string>,
  backend: PanoptoFolderBackend,
  debounceMs = 300,
  clock: PanoptoClock = systemClock,
  texts: FolderErrorTexts = DEFAULT_PANOPTO_FOLDERS_TEXTS,
): Observable<FolderSearchState> {
  return queries.pipe(
    map((q) => q.trim()),
    debounce(() => clockTimer(clock, debounceMs)),
    distinctUntilChanged(),
    switchMap((query): Observable<FolderSearchState> => {
      if (!query) return of({ status: 'idle', query: '', results: [] });
      return backend.searchFolders(query).pipe(
        map((results): FolderSearchState => ({ status: 'done', query, results })),
        startWith<FolderSearchState>({ status: 'searching', query, results: [] }),
        catchError((error) =>
          of<FolderSearchState>({ status: 'error', query, results: [], message: describeFolderError(error, texts) }),
        ),
      );
    }),
  );
}

/** Deepest tree Panopto is expected to have; guards against a cycle in bad data. */
const MAX_DEPTH = 64;

/**
 * Fetches a folder and walks `ParentFolder` up with `GET /folders/{id}` until the top level (or `stopAt`),
 * returning the chain from the top down, the folder itself last.
 */
export function loadAncestorChain(
  backend: PanoptoFolderBackend,
  folderId: string,
  stopAt: string = PANOPTO_ROOT_FOLDER_ID,
): Observable<PanoptoFolderShape[]> {
  return backend.getFolder(folderId).pipe(
    expand((folder, depth) => {
      const parentId = folder.ParentFolder?.Id;
      if (!parentId || parentId === PANOPTO_ROOT_FOLDER_ID || folder.Id === stopAt || parentId === stopAt) return EMPTY;
      if (depth >= MAX_DEPTH)
        return throwError(
          () =>
            new FolderTreeError(
              'panopto-ng/folders: the folder chain is deeper than expected (a cycle?).',
              'folder-chain-too-deep',
            ),
        );
      return backend.getFolder(parentId);
    }),
    reduce((chain, folder) => [folder, ...chain], [] as PanoptoFolderShape[]),
  );
}
