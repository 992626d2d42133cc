import {
  HttpContext,
  HttpContextToken,
  HttpErrorResponse,
  HttpEvent,
  HttpHandler,
  HttpHandlerFn,
  HttpInterceptor,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, switchMap, throwError } from 'rxjs';
import { PANOPTO_AUTH_CONFIG } from '../config/auth-config';
import { PanoptoAuthService } from '../core/panopto-auth.service';

/** Set on a request to send it without the access token even to a Panopto base. */
export const PANOPTO_SKIP_AUTH = new HttpContextToken<boolean>(() => false);

/** Set by the interceptor on the one retry after a 401; a second 401 is then returned, not refreshed again. */
export const PANOPTO_AUTH_RETRIED = new HttpContextToken<boolean>(() => false);

function withToken(request: HttpRequest<unknown>, token: string | null, retried: boolean): HttpRequest<unknown> {
  let context = request.context;
  if (retried) {
    // Copy rather than mutate: the caller's HttpContext may be shared with other requests.
    context = new HttpContext();
    for (const key of request.context.keys()) context.set(key, request.context.get(key));
    context.set(PANOPTO_AUTH_RETRIED, true);
  }
  return request.clone({
    context,
    ...(token ? { setHeaders: { Authorization: `Bearer ${token}` } } : {}),
  });
}

/**
 * The one implementation behind `panoptoAuthInterceptor` and `PanoptoAuthInterceptor`: attaches the token to
 * Panopto URLs only, refreshes first when the token is about to expire, and on a 401 refreshes once (shared
 * by all concurrent requests) and retries the request once.
 */
export function interceptWithPanoptoAuth(
  request: HttpRequest<unknown>,
  next: (request: HttpRequest<unknown>) => Observable<HttpEvent<unknown>>,
  auth: PanoptoAuthService | null,
): Observable<HttpEvent<unknown>> {
  if (
    !auth ||
    request.context.get(PANOPTO_SKIP_AUTH) ||
    request.headers.has('Authorization') ||
    !auth.shouldAttachToken(request)
  ) {
    return next(request);
  }
  const alreadyRetried = request.context.get(PANOPTO_AUTH_RETRIED);
  return defer(() => auth.tokenForRequest()).pipe(
    switchMap((token) =>
      next(withToken(request, token, false)).pipe(
        catchError((error: unknown) => {
          if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
          if (!token) {
            auth.notifyLoginRequired(request.urlWithParams);
            return throwError(() => error);
          }
          if (alreadyRetried) return throwError(() => error);
          return defer(() => auth.tokenAfterUnauthorized(token)).pipe(
            // The refresh failed (and reported itself on events$): the caller sees the original 401.
            catchError(() => throwError(() => error)),
            switchMap((fresh) => next(withToken(request, fresh, true))),
          );
        }),
      ),
    ),
  );
}

/**
 * The service when sign-in is configured (`withPanoptoAuth()`), else null. The service is `providedIn: 'root'`,
 * so an optional inject alone would always create it; the configuration token says whether to.
 */
function configuredAuthService(): PanoptoAuthService | null {
  return inject(PANOPTO_AUTH_CONFIG, { optional: true }) ? inject(PanoptoAuthService) : null;
}

/**
 * Functional interceptor: `provideHttpClient(withInterceptors([panoptoAuthInterceptor]))`. Without
 * `withPanoptoAuth()` it passes every request through untouched (no configuration, no token anywhere).
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [provideHttpClient(withInterceptors([panoptoAuthInterceptor])), providePanopto(cfg, withPanoptoAuth(authCfg))],
 * });
 * ```
 */
export const panoptoAuthInterceptor: HttpInterceptorFn = (request: HttpRequest<unknown>, next: HttpHandlerFn) => {
  // inject() only here, synchronously, in the interceptor's injection context (never inside the pipe).
  return interceptWithPanoptoAuth(request, next, configuredAuthService());
};

/**
 * Class form for `HTTP_INTERCEPTORS` (NgModule apps, or `withInterceptorsFromDi()`); same behaviour as
 * `panoptoAuthInterceptor`.
 *
 * @example
 * ```ts
 * providers: [{ provide: HTTP_INTERCEPTORS, useClass: PanoptoAuthInterceptor, multi: true }]
 * ```
 */
@Injectable()
export class PanoptoAuthInterceptor implements HttpInterceptor {
  private readonly auth = configuredAuthService();

  intercept(request: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    return interceptWithPanoptoAuth(request, (r) => next.handle(r), this.auth);
  }
}
