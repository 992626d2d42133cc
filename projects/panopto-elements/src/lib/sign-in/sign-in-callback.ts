import { EnvironmentInjector } from '@angular/core';
import { PanoptoAuthService, PanoptoSignInError } from 'panopto-ng/auth';
import { PanoptoError } from 'panopto-ng/core';

/** True when the page is the redirect URI and its query holds an authorization response (`state`). */
export function isSignInCallback(location: Location, redirectUri: string): boolean {
  try {
    const here = new URL(location.href);
    const callback = new URL(redirectUri);
    return here.origin === callback.origin && here.pathname === callback.pathname && here.searchParams.has('state');
  } catch {
    return false;
  }
}

/**
 * Completes a sign-in when this page is the redirect URI with Panopto's answer (`code`, `state`) in its address:
 * the service checks `state`, cleans the address bar and redeems the code (in broker mode, through the broker).
 * A page without Angular's router has no callback route, so the elements do this themselves. When the sign-in
 * started on another page of the same site, the browser goes back there.
 *
 * @returns the failure, for the sign-in elements to show; null when signed in or nothing to complete.
 */
export async function completeSignInCallback(
  injector: EnvironmentInjector,
  redirectUri: string,
): Promise<PanoptoError | null> {
  if (typeof location === 'undefined' || !isSignInCallback(location, redirectUri)) return null;
  const auth = injector.get(PanoptoAuthService);
  try {
    const { returnUrl } = await auth.handleCallback(location.href);
    const here = `${location.pathname}${location.search}`;
    if (returnUrl !== '/' && returnUrl !== here) location.replace(returnUrl);
    return null;
  } catch (error) {
    return error instanceof PanoptoError
      ? error
      : new PanoptoSignInError('token_request_failed', error instanceof Error ? error.message : String(error));
  }
}
