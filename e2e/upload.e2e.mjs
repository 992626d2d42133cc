// End to end: on the demo's Upload page a signed-in instructor picks a folder, drops a small generated WebM
// into <panopto-upload>, watches it upload and process in the emulator, and plays the new session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { demoUrl, launchBrowser, newPage, requireServers, screenshot } from './support/browser.mjs';
import { submitEmulatorLogin } from './support/login.mjs';

const require = createRequire(import.meta.url);
let browser;
let page;
let workDir;
/** Every HTTP error the page saw, with its URL (console messages do not name the URL). */
const failedResponses = [];

/** A 4-second 320×240 test-pattern WebM made with the npm-shipped ffmpeg; null when it is not installed. */
function makeWebm() {
  let ffmpeg;
  try {
    ffmpeg = join(dirname(require.resolve('@ffmpeg-installer/linux-x64/package.json')), 'ffmpeg');
  } catch {
    return null;
  }
  if (!existsSync(ffmpeg)) return null;
  const out = join(workDir, 'e2e-lecture.webm');
  execFileSync(ffmpeg, [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc2=size=320x240:rate=15',
    '-t',
    '4',
    '-c:v',
    'libvpx',
    '-deadline',
    'realtime',
    '-cpu-used',
    '8',
    '-b:v',
    '300k',
    out,
  ]);
  return out;
}

before(async () => {
  await requireServers();
  workDir = mkdtempSync(join(tmpdir(), 'upload-e2e-'));
  browser = await launchBrowser();
  page = await newPage(browser);
  page.on('response', (r) => {
    if (r.status() >= 400) failedResponses.push(`${r.status()} ${r.url()}`);
  });
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('upload a WebM into a folder, watch it process, and play it', async (t) => {
  const video = makeWebm();
  if (!video) return t.skip('ffmpeg (optional dependency @ffmpeg-installer/linux-x64) is not installed');

  // Sign in with the header button (the page itself also offers it) as the seeded instructor.
  await page.goto(`${demoUrl}/upload`);
  await page.getByTestId('auth-sign-in').click();
  await submitEmulatorLogin(page);
  await page.getByTestId('auth-sign-out').waitFor({ timeout: 20000 });
  if (!page.url().endsWith('/upload')) await page.goto(`${demoUrl}/upload`);
  // The simple picker lists the folders the instructor may create sessions in (GET /folders/creator).
  const picker = page.getByTestId('creator-folder');
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="creator-folder"]')?.options.length ?? 0) > 1,
    null,
    { timeout: 20000 },
  );
  await picker.selectOption({ label: 'Faculty of Science' });
  await page.getByText('Uploading into').waitFor();

  await page.locator('panopto-upload input[type=file]').setInputFiles(video);
  const title = page.locator('panopto-upload input[name=title]');
  assert.equal(await title.inputValue(), 'e2e-lecture');
  await title.fill('E2E upload <test> & more');
  await page.locator('panopto-upload textarea[name=description]').fill('Uploaded by the end-to-end suite.');
  await screenshot(page, 'upload-draft');
  await page.locator('panopto-upload form button[type=submit]').click();

  const bar = page.locator('panopto-upload [role=progressbar]');
  await bar.waitFor();
  assert.equal(await bar.getAttribute('aria-label'), 'Upload of E2E upload <test> & more');
  await page.locator('panopto-upload .panopto-upload__item[data-phase="complete"]').waitFor({ timeout: 60000 });
  assert.equal(await bar.getAttribute('aria-valuenow'), '100');
  await screenshot(page, 'upload-complete');

  const link = page.locator('panopto-upload .panopto-upload__done a');
  assert.match(await link.getAttribute('href'), /\/Panopto\/Pages\/Embed\.aspx\?id=[0-9a-f-]{36}$/);

  // The new session plays in <panopto-player> below.
  await page.locator('.result panopto-player iframe').waitFor({ timeout: 20000 });
  const frame = await (await page.locator('.result panopto-player iframe').elementHandle()).contentFrame();
  // The embed page has loaded the uploaded file's metadata; start it from the video's own controls, as a viewer would.
  await frame.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1, null, { timeout: 20000 });
  const splash = frame.locator('#splash');
  if (await splash.isVisible()) await splash.click();
  else await frame.locator('video').click();
  await frame.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5, null, {
    timeout: 20000,
  });
  const duration = await frame.evaluate(() => document.querySelector('video').duration);
  assert.ok(duration > 3 && duration < 5, `the uploaded 4 s video plays (duration ${duration})`);
  await screenshot(page, 'upload-playing');
  // Nothing on the upload path failed. (Other widgets' requests are their suites' business; a session without a
  // thumbnail is tolerated only for an emulator started before thumbnails were generated for uploads.)
  const uploadFailures = failedResponses.filter((f) =>
    /sessionUpload|\/Panopto\/Upload\/|\/Podcast\/Stream\//i.test(f),
  );
  assert.deepEqual(uploadFailures, [], `failed upload requests: ${failedResponses.join(', ')}`);
  assert.deepEqual(
    page.consoleErrors.filter((e) => !/favicon|Failed to load resource/i.test(e)),
    [],
    'no script errors on the page',
  );
  console.log(`HTTP errors seen on the page (not upload requests): ${failedResponses.join(', ') || 'none'}`);
});
