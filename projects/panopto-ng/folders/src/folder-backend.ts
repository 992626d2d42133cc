import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { PANOPTO_CONFIG } from 'panopto-ng';
import {
  PANOPTO_ROOT_FOLDER_ID,
  PanoptoFolderShape,
  PanoptoSessionShape,
  PanoptoSortOrder,
  SessionSortField,
  isFolderGuid,
} from './panopto-models';

/** One page of a folder's sessions, as the session list asks for it. */
export interface SessionPageRequest {
  sortField: SessionSortField;
  sortOrder: PanoptoSortOrder;
  /** Panopto pages start at 0. */
  pageNumber: number;
}

/**
 * The Panopto calls the folder components make, one page at a time so the components can show rows as soon
 * as the first page arrives and stop fetching when the user collapses a folder.
 *
 * The default implementation talks to Panopto's REST v1 through `HttpClient` (so the app's interceptors,
 * including `panopto-ng/auth`'s, attach the token). Provide your own subclass to feed the components from
 * anywhere else, for example fixed data in a design gallery.
 *
 * @example
 * ```ts
 * providers: [{ provide: PanoptoFolderBackend, useClass: MyCachedFolderBackend }]
 * ```
 */
@Injectable({ providedIn: 'root', useFactory: () => new HttpPanoptoFolderBackend() })
export abstract class PanoptoFolderBackend {
  /** `GET /folders/{id}/children?pageNumber=` — an empty array means there are no more pages. */
  abstract childrenPage(folderId: string, pageNumber: number, options?: { canCreate?: boolean }): Observable<PanoptoFolderShape[]>;
  /** `GET /folders/{id}` */
  abstract getFolder(folderId: string): Observable<PanoptoFolderShape>;
  /** `GET /folders/search?searchQuery=` (first page, by relevance). */
  abstract searchFolders(query: string, options?: { canCreate?: boolean; pageNumber?: number }): Observable<PanoptoFolderShape[]>;
  /** `POST /folders` — `parentId` null creates a top-level folder. */
  abstract createFolder(name: string, parentId: string | null): Observable<PanoptoFolderShape>;
  /** `PUT /folders/{id}` with `Name` and/or `Parent` (the root id moves it to the top level). */
  abstract updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Observable<PanoptoFolderShape>;
  /** `DELETE /folders/{id}` */
  abstract deleteFolder(folderId: string): Observable<void>;
  /** `GET /folders/{id}/sessions` — one page. */
  abstract sessionsPage(folderId: string, request: SessionPageRequest): Observable<PanoptoSessionShape[]>;
}

interface ListResponse<T> {
  Results?: T[] | null;
}

/** Rejects ids that are not GUIDs before they become part of a URL path. */
function checkedId(folderId: string): string {
  if (!isFolderGuid(folderId)) {
    throw new Error(`panopto-ng/folders: '${folderId}' is not a Panopto folder id (a GUID such as ${PANOPTO_ROOT_FOLDER_ID}).`);
  }
  return folderId;
}

/** The default backend: Panopto REST v1 over `HttpClient`. */
@Injectable()
export class HttpPanoptoFolderBackend extends PanoptoFolderBackend {
  private readonly http = inject(HttpClient);
  private readonly base = inject(PANOPTO_CONFIG).apiBaseUrl;

  childrenPage(folderId: string, pageNumber: number, options: { canCreate?: boolean } = {}): Observable<PanoptoFolderShape[]> {
    const params = new HttpParams({
      fromObject: { canCreate: String(!!options.canCreate), sortField: 'Name', sortOrder: 'Asc', pageNumber: String(pageNumber) },
    });
    return this.http
      .get<ListResponse<PanoptoFolderShape>>(`${this.base}/folders/${checkedId(folderId)}/children`, { params })
      .pipe(map((r) => r?.Results ?? []));
  }

  getFolder(folderId: string): Observable<PanoptoFolderShape> {
    return this.http.get<PanoptoFolderShape>(`${this.base}/folders/${checkedId(folderId)}`);
  }

  searchFolders(query: string, options: { canCreate?: boolean; pageNumber?: number } = {}): Observable<PanoptoFolderShape[]> {
    const params = new HttpParams({
      fromObject: { searchQuery: query, canCreate: String(!!options.canCreate), pageNumber: String(options.pageNumber ?? 0) },
    });
    return this.http.get<ListResponse<PanoptoFolderShape>>(`${this.base}/folders/search`, { params }).pipe(map((r) => r?.Results ?? []));
  }

  createFolder(name: string, parentId: string | null): Observable<PanoptoFolderShape> {
    const body: { Name: string; Parent?: string } = { Name: name };
    if (parentId && parentId !== PANOPTO_ROOT_FOLDER_ID) body.Parent = checkedId(parentId);
    return this.http.post<PanoptoFolderShape>(`${this.base}/folders`, body);
  }

  updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Observable<PanoptoFolderShape> {
    if (changes.Parent !== undefined) checkedId(changes.Parent);
    return this.http.put<PanoptoFolderShape>(`${this.base}/folders/${checkedId(folderId)}`, changes);
  }

  deleteFolder(folderId: string): Observable<void> {
    return this.http.delete(`${this.base}/folders/${checkedId(folderId)}`, { responseType: 'text' }).pipe(map(() => undefined));
  }

  sessionsPage(folderId: string, request: SessionPageRequest): Observable<PanoptoSessionShape[]> {
    const params = new HttpParams({
      fromObject: { sortField: request.sortField, sortOrder: request.sortOrder, pageNumber: String(request.pageNumber) },
    });
    return this.http
      .get<ListResponse<PanoptoSessionShape>>(`${this.base}/folders/${checkedId(folderId)}/sessions`, { params })
      .pipe(map((r) => r?.Results ?? []));
  }
}
