// Test helper for the auth integration specs (excluded from the library build by tsconfig.lib.json): signs in at
// the real emulator and returns the callback URL the browser would come back to.
import { completeEmulatorSignIn } from '../../../../testing-support/emulator';

/**
 * Completes the emulator's sign-in page for `authorizeUrl` as `username` and returns the URL the browser would be
 * redirected to (`redirect_uri?code=…&state=…`). Drives the real login form with fetch (cookies included,
 * redirects followed), which needs the emulator to answer CORS on its sign-in routes for loopback origins.
 * The response is requested as `form_post` only so that the last step is a readable page rather than a
 * cross-origin redirect back to Karma; the code and state in it are what the query redirect would carry.
 */
export async function completeSignIn(authorizeUrl: string, username: string): Promise<string> {
  const url = new URL(authorizeUrl);
  const redirectUri = url.searchParams.get('redirect_uri') as string;
  url.searchParams.set('response_mode', 'form_post');
  // completeEmulatorSignIn signs the browser out first: specs run in random order, and an earlier spec's session
  // for another user was reused (signing in as 'instructor' after a 'student' spec came back as 'student').
  let done: { page: Document; status: number; url: string };
  try {
    done = await completeEmulatorSignIn(url.href, username);
  } catch (e) {
    throw new Error(
      `The browser could not complete the emulator's sign-in with fetch (${e}). The emulator must send ` +
        `Access-Control-Allow-Origin/-Credentials for loopback origins on its sign-in routes so browser tests ` +
        `can sign in (see the auth note).`,
    );
  }
  const form = done.page;
  const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? null;
  const code = field('code');
  if (!code) {
    const fields = Array.from(form.querySelectorAll('input')).map((i) => `${i.name}=${i.value}`);
    const text = `${form.body?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 80)} [${fields.join(', ')}]`;
    throw new Error(`The sign-in did not end with a code (HTTP ${done.status} at ${done.url}: ${text}).`);
  }
  const callback = new URL(redirectUri);
  callback.searchParams.set('code', code);
  for (const extra of ['state', 'iss']) {
    const value = field(extra);
    if (value !== null) callback.searchParams.set(extra, value);
  }
  return callback.href;
}
