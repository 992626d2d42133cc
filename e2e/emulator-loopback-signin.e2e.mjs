// An app of a developer's own, on http://localhost:4600 (not the demo's port), signs in with the seeded demo client
// in Chromium: the emulator accepts http://localhost:4600/callback because loopback redirect URIs match on any port
// (RFC 8252 section 7.3). The app is plain JavaScript: PKCE (S256), the emulator's login page, the code exchanged
// at the token endpoint from the browser, then a REST call with the access token.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { emulatorUrl, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { ACCOUNTS, submitEmulatorLogin } from './support/login.mjs';

const APP_PORT = 4600;
const APP = `http://localhost:${APP_PORT}`;

/** The whole app: one page for the start and the callback. */
function appPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My Panopto app</title></head><body>
<main><h1>My Panopto app</h1><button id="sign-in" type="button">Sign in with Panopto</button>
<p id="status" role="status">signed out</p><p id="folders"></p></main>
<script>
const PANOPTO = ${JSON.stringify(emulatorUrl)};
const CLIENT_ID = 'panopto-ng-demo';
const REDIRECT_URI = location.origin + '/callback';
const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
document.getElementById('sign-in').addEventListener('click', async () => {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('pkce', JSON.stringify({ verifier, state }));
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  location.assign(PANOPTO + '/Panopto/oauth2/connect/authorize?' + new URLSearchParams({
    client_id: CLIENT_ID, response_type: 'code', scope: 'openid profile api', redirect_uri: REDIRECT_URI,
    code_challenge: challenge, code_challenge_method: 'S256', state,
  }));
});
(async () => {
  if (location.pathname !== '/callback') return;
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('pkce') || '{}');
  sessionStorage.removeItem('pkce');
  history.replaceState(null, '', '/');
  const status = document.getElementById('status');
  if (params.get('error') || params.get('state') !== saved.state) { status.textContent = 'error: ' + (params.get('error') || 'state mismatch'); return; }
  const res = await fetch(PANOPTO + '/Panopto/oauth2/connect/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: REDIRECT_URI, client_id: CLIENT_ID, code_verifier: saved.verifier }),
  });
  const tokens = await res.json();
  if (!res.ok) { status.textContent = 'error: ' + tokens.error; return; }
  const claims = JSON.parse(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  status.textContent = 'signed in as ' + claims.name;
  const search = await fetch(PANOPTO + '/Panopto/api/v1/folders/search?searchQuery=BIO', { headers: { Authorization: 'Bearer ' + tokens.access_token } });
  const body = await search.json();
  document.getElementById('folders').textContent = search.status + ': ' + body.Results.length + ' folders';
})();
</script></body></html>`;
}

let browser;
const servers = [];

before(async () => {
  const res = await fetch(`${emulatorUrl}/__emulator/metrics`).catch((e) => e);
  if (!res?.ok)
    throw new Error(
      `The emulator is not reachable at ${emulatorUrl}; set PANOPTO_EMULATOR_URL or run npm test -- e2e.`,
    );
  // localhost may be 127.0.0.1 or ::1 to Chromium: answer on both (::1 only where the machine has it).
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(appPage());
    });
    try {
      await new Promise((resolve, reject) => server.once('error', reject).listen(APP_PORT, host, resolve));
      servers.push(server);
    } catch (err) {
      if (host === '127.0.0.1') throw new Error(`Port ${APP_PORT} is taken (${err.message}); this test needs it.`);
    }
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

test('an app on http://localhost:4600/callback signs in with the demo client and calls REST', async () => {
  const page = await newPage(browser);
  await page.goto(`${APP}/`);
  await page.click('#sign-in');
  await page.waitForURL(/\/Panopto\/oauth2\/interaction\//, { timeout: 15000 });
  await submitEmulatorLogin(page, ACCOUNTS.instructor);
  await page.waitForFunction(() => document.getElementById('status')?.textContent.startsWith('signed in'), null, {
    timeout: 15000,
  });
  assert.equal(new URL(page.url()).origin, APP, 'back on the app, callback URL cleaned');
  assert.match(await page.locator('#status').innerText(), /^signed in as \S+/);
  await page.waitForFunction(() => /^200: \d+ folders$/.test(document.getElementById('folders')?.textContent ?? ''));
  await screenshot(page, 'emulator-loopback-app-signed-in');
  // The emulator's pages have no favicon; anything else logged is a failure.
  assert.deepEqual(
    page.consoleErrors.filter((e) => !e.includes('/favicon.ico')),
    [],
  );
  await page.close();
});
