// End to end on the demo's Captions page: an instructor's malformed SRT shows the checker's findings and sends
// nothing; a good one uploads, and the player on the same page then lists the language and shows its first cue.
// An administrator previews and schedules a provider request for a folder's sessions; on the emulator's clock it
// completes and the provider's (emulated) track plays in the player.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { demoUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { ACCOUNTS, signInThroughDemo } from './support/login.mjs';

let browser;

before(async () => {
  await requireServers();
  browser = await launchBrowser();
});
after(async () => browser?.close());

const BAD_SRT =
  '1\n00:00:01,000 --> 00:00:03,000\nBonjour\n\n2\n00:00:02.500 --> 00:00:04,000\nMauvais\n\n3\n00:00:05,000 --> 00:00:04,000\n\n';
const GOOD_SRT = '1\n00:00:00,500 --> 00:00:06,000\nBonjour et bienvenue\n\n2\n00:00:06,500 --> 00:00:09,000\nSuite\n';

/** Captions-page requests that would change captions (POST/DELETE to /captions). */
function watchCaptionWrites(page) {
  const writes = [];
  page.on('request', (r) => {
    if (/\/Panopto\/api\/v1\/sessions\/[^/]+\/captions/.test(r.url()) && r.method() !== 'GET') writes.push(r.method());
  });
  return writes;
}

/** The embed page's frame of the page's player. */
async function playerFrame(page) {
  const iframe = page.locator('panopto-player iframe');
  await iframe.waitFor({ timeout: 30000 });
  return (await iframe.elementHandle()).contentFrame();
}

/** Picks `label` in the caption picker, then waits inside the embed page for a cue at `seconds` matching `text`. */
async function cueShownFor(page, label, seconds, text = /./) {
  const picker = page.locator('panopto-caption-picker select');
  await page.waitForFunction(
    (l) =>
      [...(document.querySelector('panopto-caption-picker select')?.options ?? [])].some((o) => o.text.trim() === l),
    label,
    { timeout: 20000 },
  );
  await picker.selectOption({ label });
  const frame = await playerFrame(page);
  await frame.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 30000 });
  const handle = await frame
    .waitForFunction(
      ([l, source, s]) => {
        const video = document.querySelector('video');
        const track = [...video.textTracks].find((t) => t.label === l && t.mode === 'showing');
        const cue = track?.activeCues?.length ? track.activeCues[0].text : null;
        if (cue && new RegExp(source).test(cue)) return cue;
        // Seek (again): a paused video updates its active cues on a seek, also for a track that was just replaced.
        video.currentTime = s;
        return null;
      },
      [label, text.source, seconds],
      { timeout: 30000 },
    )
    .catch(async (e) => {
      // Say what the embed page had instead: its tracks, their modes and sources, and the cues around `seconds`.
      const seen = await frame.evaluate(() =>
        [...document.querySelectorAll('video track')].map((t) => ({
          label: t.label,
          src: t.getAttribute('src'),
          mode: t.track.mode,
          readyState: t.readyState,
          cues: [...(t.track.cues ?? [])].slice(0, 2).map((c) => `${c.startTime}-${c.endTime} ${c.text}`),
        })),
      );
      throw new Error(`${e.message}\nembed page tracks: ${JSON.stringify(seen, null, 1)}`);
    });
  return handle.jsonValue();
}

