/*
 * Shared by the library's integration specs (never part of the published package: no entry point imports it,
 * and the library build excludes testing-support folders): where the local Panopto emulator runs, and how to
 * get a bearer token from it without driving the sign-in page.
 */

/**
 * The emulator URL that `npm test` passes through Karma's client args (`['--emulator', url]`), without a
 * trailing slash. Throws a clear error when the specs run without an emulator, so they fail rather than skip.
 */
export function emulatorUrl(): string {
  const args: unknown[] =
    (window as unknown as { __karma__?: { config?: { args?: unknown[] } } }).__karma__?.config?.args ?? [];
  const i = args.indexOf('--emulator');
  const url = i >= 0 ? args[i + 1] : undefined;
  if (typeof url !== 'string' || !url) {
    throw new Error(
      'Integration specs need the emulator: run them through `npm test -- karma-lib` (which starts it), or set ' +
        'PANOPTO_EMULATOR_URL=http://localhost:4300 for `ng test` with the emulator running (`npm run emulator`).',
    );
  }
  return url.replace(/\/$/, '');
}

/** A real access token for a seeded account, from the emulator's test-only `/__emulator/tokens` endpoint. */
export async function emulatorToken(emulator: string, username: string): Promise<string> {
  const res = await fetch(`${emulator}/__emulator/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!res.ok) throw new Error(`POST /__emulator/tokens: HTTP ${res.status} ${await res.text()}`);
  const token = ((await res.json()) as Record<string, unknown>)['access_token'];
  if (typeof token !== 'string') throw new Error('The emulator returned no access_token.');
  return token;
}

/**
 * Ends this browser's session at the emulator (RP-initiated logout: the confirmation page, then "yes"), so the
 * next sign-in shows the login form. Specs run in random order, and a session left by an earlier spec for
 * another user would otherwise be reused (or make oidc-provider switch accounts mid-flow).
 */
export async function signOutOfEmulator(emulator: string): Promise<void> {
  const confirm = await fetch(`${emulator}/Panopto/oauth2/connect/endsession`, { credentials: 'include' });
  const page = new DOMParser().parseFromString(await confirm.text(), 'text/html');
  const form = page.querySelector('form');
  if (!form) return; // no session, nothing to end
  const fields = new URLSearchParams({ logout: 'yes' });
  for (const input of Array.from(form.querySelectorAll('input'))) if (input.name) fields.set(input.name, input.value);
  const done = await fetch(new URL(form.getAttribute('action') ?? '', confirm.url).href, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: fields.toString(),
  });
  if (done.status >= 400) throw new Error(`Signing out of the emulator failed (HTTP ${done.status}).`);
}

/**
 * Signs in at the emulator for `authorizeUrl` as `username`, from a signed-out browser, by filling its login form
 * with fetch (cookies included, redirects followed). Returns the last page: with `response_mode=form_post`, a
 * page whose form carries the `code`. Needs the emulator's CORS for loopback origins on its sign-in routes.
 */
export async function completeEmulatorSignIn(
  authorizeUrl: string,
  username: string,
): Promise<{ page: Document; status: number; url: string }> {
  await signOutOfEmulator(new URL(authorizeUrl).origin);
  let response = await fetch(authorizeUrl, { credentials: 'include' });
  let page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const form = page.querySelector('form');
  if (form && page.querySelector('input[name="password"]')) {
    const fields = new URLSearchParams();
    for (const input of Array.from(form.querySelectorAll('input'))) if (input.name) fields.set(input.name, input.value);
    fields.set('username', username);
    fields.set('password', username);
    response = await fetch(new URL(form.getAttribute('action') ?? '', response.url).href, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
    page = new DOMParser().parseFromString(await response.text(), 'text/html');
  }
  return { page, status: response.status, url: response.url };
}
