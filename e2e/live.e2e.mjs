// End to end: on the demo's Live page a signed-in instructor sees what is on air, schedules a broadcast two
// minutes ahead on a remote recorder, speeds the emulator's clock up, and watches the broadcast go live (in the
// on-air list and in the live player) and end (the player switches to the recording). Screenshots of each
// step, plus the narrow dark layout, go to test-results/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoUrl, emulatorUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { signInThroughDemo } from './support/login.mjs';

let browser;
let page;

async function setEmulatorClock(body) {
  const res = await fetch(`${emulatorUrl}/__emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST /__emulator/clock answered HTTP ${res.status}: ${await res.text()}`);
}

/** Waits until the phase log of the live player lists `phase`. */
async function waitForPhase(phase, timeout) {
  await page.waitForFunction(
    (p) =>
      [...document.querySelectorAll('[data-testid="live-phases"] li')].some((li) =>
        li.textContent.trim().endsWith(`— ${p}`),
      ),
    phase,
    { timeout },
  );
}

before(async () => {
  await requireServers();
  browser = await launchBrowser();
  page = await newPage(browser);
});

after(async () => {
  // Leave the shared emulator at real speed whatever happened.
  await setEmulatorClock({ reset: true }).catch(() => undefined);
  await browser?.close();
});

test('schedule a broadcast two minutes ahead, speed time up, watch it go live and end', async () => {
  await signInThroughDemo(page, undefined, '/live');
  if (!page.url().endsWith('/live')) await page.goto(`${demoUrl}/live`);
  await page.getByTestId('emulator-now').waitFor();

  // What is on air now: the emulator seeds one webcast in progress.
  const onAir = page.locator('panopto-live-now');
  await onAir.locator('li.row').first().waitFor({ timeout: 20000 });
  assert.match(await onAir.locator('li.row .badge').first().textContent(), /Live/);

  // The form: recorder with its state, its default folder, the time zone shown, defaults two minutes ahead.
  const form = page.locator('panopto-schedule-broadcast');
  await page.waitForFunction(
    () => (document.querySelector('panopto-schedule-broadcast select')?.options.length ?? 0) > 1,
    null,
    {
      timeout: 20000,
    },
  );
  const recorder = form.locator('select');
  const lt1 = await recorder.locator('option', { hasText: 'LT1' }).first().getAttribute('value');
  await recorder.selectOption(lt1);
  assert.match(await form.locator('.folder').textContent(), /the recorder's default folder/);
  assert.match(await form.locator('.zone').textContent(), /Times are in your time zone, .+ \(UTC[+-]\d\d:\d\d\)/);

  // Panopto's rules are checked before sending: an empty title is refused next to its field.
  await form.getByRole('button', { name: 'Schedule broadcast' }).click();
  const title = form.getByLabel('Title');
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  assert.match(
    await form.locator(`#${await title.getAttribute('id')}-error`).textContent(),
    /Give the broadcast a title/,
  );

  const name = `E2E broadcast ${Date.now()}`;
  await title.fill(name);
  await form.getByRole('button', { name: 'Schedule broadcast' }).click();
  const anyway = form.getByRole('button', { name: 'Schedule anyway' });
  const done = form.getByText(`Scheduled “${name}”.`);
  await Promise.race([done.waitFor({ timeout: 20000 }), anyway.waitFor({ timeout: 20000 })]);
  if (await anyway.isVisible()) await anyway.click(); // an earlier run left a booking on LT1 at that time
  await done.waitFor({ timeout: 20000 });
  await screenshot(page, 'live-scheduled');

  // The live player counts down before the start.
  const player = page.locator('panopto-live-player');
  await player.locator('.countdown').waitFor();
  await waitForPhase('upcoming', 10000);

  // 10× speed: two emulated minutes pass in twelve seconds.
  await page.getByTestId('speed-10').click();
  await page.getByTestId('emulator-speed').filter({ hasText: '10×' }).waitFor();
  await waitForPhase('live', 60000);
  await player.locator('.indicator').waitFor();
  await onAir.locator('li.row', { hasText: name }).waitFor({ timeout: 20000 });
  await screenshot(page, 'live-on-air');

  // Three emulated minutes later it ends: off the list, and the player shows the recording.
  await waitForPhase('ended', 90000);
  await player.getByText('This is the recording.').waitFor();
  await player.locator('panopto-player').waitFor();
  await onAir.locator('li.row', { hasText: name }).waitFor({ state: 'detached', timeout: 20000 });
  await page.getByTestId('speed-1').click();
  await screenshot(page, 'live-ended');

  // Narrow and dark.
  await page.setViewportSize({ width: 380, height: 900 });
  await page.getByTestId('theme-toggle').click();
  await screenshot(page, 'live-narrow-dark');

  assert.deepEqual(
    page.consoleErrors.filter((e) => !/favicon/i.test(e)),
    [],
    'no console errors on the page',
  );
});