test('a malformed SRT shows the findings and sends nothing; a good one uploads and plays in the player', async () => {
  const page = await newPage(browser);
  const writes = watchCaptionWrites(page);
  await signInThroughDemo(page, ACCOUNTS.instructor, '/captions');
  if (!page.url().endsWith('/captions')) await page.goto(`${demoUrl}/captions`);
  await page.locator('[data-testid=captions-session] option').first().waitFor({ state: 'attached', timeout: 20000 });
  await playerFrame(page);
  const live = page.locator('.captions-layout panopto-captions');
  assert.equal(await live.locator('select[name=language]').inputValue(), 'French');

  await live
    .locator('input[type=file]')
    .setInputFiles({ name: 'bad.srt', mimeType: 'application/x-subrip', buffer: Buffer.from(BAD_SRT) });
  const findings = live.locator('.panopto-captions__findings');
  await findings.waitFor();
  assert.equal(await findings.getAttribute('role'), 'alert');
  assert.deepEqual(await findings.locator('li').evaluateAll((lis) => lis.map((li) => li.dataset.line)), [
    '6',
    '10',
    '10',
  ]);
  assert.match(
    await findings.locator('li').first().innerText(),
    /^Line 6: '00:00:02\.500' separates the milliseconds with '\.'/,
  );
  await screenshot(page, 'captions-findings');
  assert.deepEqual(writes, [], 'nothing was sent for the malformed file');

  await live
    .locator('input[type=file]')
    .setInputFiles({ name: 'lecture-fr.srt', mimeType: 'application/x-subrip', buffer: Buffer.from(GOOD_SRT) });
  await live.locator('.panopto-captions__status[data-phase=ready]').waitFor();
  await live.locator('.panopto-captions__status .panopto-captions__button--primary').click();
  await live.locator('.panopto-captions__status[data-phase=done]').waitFor({ timeout: 20000 });
  assert.deepEqual(writes, ['POST']);

  // No reload: the embed page picks the new track up, and the component and the picker list it.
  assert.equal(await cueShownFor(page, 'French', 1.5), 'Bonjour et bienvenue');
  await live.locator('li[data-language=French]').waitFor({ timeout: 10000 });
  await screenshot(page, 'captions-uploaded-playing');
  assert.deepEqual(
    page.consoleErrors.filter((e) => !/favicon|Failed to load resource/i.test(e)),
    [],
  );
  await page.context().close();
});

test("an administrator requests captions for a folder's sessions; on the emulator's clock the track arrives", async () => {
  const page = await newPage(browser);
  await signInThroughDemo(page, ACCOUNTS.admin, '/captions');
  if (!page.url().endsWith('/captions')) await page.goto(`${demoUrl}/captions`);
  const select = page.locator('[data-testid=captions-session]');
  await select.locator('option').nth(1).waitFor({ state: 'attached', timeout: 20000 });
  // Lecture 2 of the first week: machine captions only. The player then embeds that session.
  const [lecture2] = await select.selectOption({ index: 1 });
  await page.waitForFunction((id) => document.querySelector('panopto-player iframe')?.src.includes(id), lecture2, {
    timeout: 20000,
  });

  const panel = page.locator('.captions-layout panopto-caption-request-panel');
  await panel.getByRole('button', { name: 'Check eligibility' }).click();
  const rows = panel.locator('tbody tr');
  await rows.first().waitFor({ timeout: 20000 });
  const reasons = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.reason));
  assert.ok(reasons.length >= 2, `the folder's sessions are previewed (${reasons})`);
  assert.ok(
    reasons.includes('AlreadyHasAsrCaptions'),
    `a session with machine captions is conditionally eligible (${reasons})`,
  );
  await screenshot(page, 'captions-request-preview');
  const schedule = panel.locator('.panopto-captions__button--primary');
  assert.match(await schedule.innerText(), /^Schedule 1 request for French captions$/);
  await schedule.click();
  await panel.locator('[data-phase=pending]').waitFor({ timeout: 20000 });
  await page.getByTestId('captions-advance-clock').click();
  await panel.locator('[data-phase=done]').waitFor({ timeout: 30000 });
  await screenshot(page, 'captions-request-done');

  // The request is for the language chosen in the component (French on this page): a new French track.
  const cue = await cueShownFor(page, 'French', 1, /^\[Emulated/);
  assert.match(cue, /^\[Emulated French captions by .+: not a real transcript\]$/);
  await page.context().close();
});
