import { Observable, Subscription } from 'rxjs';
import { PanoptoCallOptions, PanoptoQueryValue } from '../http/panopto-http';
import { PanoptoError, PanoptoListResponse, SortOrder } from 'panopto-ng/core';

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

/** Options of `allPages()`. */
export interface PanoptoAllPagesLimits {
  /**
   * Most pages fetched before the stream fails with code `paging-limit`. Default 1000 (Panopto's pages hold
   * up to 50 items, so 50 000 items).
   */
  maxPages?: number;
}

/** The default of `PanoptoAllPagesLimits.maxPages`. */
export const DEFAULT_MAX_PAGES = 1000;

function samePage(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every item of every page, in order, fetching page n+1 only after all of page n's items were emitted and only
 * while someone is subscribed; completes at the first empty page (Panopto sends no total count).
 *
 * A server that ignores `pageNumber` would answer the same page forever: the stream fails with a
 * `PanoptoError` of code `paging-repeated-page` when a page equals the one before it, and with
 * `paging-limit` after `maxPages` pages.
 *
 * @example
 * ```ts
 * allPages((pageNumber) => api.folders.children(id, { pageNumber })).pipe(take(10))
 * ```
 */
export function allPages<T>(
  fetchPage: (pageNumber: number) => Observable<PanoptoListResponse<T>>,
  limits: PanoptoAllPagesLimits = {},
): Observable<T> {
  const maxPages = limits.maxPages ?? DEFAULT_MAX_PAGES;
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new TypeError(`panopto-ng: \`maxPages\` must be a whole number from 1; got ${JSON.stringify(maxPages)}.`);
  }
  return new Observable<T>((subscriber) => {
    let current: Subscription | null = null;
    let previous: readonly T[] | null = null;
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
          if (previous && samePage(previous, results)) {
            subscriber.error(
              new PanoptoError(
                `panopto-ng: page ${pageNumber} came back the same as page ${pageNumber - 1}; the server ignores ` +
                  '`pageNumber`, so paging stopped instead of repeating it forever.',
                { code: 'paging-repeated-page' },
              ),
            );
            return;
          }
          previous = results;
          for (const item of results) {
            if (subscriber.closed) return;
            subscriber.next(item);
          }
          if (subscriber.closed) return;
          if (pageNumber + 1 >= maxPages) {
            subscriber.error(
              new PanoptoError(
                `panopto-ng: stopped after ${maxPages} pages without reaching an empty page; raise \`maxPages\` if ` +
                  'the list really is that long.',
                { code: 'paging-limit' },
              ),
            );
            return;
          }
          load(pageNumber + 1);
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
