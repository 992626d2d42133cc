// End to end, without any Angular app: the web components' plain-HTML page (projects/panopto-elements/demo,
// static files plus dist/panopto-elements/panopto-elements.js) signs in through the token broker, browses to a
// folder, plays a session and uploads a file into the folder, all against the emulator, with no page errors.
// A second page loads zone.js itself before the bundle: zone.js must then exist once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, stopProcess, run, waitForUrl } from '../scripts/lib/processes.mjs';
import { emulatorUrl, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { ensureBroker } from './support/broker.mjs';
import { submitEmulatorLogin } from './support/login.mjs';

const root = new URL('..', import.meta.url).pathname;
// The page is its own OAuth redirect URI, registered with the emulator's clients as http://localhost:4210/.
const pageUrl = `http://localhost:${process.env.ELEMENTS_PORT || 4210}`;
/** A seeded, unrestricted lecture of the emulator's fixture (the demo's Player page plays it too). */
const SEEDED_LECTURE = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0';
const EVENTS = [
  'ready',
  'state-change',
  'uploaded',
  'upload-error',
  'folder-selected',
  'session-selected',
  'signed-in',
];

let browser;
let broker;
let server;
let workDir;

async function answers(url) {
  try {
    await (await fetch(url)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

before(async () => {
  // One build, reused while the sources are unchanged (the benchmark and a second run need no second build).
  const built = await run(process.execPath, [join(root, 'scripts/build-elements.mjs'), '--script-only', '--if-stale']);
  assert.equal(built, 0, 'npm run build:elements -- --script-only');
  broker = await ensureBroker(Number(process.env.ELEMENTS_E2E_BROKER_PORT || 4400));
  if (!(await answers(`${pageUrl}/demo-config.js`))) {
    server = startProcess('elements-page', process.execPath, [join(root, 'scripts/serve-elements.mjs')], {
      quiet: true,
      env: { PANOPTO_EMULATOR_URL: emulatorUrl, PANOPTO_BROKER_URL: broker.url },
    });
    await waitForUrl(`${pageUrl}/demo-config.js`, 20000);
  }
  workDir = mkdtempSync(join(tmpdir(), 'elements-e2e-'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await stopProcess(server);
  await broker?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A page that records every element event (`{ tag, type, detail }`) on `window.__panoptoEvents`. */
async function recordingPage() {
  const page = await newPage(browser);
  await page.addInitScript((names) => {
    window.__panoptoEvents = [];
    for (const type of names) {
      // The events do not bubble: a capturing listener on the document still sees them.
      document.addEventListener(
        type,
        (e) => {
          if (!e.target.localName?.startsWith('panopto-wc-')) return;
          const detail = e.detail instanceof Error ? { code: e.detail.code, message: e.detail.message } : e.detail;
          window.__panoptoEvents.push({ tag: e.target.localName, type, detail: detail ?? null });
        },
        true,
      );
    }
  }, EVENTS);
  return page;
}

/** Waits for an element event matching `type` (and `where` on its detail), returns it. */
async function waitForEvent(page, type, where = {}, timeout = 30000) {
  const handle = await page.waitForFunction(
    ([t, w]) =>
      window.__panoptoEvents.find(
        (e) => e.type === t && Object.entries(w).every(([k, v]) => e.detail && e.detail[k] === v),
      ),
    [type, where],
    { timeout },
  );
  return handle.jsonValue();
}

function problems(page) {
  // Before signing in the tree's REST calls answer 401 (shown in the tree as such): network lines, not script errors.
  return page.consoleErrors.filter((e) => !/favicon|Failed to load resource/i.test(e));
}

test('plain HTML page: sign in through the broker, upload into a folder, play the new session', async () => {
  const page = await recordingPage();
  const brokerRequests = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${broker.url}/`)) brokerRequests.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  // The page's own rough CSS on generic elements must not reach the elements.
  const roughCss = () =>
    page.addStyleTag({
      content:
        'button { background: rgb(255, 0, 0) !important; } iframe { border: 9px solid red; } div { padding: 17px; }',
    });
  await page.goto(`${pageUrl}/`);
  await roughCss();
  assert.deepEqual(
    await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src, location.href).pathname)),
    ['/demo-config.js', '/panopto-elements.js', '/demo.js'],
    'no Angular app on the page: its own script, the settings and the elements bundle',
  );
  assert.equal(await page.locator('#mode').inputValue(), 'broker', 'broker mode by default');

  // Sign in: the button is in <panopto-wc-sign-in>'s shadow root (Playwright's locators pierce open roots).
  const signIn = page.getByRole('button', { name: 'Sign in with Panopto' });
  await signIn.waitFor({ timeout: 30000 });
  const buttonColour = await signIn.evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(buttonColour, 'rgb(255, 0, 0)', "the page's button rule does not reach into the element");
  await signIn.click();
  await submitEmulatorLogin(page);
  await page.waitForURL((url) => url.toString().startsWith(pageUrl), { timeout: 20000 });
  const user = page.locator('panopto-wc-sign-in [data-panopto="user-name"]');
  await user.waitFor({ timeout: 20000 });
  assert.ok((await user.innerText()).length > 0, 'the signed-in user is shown');
  assert.equal(new URL(page.url()).search, '', 'the code and state are removed from the address bar');
  const signedIn = await waitForEvent(page, 'signed-in');
  assert.ok(signedIn.detail.sub, 'signed-in carries the user');
  assert.ok(brokerRequests.includes('POST /token'), `the code was redeemed by the broker (${brokerRequests})`);
  await roughCss();

  // Browse: pick a folder in the tree; the page passes its id to the session list and the upload.
  await page.locator('panopto-wc-folder-browser [role=treeitem]', { hasText: 'Faculty of Science' }).first().click();
  const folder = await waitForEvent(page, 'folder-selected', { name: 'Faculty of Science' });
  assert.match(folder.detail.id, /^[0-9a-f-]{36}$/);
  assert.equal(await page.locator('panopto-wc-upload').getAttribute('folder-id'), folder.detail.id);

  // Upload a real WebM into the folder: a seeded, unrestricted lecture's own media, fetched from the emulator.
  const media = await fetch(`${emulatorUrl}/Panopto/Podcast/Stream/${SEEDED_LECTURE}.webm`);
  assert.equal(media.status, 200, 'the seeded session has media');
  const file = join(workDir, 'elements-lecture.webm');
  writeFileSync(file, Buffer.from(await media.arrayBuffer()));
  await page.locator('panopto-wc-upload input[type=file]').setInputFiles(file);
  await page.locator('panopto-wc-upload input[name=title]').fill('Uploaded from a plain page');
  await page.locator('panopto-wc-upload form button[type=submit]').click();
  const uploaded = await waitForEvent(page, 'uploaded', { title: 'Uploaded from a plain page' }, 90000);
  assert.equal(uploaded.detail.folderId, folder.detail.id, 'uploaded into the chosen folder');
  assert.match(uploaded.detail.sessionId, /^[0-9a-f-]{36}$/);
  // Play: the page gives the new session to the player (`session-id`) and calls play() on "ready".
  await page.waitForFunction(
    (id) => document.querySelector('panopto-wc-player')?.getAttribute('session-id') === id,
    uploaded.detail.sessionId,
  );
  await waitForEvent(page, 'ready');
  await page.waitForFunction(
    () => window.__panoptoEvents.some((e) => e.type === 'state-change' && e.detail === 1),
    null,
    {
      timeout: 30000,
    },
  );
  const frame = page.frames().find((f) => f.url().includes('/Panopto/Pages/Embed.aspx'));
  assert.ok(frame, 'the Embed API built its iframe inside <panopto-wc-player>');
  assert.ok(frame.url().includes(uploaded.detail.sessionId), 'the player shows the uploaded session');
  await frame
    .waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5, null, { timeout: 40000 })
    .catch(async (e) => {
      const v = await frame.evaluate(() => {
        const el = document.querySelector('video');
        return (
          el && {
            t: el.currentTime,
            paused: el.paused,
            rs: el.readyState,
            err: el.error?.code,
            src: el.src,
            muted: el.muted,
          }
        );
      });
      throw new Error(
        `the video did not advance: ${JSON.stringify(v)} ${JSON.stringify(
          await page.evaluate(() => window.__panoptoEvents),
        )}`,
      );
    });
  const iframeBorder = await page
    .locator('panopto-wc-player iframe')
    .evaluate((f) => getComputedStyle(f).borderTopWidth);
  assert.equal(iframeBorder, '0px', "the page's iframe rule does not reach the player");
  await screenshot(page, 'elements-uploaded-playing');
  assert.deepEqual(
    (await page.evaluate(() => window.__panoptoEvents)).filter((e) => e.type === 'upload-error'),
    [],
    'no upload-error event',
  );
  assert.deepEqual(problems(page), [], 'no page errors');
  await page.context().close();
});

test('plain HTML page in public mode: sign in with PKCE and no secret, no broker involved', async () => {
  const page = await recordingPage();
  const brokerRequests = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${broker.url}/`)) brokerRequests.push(r.url());
  });
  await page.goto(`${pageUrl}/`);
  // The page remembers the mode and reloads; only what happens after that counts (the broker-mode page before it
  // asked the broker for a stored session).
  await Promise.all([page.waitForNavigation(), page.locator('#mode').selectOption('public')]);
  assert.equal(await page.evaluate(() => localStorage.getItem('panopto-elements-demo.mode')), 'public');
  brokerRequests.length = 0;
  await page.getByRole('button', { name: 'Sign in with Panopto' }).click();
  await submitEmulatorLogin(page);
  await page.waitForURL((url) => url.toString().startsWith(pageUrl), { timeout: 20000 });
  await page.locator('panopto-wc-sign-in [data-panopto="user-name"]').waitFor({ timeout: 20000 });
  assert.ok((await waitForEvent(page, 'signed-in')).detail.sub, 'signed in');
  assert.deepEqual(brokerRequests, [], 'public mode never calls the broker');
  assert.deepEqual(problems(page), [], 'no page errors');
  await page.context().close();
});

test('a page that already runs zone.js: the bundle keeps that one Zone and the player still plays', async () => {
  const page = await recordingPage();
  await page.goto(`${pageUrl}/zone-first.html`);
  await page.evaluate(() => PanoptoElements.whenDefined());
  assert.equal(await page.evaluate(() => window.Zone === window.pageZone), true, 'zone.js was not loaded twice');
  // The page's player names a seeded, unrestricted lecture (the emulator's fixture).
  await waitForEvent(page, 'ready');
  await page.evaluate(() => document.querySelector('panopto-wc-player').play());
  await page.waitForFunction(
    () => window.__panoptoEvents.some((e) => e.type === 'state-change' && e.detail === 1),
    null,
    {
      timeout: 20000,
    },
  );
  assert.deepEqual(problems(page), [], 'no page errors');
  await page.context().close();
});
