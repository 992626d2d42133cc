// Sign in with Panopto through the served demo app, against the emulator: the header's Sign in button, the
// emulator's login form, the signed-in name, then the Sign-in page's refresh storm (20 API calls after the
// token expired → exactly one token refresh at the emulator).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { emulatorMetrics } from './support/emulator.mjs';
import { ACCOUNTS, signInThroughDemo } from './support/login.mjs';
import { ensureBroker } from './support/broker.mjs';

const refreshCount = (m) => m.tokenRequests?.['token.refresh_token'] ?? 0;

describe('sign in with Panopto (demo app)', () => {
  let browser;
  let page;

  before(async () => {
    await requireServers();
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(async () => {
    await browser?.close();
  });

  it('signs in as instructor from the header and shows the name and token expiry', async () => {
    await signInThroughDemo(page, ACCOUNTS.instructor, '/auth');
    const name = (await page.getByTestId('auth-user-name').textContent()).trim();
    assert.ok(name.length > 0, 'the header shows a name');
    assert.match(await page.getByTestId('auth-expiry').textContent(), /token until \d\d:\d\d:\d\d/);
    // The callback URL was cleaned: no code or state left in the address bar.
    assert.doesNotMatch(page.url(), /[?&](code|state)=/);
    assert.equal(await page.getByTestId('auth-status').textContent(), 'authenticated');
    await screenshot(page, 'auth-signed-in');
  });

  it('the refresh storm: 20 calls after expiry cause exactly one token refresh at the emulator', async () => {
    await page.goto(`${demoUrl}/auth`);
    await page.getByTestId('auth-user-name').waitFor();
    // Step 1: a 3-second token expires while the app's timers are suspended (simulated sleep).
    await page.getByTestId('storm-prepare').click();
    await page.getByTestId('storm-ready').waitFor({ timeout: 20000 });
    const before = refreshCount(await emulatorMetrics());
    await page.getByTestId('storm-run').click();
    await page.getByTestId('storm-result').waitFor({ timeout: 30000 });
    const after = refreshCount(await emulatorMetrics());
    assert.equal(after - before, 1, 'exactly one more token.refresh_token at the emulator');
    assert.equal((await page.getByTestId('storm-refreshes').textContent()).trim(), '1');
    assert.equal((await page.getByTestId('storm-succeeded').textContent()).trim(), '20');
    await screenshot(page, 'auth-refresh-storm');
  });

  it('signs out (revokes) and shows the Sign in button again', async () => {
    await page.getByTestId('auth-sign-out').click();
    await page.getByTestId('auth-sign-in').waitFor();
    assert.equal(await page.getByTestId('auth-status').textContent(), 'anonymous');
    assert.deepEqual(
      page.consoleErrors.filter((e) => !/favicon|net::ERR|Failed to load resource/.test(e)),
      [],
    );
    await screenshot(page, 'auth-signed-out');
  });
});

describe('sign in with Panopto through the token broker (demo app, broker mode)', () => {
  let browser;
  let page;
  let broker;

  before(async () => {
    await requireServers();
    broker = await ensureBroker();
    browser = await launchBrowser();
    page = await newPage(browser);
    // The gallery remembers the mode in localStorage; choose broker before it boots.
    await page.addInitScript(() => localStorage.setItem('panopto-ng-demo.auth-mode', 'broker'));
  });
  after(async () => {
    await browser?.close();
    await broker?.stop();
  });

  it('signs in; the refresh token lives only in an httpOnly SameSite=Strict cookie of the broker', async () => {
    await signInThroughDemo(page, ACCOUNTS.student, '/auth');
    assert.equal(await page.locator('[data-testid=auth-state] dd').first().textContent(), 'broker');
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    assert.doesNotMatch(stored, /refreshToken/);
    const cookie = (await page.context().cookies(broker.url)).find((c) => c.name === 'panopto_rt');
    assert.ok(cookie, 'the broker set its cookie');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    // A reload restores the session through the broker's /refresh.
    await page.reload();
    await page.getByTestId('auth-user-name').waitFor();
    assert.equal(await page.getByTestId('auth-status').textContent(), 'authenticated');
    await screenshot(page, 'auth-broker-signed-in');
  });

  it('the refresh storm through the broker also refreshes exactly once', async () => {
    await page.getByTestId('storm-prepare').click();
    await page.getByTestId('storm-ready').waitFor({ timeout: 20000 });
    const before = refreshCount(await emulatorMetrics());
    await page.getByTestId('storm-run').click();
    await page.getByTestId('storm-result').waitFor({ timeout: 30000 });
    assert.equal(refreshCount(await emulatorMetrics()) - before, 1);
    assert.equal((await page.getByTestId('storm-succeeded').textContent()).trim(), '20');
  });

  it('sign-out revokes through the broker and clears the cookie', async () => {
    await page.getByTestId('auth-sign-out').click();
    await page.getByTestId('auth-sign-in').waitFor();
    const cookie = (await page.context().cookies(broker.url)).find((c) => c.name === 'panopto_rt');
    assert.equal(cookie, undefined);
  });
});
