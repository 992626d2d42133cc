/*
 * Helpers for the analytics integration spec: the emulator's URL from Karma's client args, a bearer token for
 * the REST API (the emulator's test-only token endpoint) and a browser sign-in through the emulator's real
 * login form, which leaves the emulator's session cookie in this browser so the embed page attributes the
 * viewing to that user (as Panopto does with its own sign-in cookie).
 */
import { completeEmulatorSignIn } from '../../../testing-support/emulator';

export { emulatorUrl, emulatorToken } from '../../../testing-support/emulator';

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Signs `username` in to the emulator in this browser by completing its OAuth login form with fetch
 * (credentials included), so its session cookie is set for the emulator's origin. The authorization code at the
 * end is not redeemed: only the cookie matters here.
 */
export async function signInBrowserToEmulator(emulator: string, username: string): Promise<void> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  const authorize = new URL(`${emulator}/Panopto/oauth2/connect/authorize`);
  authorize.search = new URLSearchParams({
    client_id: 'panopto-ng-test',
    response_type: 'code',
    redirect_uri: 'http://localhost:9876/auth/callback',
    scope: 'openid',
    state: base64Url(crypto.getRandomValues(new Uint8Array(16))),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    // form_post ends on a readable page instead of a cross-origin redirect back to Karma.
    response_mode: 'form_post',
    // Always show the login form, even if another spec signed this browser in as someone else.
    prompt: 'login',
  }).toString();
  const done = await completeEmulatorSignIn(authorize.href, username).catch((e) => {
    throw new Error(
      `Could not complete the emulator's sign-in from the test page (${e}). The emulator must answer CORS ` +
        `(Access-Control-Allow-Origin: <loopback origin>, Access-Control-Allow-Credentials: true) on its sign-in ` +
        `routes, so a browser test can sign in and the embed page can attribute viewing to that user.`,
    );
  });
  if (!done.page.querySelector('input[name="code"]')) {
    throw new Error(`Signing in as ${username} did not complete (HTTP ${done.status} at ${done.url}).`);
  }
}
