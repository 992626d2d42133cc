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
