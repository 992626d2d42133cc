/** Query parameters of the authorization response, removed from the address bar after the callback. */
export const CALLBACK_PARAMS: readonly string[] = [
  'code',
  'state',
  'iss',
  'session_state',
  'error',
  'error_description',
  'error_uri',
  'scope',
];

/** Only app-relative paths are followed after sign-in (no open redirect through `returnUrl`). */
export function safeReturnUrl(url: string): string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

/** True when the page is the redirect URI with an authorization response (`state`) in its query. */
export function isCallbackLocation(document: Document, redirectUri: string): boolean {
  try {
    const here = new URL(document.location.href);
    const callback = new URL(redirectUri);
    return here.origin === callback.origin && here.pathname === callback.pathname && here.searchParams.has('state');
  } catch {
    return false;
  }
}

/**
 * Removes the authorization response (code, state, …) and the fragment from the address bar when the page is
 * the callback URL, so the code is neither bookmarked nor sent on in a `Referer`.
 */
export function cleanAddressBar(document: Document, callbackUrl: URL): void {
  const win = document.defaultView;
  if (!win?.history) return;
  const here = new URL(document.location.href);
  if (here.origin !== callbackUrl.origin || here.pathname !== callbackUrl.pathname) return;
  for (const p of CALLBACK_PARAMS) here.searchParams.delete(p);
  here.hash = '';
  win.history.replaceState(win.history.state, '', `${here.pathname}${here.search}`);
}
