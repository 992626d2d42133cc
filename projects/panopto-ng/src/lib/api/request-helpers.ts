import { Observable, map } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp, PanoptoRequestSpec } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import { normalizeList } from './paging';

/** The per-call options of `options`, and nothing else (so page options never leak into the request). */
export function callOptions(options: PanoptoCallOptions | undefined): PanoptoCallOptions {
  return { priority: options?.priority, retry: options?.retry };
}

/** A list request whose `Results` is always an array. */
export function listRequest<T>(http: PanoptoHttp, spec: () => PanoptoRequestSpec): Observable<PanoptoListResponse<T>> {
  return http.request<PanoptoListResponse<T> | null>(spec).pipe(map((response) => normalizeList(response)));
}

/** DELETE answers with the deleted id as a JSON string (or an empty body). */
export function deleteRequest(
  http: PanoptoHttp,
  spec: () => Omit<PanoptoRequestSpec, 'method'>,
): Observable<string | null> {
  return http
    .request<unknown>(() => ({ ...spec(), method: 'DELETE' }))
    .pipe(map((body) => (typeof body === 'string' ? body : null)));
}
