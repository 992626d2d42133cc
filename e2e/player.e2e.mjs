// End to end: the demo's Player page plays a seeded lecture from the emulator through <panopto-player> and
// the emulator's embedapi.min.js; the event log shows ready and playing, and the video really advances.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';

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

/** Text of the demo's event log. */
const logText = () => page.getByTestId('event-log').innerText();

async function waitForLog(pattern, timeout = 30000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="event-log"]')?.textContent ?? ''),
    pattern.source,
    { timeout },
  );
}

/** The embed page's frame (the iframe the Embed API built inside the player). */
function embedFrame() {
  return page.frames().find((f) => f.url().includes('/Panopto/Pages/Embed.aspx'));
}

test('the Player page loads a seeded video, plays it, and logs ready and playing', async () => {
  await page.goto(`${demoUrl}/player`);
  await waitForLog(/ready \(duration/);
  assert.equal(await page.getByTestId('player-status').innerText(), 'ready');

  const frame = embedFrame();
  assert.ok(frame, 'the Embed API built the Embed.aspx iframe');
  const iframeBox = await page.locator('panopto-player iframe').boundingBox();
  assert.ok(iframeBox && Math.abs(iframeBox.width / iframeBox.height - 16 / 9) < 0.02, 'the player is 16:9');

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForLog(/stateChange: Playing/);
  await frame.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 1, null, { timeout: 15000 });
  assert.equal(await page.getByTestId('player-state').innerText(), 'Playing');

  await screenshot(page, 'player-playing');

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForLog(/stateChange: Paused/);
  const log = await logText();
  assert.match(log, /status: ready/);
  assert.deepEqual(
    page.consoleErrors.filter((e) => !/favicon/i.test(e)),
    [],
    'no console errors on the page',
  );
});

test('the Player grid shows facades and loads a player on click', async () => {
  await page.goto(`${demoUrl}/player-grid`);
  const buttons = page.getByRole('button', { name: /^Play video: / });
  await buttons.first().waitFor();
  assert.equal(await buttons.count(), 8);
  assert.equal(await page.locator('panopto-player iframe').count(), 0, 'no iframe before a click');
  await buttons.first().click();
  await page.locator('panopto-player iframe').first().waitFor({ timeout: 15000 });
  await page.waitForFunction(() => {
    const frame = document.querySelector('panopto-player iframe');
    return !!frame;
  });
  await screenshot(page, 'player-grid');
});

test('the Player states page shows every state', async () => {
  await page.goto(`${demoUrl}/player-states`);
  const statusOf = (title) => page.locator('figure', { hasText: title }).locator('figcaption code');
  const expected = {
    Facade: 'idle',
    Ready: 'ready',
    Loading: 'loading',
    'Login required': 'login-required',
    'Not viewable': 'not-viewable',
    'Error: invalid id': 'error',
    'Script blocked': 'error',
  };
  for (const [title, status] of Object.entries(expected)) {
    await page.waitForFunction(
      ([t, s]) =>
        [...document.querySelectorAll('figure')].some(
          (f) => f.textContent.includes(t) && f.querySelector('figcaption code')?.textContent === s,
        ),
      [title, status],
      { timeout: 20000 },
    );
    assert.equal(await statusOf(title).first().innerText(), status, title);
  }
  const loginFrame = page.frames().find((f) => f.url().includes('84d810f8-4600-515e-8b41-62e1128903f4'));
  assert.ok(loginFrame, 'the restricted session is embedded');
  await loginFrame.locator('#login-prompt').waitFor();
  // Headless Chromium paints off-screen iframes black in a full-page shot: make the whole gallery fit the viewport.
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.waitForTimeout(500);
  await screenshot(page, 'player-states');
});
