// Reuse and find: copy a session into another course's folder in <panopto-session-details>, tag the copy, find it
// by tag in that folder's search, and play the copy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireServers, screenshot } from './support/browser.mjs';
import { embedFrame, findSession, playUntil, rest, signedInPage } from './support/recordings.mjs';

let browser;
const stamp = Date.now();

before(async () => {
  await requireServers();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('copy into another course, tag, find by tag, play', async () => {
  const source = await findSession('instructor', 'BIO101 Week 2 Lecture 1');
  const page = await signedInPage(browser, 'instructor', `/recordings?session=${source.Id}`);
  const details = page.getByTestId('recordings-details');
  const target = details.locator('panopto-folder-picker', { has: page.getByLabel('Copy into folder') });
  await target.getByLabel('Copy into folder').fill('CHEM110 2026 Semester 1');
  await target.getByRole('button', { name: 'Search', exact: true }).click();
  await target.getByRole('radio', { name: 'CHEM110 2026 Semester 1' }).check();
  await details.getByRole('radio', { name: /Linked copy \(Reference\)/ }).check();
  const name = `Genetics for chemists ${stamp}`;
  await details.getByLabel('Name of the copy').fill(name);
  await details.getByRole('button', { name: 'Copy to CHEM110 2026 Semester 1' }).click();
  const event = page.getByTestId('recordings-event');
  await page.waitForFunction(
    () =>
      /copy's id is [0-9a-f-]{36}/.test(document.querySelector('[data-testid="recordings-event"]')?.textContent ?? ''),
    null,
    { timeout: 15000 },
  );
  const copyId = (await event.innerText()).match(/[0-9a-f-]{36}/)[0];

  const copy = await rest('instructor', `/sessions/${copyId}`);
  assert.equal(copy.body.Name, name);
  assert.equal(copy.body.FolderDetails.Name, 'CHEM110 2026 Semester 1');

  await page.goto(new URL(`/recordings?session=${copyId}`, page.url()).href);
  const tag = `reuse-${stamp}`;
  await details.getByLabel('Add a tag').fill(tag);
  await details.getByRole('button', { name: 'Add tag' }).click();
  await details.getByText(`Tagged “${tag}”.`).waitFor({ timeout: 15000 });

  const found = await rest('student', `/folders/${copy.body.Folder}/sessions/search?searchQuery=${tag}`);
  assert.deepEqual(
    found.body.Results.map((s) => s.Id),
    [copyId],
  );
  const elsewhere = await rest('student', `/sessions/search?searchQuery=${tag}`);
  assert.deepEqual(
    elsewhere.body.Results.map((s) => s.Id),
    [copyId],
  );

  await playUntil(await embedFrame(page), 1);
  await screenshot(page, 'recordings-copy-tagged');
  await page.context().close();
});
