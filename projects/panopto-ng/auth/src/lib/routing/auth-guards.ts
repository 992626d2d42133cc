import { InjectionToken, inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import { PanoptoSignInError } from '../core/auth-errors';
import { PanoptoAuthService } from '../core/panopto-auth.service';

/**
 * Route guard: lets signed-in users through; otherwise emits `loginRequired` and starts sign-in with the
 * requested URL as the return URL. Waits for the startup session check, so a signed-in user never sees a
 * flash of "unauthorized".
 *
 * @example
 * ```ts
 * { path: 'my-videos', canActivate: [panoptoAuthGuard], loadComponent: () => import('./my-videos.component') }
 * ```
 */
export const panoptoAuthGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(PanoptoAuthService);
  if (await auth.whenReady()) return true;
  auth.notifyLoginRequired(state.url);
  await auth.login(state.url);
  return false;
};

/**
 * The last error of `panoptoAuthCallbackGuard`, for the callback route's component to show (null when none).
 *
 * @example
 * ```ts
 * readonly error$ = inject(PANOPTO_CALLBACK_ERROR);
 * ```
 */
export const PANOPTO_CALLBACK_ERROR = new InjectionToken<BehaviorSubject<PanoptoSignInError | null>>(
  'PANOPTO_CALLBACK_ERROR',
  {
    providedIn: 'root',
    factory: () => new BehaviorSubject<PanoptoSignInError | null>(null),
  },
);

/**
 * Guard for the redirect URI route (`/auth/callback`): completes the sign-in and navigates to the URL given to
 * `login()`. On failure it lets the route's own component render, with the error in `PANOPTO_CALLBACK_ERROR`.
 *
 * @example
 * ```ts
 * { path: 'auth/callback', canActivate: [panoptoAuthCallbackGuard], component: SignInFailedComponent }
 * ```
 */
export const panoptoAuthCallbackGuard: CanActivateFn = async (): Promise<boolean | UrlTree> => {
  const auth = inject(PanoptoAuthService);
  const router = inject(Router);
  const lastError = inject(PANOPTO_CALLBACK_ERROR);
  try {
    const { returnUrl } = await auth.handleCallback();
    lastError.next(null);
    return router.parseUrl(returnUrl);
  } catch (e) {
    lastError.next(
      e instanceof PanoptoSignInError
        ? e
        : new PanoptoSignInError('token_request_failed', String(e instanceof Error ? e.message : e)),
    );
    return true;
  }
};
