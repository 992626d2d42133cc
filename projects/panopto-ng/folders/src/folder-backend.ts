import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { PanoptoApi, ROOT_FOLDER_ID } from 'panopto-ng';
import { PanoptoFolderShape, PanoptoSessionShape, PanoptoSortOrder, SessionListSortField } from './panopto-models';

/** One page of a folder's sessions, as the session list asks for it. */
export interface SessionPageRequest {
  sortField: SessionListSortField;
  sortOrder: PanoptoSortOrder;
  /** Panopto pages start at 0. */
  pageNumber: number;
}

/**
 * The Panopto calls the folder components make, one page at a time so the components can show rows as soon
 * as the first page arrives and stop fetching when the user collapses a folder.
 *
 * The default implementation is `panopto-ng`'s `PanoptoApi` (so retries, rate limiting and the app's
 * interceptors, including `panopto-ng/auth`'s, apply). Provide your own subclass to feed the components from
 * anywhere else, for example fixed data in a design gallery.
 *
 * @example
 * ```ts
 * providers: [{ provide: PanoptoFolderBackend, useClass: MyCachedFolderBackend }]
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => new PanoptoApiFolderBackend() })
export abstract class PanoptoFolderBackend {
  /**
   * `GET /folders/{id}/children?pageNumber=` — an empty array means there are no more pages. `background`
   * marks calls the user did not ask for (permission checks) so they wait behind interactive ones.
   */
  abstract childrenPage(
    folderId: string,
    pageNumber: number,
    options?: { canCreate?: boolean; background?: boolean },
  ): Observable<PanoptoFolderShape[]>;
  /** `GET /folders/{id}` */
  abstract getFolder(folderId: string): Observable<PanoptoFolderShape>;
  /** `GET /folders/search?searchQuery=` (first page, by relevance). */
  abstract searchFolders(
    query: string,
    options?: { canCreate?: boolean; pageNumber?: number },
  ): Observable<PanoptoFolderShape[]>;
  /** `POST /folders` — `parentId` null creates a top-level folder. */
  abstract createFolder(name: string, parentId: string | null): Observable<PanoptoFolderShape>;
  /** `PUT /folders/{id}` with `Name` and/or `Parent` (the root id moves it to the top level). */
  abstract updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Observable<PanoptoFolderShape>;
  /** `DELETE /folders/{id}` */
  abstract deleteFolder(folderId: string): Observable<void>;
  /** `GET /folders/{id}/sessions` — one page. */
  abstract sessionsPage(folderId: string, request: SessionPageRequest): Observable<PanoptoSessionShape[]>;
}

/** The default backend: `panopto-ng`'s `PanoptoApi` (retries, rate limiting, request sharing, typed errors). */
@Injectable()
export class PanoptoApiFolderBackend extends PanoptoFolderBackend {
  private readonly folders = inject(PanoptoApi).folders;

  childrenPage(
    folderId: string,
    pageNumber: number,
    options: { canCreate?: boolean; background?: boolean } = {},
  ): Observable<PanoptoFolderShape[]> {
    return this.folders
      .children(folderId, {
        pageNumber,
        sortField: 'Name',
        sortOrder: 'Asc',
        canCreate: options.canCreate || undefined,
        priority: options.background ? 'background' : 'interactive',
      })
      .pipe(map((r) => r.Results ?? []));
  }

  getFolder(folderId: string): Observable<PanoptoFolderShape> {
    return this.folders.get(folderId);
  }

  searchFolders(
    query: string,
    options: { canCreate?: boolean; pageNumber?: number } = {},
  ): Observable<PanoptoFolderShape[]> {
    return this.folders
      .search(query, { canCreate: options.canCreate || undefined, pageNumber: options.pageNumber ?? 0 })
      .pipe(map((r) => r.Results ?? []));
  }

  createFolder(name: string, parentId: string | null): Observable<PanoptoFolderShape> {
    return this.folders.create(
      parentId && parentId !== ROOT_FOLDER_ID ? { Name: name, Parent: parentId } : { Name: name },
    );
  }

  updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Observable<PanoptoFolderShape> {
    return this.folders.update(folderId, changes);
  }

  deleteFolder(folderId: string): Observable<void> {
    return this.folders.delete(folderId).pipe(map(() => undefined));
  }

  sessionsPage(folderId: string, request: SessionPageRequest): Observable<PanoptoSessionShape[]> {
    return this.folders
      .sessions(folderId, {
        sortField: request.sortField,
        sortOrder: request.sortOrder,
        pageNumber: request.pageNumber,
      })
      .pipe(map((r) => r.Results ?? []));
  }
}
