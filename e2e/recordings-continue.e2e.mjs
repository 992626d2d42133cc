// Pick up where I left off: a student watches part of a session in the demo, and <panopto-continue-watching> then
// offers it with its progress and resumes it near the last position.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireServers, screenshot } from './support/browser.mjs';
import { embedFrame, findSession, playUntil, rest, signedInPage } from './support/recordings.mjs';

let browser;

before(async () => {
  await requireServers();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('watch part of a session, then continue watching resumes near the last position', async () => {
  // Open to anyone with the link, but not listed to the learner (enrolled nowhere): found as the instructor.
  const session = await findSession('instructor', 'BIO101 Week 4 Lecture 1');
  const page = await signedInPage(browser, 'learner', `/recordings?session=${session.Id}`);
  const frame = await embedFrame(page);
  await playUntil(frame, 8);
  await frame.evaluate(() => document.querySelector('video').pause());
  const stoppedAt = await frame.evaluate(() => document.querySelector('video').currentTime);

  // The embed page reports what was watched every few seconds and when it goes away.
  await page.goto(new URL('/recordings', page.url()).href);
  let entry;
  for (let i = 0; i < 50 && !(entry && Math.abs(entry.MostRecentViewPosition - stoppedAt) < 3); i++) {
    if (i) await page.waitForTimeout(200);
    const viewed = await rest('learner', '/users/me/sessions/viewed?sortField=Relevance');
    entry = viewed.body.Results.find((s) => s.Id === session.Id);
  }
  assert.ok(entry, 'the session is in the viewing history');
  assert.ok(Math.abs(entry.MostRecentViewPosition - stoppedAt) < 3, `${entry.MostRecentViewPosition} vs ${stoppedAt}`);
  // The list loaded with the page, maybe before the last report: load it again.
  await page.reload();

  const list = page.getByTestId('continue-watching');
  const card = list.getByRole('button', { name: new RegExp(`^${session.Name}\\s*Resume at`) });
  await card.waitFor({ timeout: 15000 });
  const progress = list.getByRole('progressbar', { name: `${session.Name}: watched` });
  assert.ok(Number(await progress.getAttribute('aria-valuenow')) > 0);
  await screenshot(page, 'recordings-continue-list');

  await card.click();
  const resumed = await embedFrame(page);
  await resumed.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0, null, {
    timeout: 20000,
    polling: 250, // rAF polling stalls in an iframe out of view
  });
  const at = await resumed.evaluate(() => document.querySelector('video').currentTime);
  assert.ok(Math.abs(at - stoppedAt) < 4, `resumed at ${at}, stopped at ${stoppedAt}`);
  await page.context().close();
});
