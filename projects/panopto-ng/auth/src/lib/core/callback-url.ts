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

/** Stands in for the app's origin where none is known (server render): only the path is kept anyway. */
const PLACEHOLDER_ORIGIN = 'https://app.invalid';

/**
 * The URL to go to after sign-in: `url` when it is an app-relative path that resolves to the app's own origin
 * (returned normalised, as path + query + fragment), else `/`. Resolving, not string checks, is what stops
 * `/\t/evil.example` and `/\n/evil.example`: URL parsers drop tabs and newlines, so those are `//evil.example`.
 *
 * @param url what the app passed to `login(returnUrl)`
 * @param appOrigin the app's origin (default: a placeholder, which gives the same verdicts)
 * @example
 * ```ts
 * safeReturnUrl('/videos?x=1', location.origin); // '/videos?x=1'
 * safeReturnUrl('/\t/evil.example', location.origin); // '/'
 * ```
 */
export function safeReturnUrl(url: string, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof url !== 'string' || !url.startsWith('/')) return '/';
  let base: URL;
  let resolved: URL;
  try {
    // An opaque origin ('null': a sandboxed or file: page) has nothing to compare with; use the placeholder.
    base = new URL(appOrigin && appOrigin !== 'null' ? appOrigin : PLACEHOLDER_ORIGIN);
    resolved = new URL(url, base.origin);
  } catch {
    return '/';
  }
  if (resolved.origin !== base.origin || resolved.username || resolved.password) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
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

/** The `state` of the authorization response in `url` (resolved against `base`), or null when it has none. */
export function callbackStateOf(url: string, base?: string): string | null {
  try {
    return new URL(url, base).searchParams.get('state');
  } catch {
    return null;
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
