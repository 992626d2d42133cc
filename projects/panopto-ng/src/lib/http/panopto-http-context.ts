import { HttpContextToken } from '@angular/common/http';
import { PanoptoPriority } from '../events/panopto-event';

/**
 * Set to `true` on every request the REST core sends, so interceptors (such as `panopto-ng/auth`'s) can tell
 * them apart from the app's other HTTP calls.
 *
 * @example
 * ```ts
 * export const myInterceptor: HttpInterceptorFn = (req, next) =>
 *   req.context.get(PANOPTO_REQUEST) ? next(req.clone({ setHeaders: { 'X-Trace': id() } })) : next(req);
 * ```
 */
export const PANOPTO_REQUEST = new HttpContextToken<boolean>(() => false);

/** Details of a REST core request, for interceptors that want them (`null` on other requests). */
export interface PanoptoRequestInfoContext {
  /** `GET /folders/{id}/children` */
  readonly endpoint: string;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly priority: PanoptoPriority;
}

/**
 * The endpoint, attempt number and priority of a REST core request.
 *
 * @example
 * ```ts
 * const info = req.context.get(PANOPTO_REQUEST_INFO); // { endpoint: 'GET /folders/{id}', attempt: 1, ... }
 * ```
 */
export const PANOPTO_REQUEST_INFO = new HttpContextToken<PanoptoRequestInfoContext | null>(() => null);

/**
 * Set to `true` on a request passed to `PanoptoHttp.request({ context })` to switch off the REST core's
 * retries for it (equivalent to the per-call option `{ retry: false }`).
 *
 * @example
 * ```ts
 * panoptoHttp.request({ method: 'GET', path: '/folders/{id}', pathParams: { id }, context: new HttpContext().set(PANOPTO_SKIP_RETRY, true) })
 * ```
 */
export const PANOPTO_SKIP_RETRY = new HttpContextToken<boolean>(() => false);
