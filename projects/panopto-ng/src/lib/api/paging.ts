import { Observable, Subscription } from 'rxjs';
import { PanoptoCallOptions, PanoptoQueryValue } from '../http/panopto-http';
import { PanoptoListResponse, SortOrder } from 'panopto-ng/core';

/**
 * Options of one page of a list endpoint. `S` is the endpoint's own `sortField` union from the swagger.
 *
 * @example
 * ```ts
 * api.folders.sessions(folderId, { pageNumber: 1, sortField: 'CreatedDate', sortOrder: 'Desc' })
 * ```
 */
export interface PanoptoPageOptions<S extends string> extends PanoptoCallOptions {
  /** Page to fetch, from 0. Default 0. */
  pageNumber?: number;
  sortField?: S;
  /** Default `Asc`. */
  sortOrder?: SortOrder;
}

/** The options of an `all…()` stream: a page's options without `pageNumber` (it starts at 0). */
export type PanoptoAllPagesOptions<O> = Omit<O, 'pageNumber'>;

/** `pageNumber`, `sortField` and `sortOrder` as query parameters, checked first. */
export function pageQuery(options: PanoptoPageOptions<string> | undefined): Record<string, PanoptoQueryValue> {
  const pageNumber = options?.pageNumber;
  if (pageNumber !== undefined && (!Number.isInteger(pageNumber) || pageNumber < 0)) {
    throw new TypeError(`panopto-ng: \`pageNumber\` must be a whole number from 0; got ${JSON.stringify(pageNumber)}.`);
  }
  if (options?.sortOrder !== undefined && options.sortOrder !== 'Asc' && options.sortOrder !== 'Desc') {
    throw new TypeError(`panopto-ng: \`sortOrder\` must be 'Asc' or 'Desc'; got ${JSON.stringify(options.sortOrder)}.`);
  }
  return { sortField: options?.sortField, sortOrder: options?.sortOrder, pageNumber };
}

/** Checks a required `searchQuery`. */
export function searchQueryOf(query: string): string {
  if (typeof query !== 'string' || query.trim() === '') {
    throw new TypeError('panopto-ng: `searchQuery` must be a non-empty string; Panopto requires one for search.');
  }
  return query;
}

/** `{ Results: [] }` when Panopto leaves `Results` out or sends `null`. */
export function normalizeList<T>(response: PanoptoListResponse<T> | null | undefined): PanoptoListResponse<T> {
  const results = response?.Results;
  return { ...response, Results: Array.isArray(results) ? results : [] };
}

/**
 * Every item of every page, in order, fetching page n+1 only after all of page n's items were emitted and only
 * while someone is subscribed; completes at the first empty page (Panopto sends no total count).
 *
 * @example
 * ```ts
 * allPages((pageNumber) => api.folders.children(id, { pageNumber })).pipe(take(10))
 * ```
 */
export function allPages<T>(fetchPage: (pageNumber: number) => Observable<PanoptoListResponse<T>>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let current: Subscription | null = null;
    const load = (pageNumber: number): void => {
      let answered = false;
      current = fetchPage(pageNumber).subscribe({
        next: (page) => {
          answered = true;
          const results = page?.Results ?? [];
          if (results.length === 0) {
            subscriber.complete();
            return;
          }
          for (const item of results) {
            if (subscriber.closed) return;
            subscriber.next(item);
          }
          if (!subscriber.closed) load(pageNumber + 1);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          if (!answered) subscriber.complete();
        },
      });
    };
    load(0);
    return () => current?.unsubscribe();
  });
}
