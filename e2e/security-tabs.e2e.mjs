// Security review, point 2: a duplicated tab must not sign everyone out. Two real tabs in Chromium against
// the emulator (public mode, refresh-token rotation on, 8-second access tokens so both tabs refresh several
// times): tab B is opened from tab A with window.open, which gives it a copy of A's sessionStorage exactly as
// "Duplicate tab" does. Before the fix, B refreshed with the copied refresh token, A then presented the
// rotated-away one, and the emulator (like Panopto) revoked the whole grant: both tabs ended signed out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { emulatorMetrics, setEmulatorFaults } from './support/emulator.mjs';
import { ACCOUNTS, signInThroughDemo } from './support/login.mjs';

const SESSION_KEY = 'panopto-ng.auth.panopto-ng-demo.session';
const refreshes = (m) => m.tokenRequests?.['token.refresh_token'] ?? 0;

async function record(page) {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null'), SESSION_KEY);
}
async function status(page) {
  return (await page.getByTestId('auth-status').textContent()).trim();
}
async function log(page) {
  return page.getByTestId('auth-events').textContent();
}

describe('security: a duplicated tab (two real tabs in Chromium)', () => {
  let browser;
  let a;
  let b;

  before(async () => {
    await requireServers();
    await setEmulatorFaults({ accessTokenTtlSeconds: 8 });
    browser = await launchBrowser();
    a = await newPage(browser);
    // The gallery remembers the mode in localStorage: public mode (the refresh token lives in sessionStorage).
    await a.addInitScript(() => localStorage.setItem('panopto-ng-demo.auth-mode', 'public'));
  });
  after(async () => {
    await setEmulatorFaults({ accessTokenTtlSeconds: 3600 }).catch(() => undefined);
    await browser?.close();
  });

  it('both tabs stay signed in through several refreshes with rotation', async () => {
    await signInThroughDemo(a, ACCOUNTS.instructor, '/auth');
    const original = await record(a);
    assert.ok(original?.refreshToken, 'tab A keeps its refresh token in sessionStorage (public mode)');
    const before = refreshes(await emulatorMetrics());

    const [opened] = await Promise.all([
      a.context().waitForEvent('page'),
      a.evaluate((url) => window.open(url, '_blank'), `${demoUrl}/auth`),
    ]);
    b = opened;
    await b.waitForLoadState('domcontentloaded');
    await b.getByTestId('auth-user-name').waitFor({ timeout: 20000 });
    const copy = await record(b);
    assert.equal(copy?.sessionId, original.sessionId, 'tab B started with a copy of tab A\u2019s session record');

    // 8-second tokens are renewed at half their lifetime: ~5 refreshes per tab in 22 s.
    await new Promise((resolve) => setTimeout(resolve, 22000));
    const after = refreshes(await emulatorMetrics());
    assert.ok(after - before >= 3, `the tabs refreshed (${after - before} refreshes at the emulator)`);
    for (const [name, page] of [
      ['A', a],
      ['B', b],
    ]) {
      assert.equal(await status(page), 'authenticated', `tab ${name} is still signed in`);
      assert.doesNotMatch(await log(page), /sessionExpired|invalid_grant/, `tab ${name} never lost its session`);
    }
    const [ra, rb] = [await record(a), await record(b)];
    assert.equal(ra.sessionId, rb.sessionId);
    assert.notEqual(ra.refreshToken, original.refreshToken, 'the refresh token rotated');
    // Both hold the newest refresh token (or one generation apart while a broadcast is in flight).
    assert.ok(Math.abs(ra.generation - rb.generation) <= 1, `generations ${ra.generation} / ${rb.generation}`);
    await screenshot(a, 'security-tab-a');
    await screenshot(b, 'security-tab-b');
  });

  it('a reload of the duplicate still restores without ending the session', async () => {
    await b.reload();
    await b.getByTestId('auth-user-name').waitFor({ timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 6000));
    assert.equal(await status(a), 'authenticated');
    assert.equal(await status(b), 'authenticated');
  });

  it('signing out in one tab signs out its duplicate too (the grant is revoked)', async () => {
    await a.getByTestId('auth-sign-out').click();
    await a.getByTestId('auth-sign-in').waitFor();
    await b.getByTestId('auth-sign-in').waitFor({ timeout: 10000 });
    assert.equal(await status(b), 'anonymous');
    assert.equal(await record(b), null);
  });
});
