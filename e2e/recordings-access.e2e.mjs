// Who may watch, end to end: an instructor sets a session to Restricted in <panopto-session-details> and grants one
// student; the other student then gets 403 from REST and the player's "no permission" state, the granted one plays.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, requireServers, screenshot } from './support/browser.mjs';
import { embedFrame, findSession, playUntil, rest, signedInPage } from './support/recordings.mjs';

let browser;
let sessionId;

before(async () => {
  await requireServers();
  browser = await launchBrowser();
  // A folder of the instructor's own (no student has a role in it) with a copy open to the whole organisation.
  const folder = await rest('instructor', '/folders', { method: 'POST', body: { Name: `Access e2e ${Date.now()}` } });
  assert.equal(folder.status, 200);
  const source = await findSession('instructor', 'BIO101 Week 1 Lecture 1');
  const copy = await rest('instructor', `/sessions/${source.Id}/sessioncopy`, {
    method: 'POST',
    body: { CopyType: 'Full', FolderId: folder.body.Id, Name: 'Guest lecture: cells' },
  });
  sessionId = copy.body.NewSessionId;
  await rest('instructor', `/sessions/${sessionId}/settings/access`, {
    method: 'PUT',
    body: { Level: 'Organization' },
  });
  assert.equal((await rest('learner', `/sessions/${sessionId}`)).status, 200, 'both students may watch at first');
});

after(async () => {
  await browser?.close();
});

test('an instructor restricts a session to one student in <panopto-session-details>', async () => {
  const page = await signedInPage(browser, 'instructor', `/recordings?session=${sessionId}`);
  const details = page.getByTestId('recordings-details');
  await details.getByRole('radio', { name: /Specific people/ }).check();
  await details.getByText('Who can watch: Specific people.').waitFor({ timeout: 15000 });

  const viewers = details.locator('panopto-principal-picker');
  await viewers.getByLabel('Add a viewer').fill('student');
  await viewers.getByRole('button', { name: 'Search', exact: true }).click();
  await details.getByRole('button', { name: 'Add student as a viewer' }).click();
  await details.getByText('student can watch this recording.').waitFor({ timeout: 15000 });
  await screenshot(page, 'recordings-access-instructor');

  const access = await rest('instructor', `/sessions/${sessionId}/settings/access`);
  assert.deepEqual(access.body, { Level: 'Restricted', IsInherited: true });
  assert.equal((await rest('student', `/sessions/${sessionId}`)).status, 200, 'the granted student');
  const denied = await rest('learner', `/sessions/${sessionId}`);
  assert.equal(denied.status, 403, 'the other student');
  assert.equal(denied.body.Error.ErrorCode, 'Forbidden');
  await page.context().close();
});

test('the other student sees why: no access in the details, no permission in the player', async () => {
  const page = await signedInPage(browser, 'learner', `/recordings?session=${sessionId}`);
  await page.getByText("You don't have access to this recording").waitFor({ timeout: 15000 });
  // The embed page never opens for a viewer without permission; the player says so after its wait.
  await page
    .locator('panopto-player')
    .getByText('You do not have permission to view this video.')
    .waitFor({ timeout: 30000 });
  assert.equal(await page.getByTestId('recordings-player-status').innerText(), 'notViewable');
  await screenshot(page, 'recordings-access-forbidden');
  await page.context().close();
});

test('the granted student plays it', async () => {
  const page = await signedInPage(browser, 'student', `/recordings?session=${sessionId}`);
  await page.getByText('only its folder').waitFor({ timeout: 15000 });
  await playUntil(await embedFrame(page), 1);
  await page.context().close();
});
