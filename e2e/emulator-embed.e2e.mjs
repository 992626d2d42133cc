// The emulator's Embed API driven the way third-party clients drive Panopto's (H5P's Panopto handler, Moodle's
// interactive-video plugin): a page on another origin loads /scripts/embedapi.min.js and calls
// `new EmbedApi(id, options)` itself, with no panopto-ng code involved. Each point was broken before issue 17:
// loadVideo() did not start playback, callbacks ran with `this` undefined, width/height were inline style,
// hideoverlay/autohide/showcontrols were ignored, and non-loopback host names were forced to https.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { CHROMIUM_ARGS, emulatorUrl, launchBrowser, newPage } from './support/browser.mjs';

/** A public seeded session with a generated 20 s video (the seed is deterministic). */
const SESSION_ID = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0';
/** A host name that is not a loopback name (and contains "panopto.", as H5P's and Moodle's URL patterns require). */
const ALIAS = 'panopto.emulator.test';
const emulator = new URL(emulatorUrl);

let browser;
let server;
let pageUrl;

before(async () => {
  const res = await fetch(`${emulatorUrl}/__emulator/metrics`).catch((e) => e);
  if (!res?.ok)
    throw new Error(
      `The emulator is not reachable at ${emulatorUrl}; set PANOPTO_EMULATOR_URL or run npm test -- e2e.`,
    );
  // The third-party page: another origin (127.0.0.1 on its own port), an empty container per player.
  server = createServer((req, res) => {
    const scriptHost = new URL(req.url, 'http://x').searchParams.get('scriptHost') || emulator.host;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Third-party page</title></head><body>
<div id="player"></div>
<script>window.log = []; window.onPanoptoEmbedApiReady = function () { window.apiReady = true; };</script>
<script src="${emulator.protocol}//${scriptHost}/scripts/embedapi.min.js"></script>
</body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${server.address().port}/`;
  browser = await launchBrowser({
    args: [
      ...CHROMIUM_ARGS,
      '--autoplay-policy=no-user-gesture-required',
      `--host-resolver-rules=MAP ${ALIAS} 127.0.0.1`,
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Opens the third-party page (the Embed API script loaded from `scriptHost`, default the emulator's host). */
async function openPlayer({ scriptHost } = {}) {
  const page = await newPage(browser);
  await page.goto(scriptHost ? `${pageUrl}?scriptHost=${encodeURIComponent(scriptHost)}` : pageUrl);
  await page.waitForFunction(() => window.apiReady === true);
  return page;
}

/** The embed page's frame. */
async function embedFrame(page) {
  await page.waitForFunction(() => !!document.querySelector('#player iframe'));
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes('/Panopto/Pages/Embed.aspx'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no embed frame');
}

test('loadVideo() loads and starts playback, as H5P ("Loads and starts playing") expects', async () => {
  const page = await openPlayer();
  await page.evaluate(
    ([serverName, sessionId]) => {
      window.player = new EmbedApi('player', {
        serverName,
        sessionId,
        videoParams: { autoplay: false, interactivity: 'none', showtitle: false },
        events: {
          onIframeReady: () => window.player.loadVideo(),
          onReady: () => window.log.push('ready'),
          onStateChange: (state) => window.log.push(`state:${state}`),
        },
      });
    },
    [emulator.host, SESSION_ID],
  );
  await page.waitForFunction(() => window.log.includes('state:1'), null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.player.getState()), 1, 'Playing');
  const t0 = await page.evaluate(() => window.player.getCurrentTime());
  await page.waitForFunction((t) => window.player.getCurrentTime() > t + 0.5, t0, { timeout: 15000 });
  await page.close();
});

test('Moodle’s pattern (loadVideo(); pauseVideo()) loads without starting, and onReady still fires', async () => {
  const page = await openPlayer();
  await page.evaluate(
    ([serverName, sessionId]) => {
      window.player = new EmbedApi('player', {
        serverName,
        sessionId,
        videoParams: { autoplay: true },
        events: {
          onIframeReady: () => {
            window.player.muteVideo();
            window.player.loadVideo();
            window.player.pauseVideo();
          },
          onReady: () => window.log.push('ready'),
          onStateChange: (state) => window.log.push(`state:${state}`),
        },
      });
    },
    [emulator.host, SESSION_ID],
  );
  await page.waitForFunction(() => window.log.includes('ready'), null, { timeout: 30000 });
  await page.waitForTimeout(500);
  assert.ok(!(await page.evaluate(() => window.log)).includes('state:1'), 'never Playing');
  assert.ok((await page.evaluate(() => window.player.getDuration())) > 10);
  await page.close();
});

test('event callbacks run as methods of the events object (`this` is defined), so Moodle’s handler sees a pause', async () => {
  const page = await openPlayer();
  await page.evaluate(
    ([serverName, sessionId]) => {
      window.player = new EmbedApi('player', {
        serverName,
        sessionId,
        events: {
          onIframeReady: () => window.player.loadVideo(),
          // As the Moodle plugin: a plain function that sets `this.paused` (a TypeError when `this` is undefined).
          onStateChange: function (state) {
            'use strict';
            if (state === PlayerState.Playing) {
              this.paused = false;
              window.player.pauseVideo();
            }
            if (state === PlayerState.Paused) {
              this.paused = true;
              window.log.push('saw pause');
            }
          },
        },
      });
    },
    [emulator.host, SESSION_ID],
  );
  await page.waitForFunction(() => window.log.includes('saw pause'), null, { timeout: 30000 });
  assert.deepEqual(page.consoleErrors, [], 'no errors thrown from the callbacks');
  await page.close();
});

test('width/height become iframe attributes, so a client resizes the player through them', async () => {
  const page = await openPlayer();
  await page.evaluate(
    ([serverName, sessionId]) => {
      window.player = new EmbedApi('player', { serverName, sessionId, width: 640, height: 360, events: {} });
    },
    [emulator.host, SESSION_ID],
  );
  const iframe = page.locator('#player iframe');
  assert.equal(await iframe.getAttribute('width'), '640');
  assert.equal(await iframe.getAttribute('height'), '360');
  assert.equal((await iframe.boundingBox()).width, 640);
  // H5P's resize handler: $iframe.attr('width', w).attr('height', h).
  await page.evaluate(() => {
    const frame = document.querySelector('#player iframe');
    frame.setAttribute('width', '320');
    frame.setAttribute('height', '180');
  });
  const box = await iframe.boundingBox();
  assert.equal(box.width, 320);
  assert.equal(box.height, 180);
  await page.close();
});

test('hideoverlay, showcontrols and autohide change the player', async () => {
  const make = async (videoParams) => {
    const page = await openPlayer();
    await page.evaluate(
      ([serverName, sessionId, params]) => {
        window.player = new EmbedApi('player', {
          serverName,
          sessionId,
          videoParams: { showtitle: true, ...params },
          events: {
            onIframeReady: () => window.player.loadVideo(),
            onStateChange: (s) => window.log.push(`state:${s}`),
          },
        });
      },
      [emulator.host, SESSION_ID, videoParams],
    );
    const frame = await embedFrame(page);
    await frame.waitForSelector('video');
    return { page, frame };
  };
  const chrome = (frame) =>
    frame.evaluate(() => ({
      title: !!document.getElementById('title'),
      controls: document.getElementById('video').controls,
      idle: document.body.classList.contains('idle'),
    }));

  const plain = await make({});
  assert.deepEqual(await chrome(plain.frame), { title: true, controls: true, idle: false });
  await plain.page.close();

  const hidden = await make({ hideoverlay: true });
  assert.deepEqual(await chrome(hidden.frame), { title: false, controls: false, idle: false });
  await hidden.page.close();

  const noControls = await make({ showcontrols: false });
  assert.deepEqual(await chrome(noControls.frame), { title: true, controls: false, idle: false });
  await noControls.page.close();

  const auto = await make({ autohide: true });
  await auto.page.waitForFunction(() => window.log.includes('state:1'), null, { timeout: 30000 });
  await auto.frame.waitForFunction(() => document.body.classList.contains('idle'), null, { timeout: 10000 });
  assert.deepEqual(await chrome(auto.frame), { title: true, controls: false, idle: true });
  await auto.page.mouse.move(100, 100);
  await auto.page.mouse.move(120, 110);
  await auto.frame.waitForFunction(() => !document.body.classList.contains('idle'));
  assert.equal((await chrome(auto.frame)).controls, true, 'pointer movement brings the controls back');
  await auto.page.close();
});

test('a non-loopback host name keeps the scheme the script came from (no forced https)', async () => {
  const host = `${ALIAS}:${emulator.port}`;
  const page = await openPlayer({ scriptHost: host });
  await page.evaluate(
    ([serverName, sessionId]) => {
      window.player = new EmbedApi('player', {
        serverName,
        sessionId,
        events: { onIframeReady: () => window.log.push('iframeReady'), onReady: () => window.log.push('ready') },
      });
      window.player.loadVideo();
    },
    [host, SESSION_ID],
  );
  const src = await page.locator('#player iframe').getAttribute('src');
  assert.ok(src.startsWith(`${emulator.protocol}//${host}/Panopto/Pages/Embed.aspx?`), src);
  await page.waitForFunction(() => window.log.includes('iframeReady'), null, { timeout: 30000 });
  await page.close();
});
