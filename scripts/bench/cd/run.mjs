// `npm run bench:cd`: application change-detection cycles per second in a production build (build.mjs), with
// a video playing in <panopto-player> and, in the full mode, analytics tracking on and an upload running (64 MiB
// through the emulator's shaped link, so it is still uploading at the end). Nothing the page binds changes, so
// every cycle is overhead. Each cycle is attributed to the zone task that set it off. The same measurement for
// @angular/youtube-player 15 (on a stand-in YT API, see app/fake-youtube-api.ts) in the same run.
//
// Goals (issue 22): ≤ 2 cycles/s with the player, analytics and the upload; no cycle from a timer, XHR
// progress or message (Embed API polling, progress ticks, timers that update nothing).
// Options: --seconds 10 (the measured window)  BENCH_CD_DIST=folder reuses a build.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launchBrowser, CHROMIUM_ARGS } from '../../../e2e/support/browser.mjs';
import { startEmulator } from '../../../projects/panopto-emulator/src/server.ts';
import { buildCdBenchApp } from './build.mjs';

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] || 10) || 10;
const SESSION = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0'; // a seeded lecture of the emulator (deterministic ids)
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const dist = process.env.BENCH_CD_DIST || buildCdBenchApp();
let analyticsPosts = 0;
const page = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (req.method === 'OPTIONS') return res.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
  if (path === '/analytics') {
    analyticsPosts += 1;
    req.resume();
    return res.writeHead(204).end();
  }
  let file = normalize(join(dist, path === '/' ? 'index.html' : path));
  if (!file.startsWith(dist)) file = join(dist, 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => page.listen(0, '127.0.0.1', r));
const pageUrl = `http://localhost:${page.address().port}`;

const emulator = await startEmulator({ port: 0, quiet: true });
const post = (path, body) =>
  fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const token = (await (await post('/__emulator/tokens', { username: 'admin' })).json()).access_token;
const folder = [...emulator.context.store.folders.values()][0].Id;
// The upload runs the whole window: 1 MB/s per connection.
await post('/__emulator/faults', { bandwidth: [{ route: '/Panopto/Upload/*', bytesPerSecond: 1_000_000 }] });

const browser = await launchBrowser({ args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });

async function measure(mode) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  const q = new URLSearchParams({
    mode,
    server: emulator.url,
    session: SESSION,
    token,
    folder,
    sink: `${pageUrl}/analytics`,
  });
  await tab.goto(`${pageUrl}/?${q}`);
  await tab
    .waitForFunction(() => window.__cd?.marks.playing, null, { timeout: 60000 })
    .catch(() => {
      throw new Error(`${mode}: the video never played. ${errors.join(' ')}`);
    });
  await tab.waitForTimeout(2000); // start-up settles (ready, first frames, first part requests)
  const from = await tab.evaluate(() => performance.now());
  await tab.waitForTimeout(seconds * 1000);
  const result = await tab.evaluate((start) => {
    const inWindow = window.__cd.ticks.filter((t) => t.at >= start);
    const bySource = {};
    for (const t of inWindow) bySource[t.source] = (bySource[t.source] ?? 0) + 1;
    // Start-up (bootstrap, the player getting ready, the first requests) shows the counter counting.
    const startup = window.__cd.ticks.length - inWindow.length;
    return { count: inWindow.length, bySource, startup, window: performance.now() - start };
  }, from);
  const playing = await tab.evaluate(() => {
    const frame = [...document.querySelectorAll('iframe')][0];
    return !!frame;
  });
  await context.close();
  return { mode, perSecond: result.count / (result.window / 1000), ...result, playing, errors };
}

let failed = false;
try {
  const rows = [];
  const results = {};
  for (const mode of ['panopto-player', 'panopto-full', 'youtube']) {
    const r = await measure(mode);
    results[mode] = r;
    rows.push({
      page: mode,
      'cycles/s': +r.perSecond.toFixed(2),
      cycles: r.count,
      'start-up cycles': r.startup,
      'set off by':
        Object.entries(r.bySource)
          .map(([s, n]) => `${s} ×${n}`)
          .join(', ') || '—',
    });
  }
  console.log(`\nChange detection (ApplicationRef.tick) over ${seconds} s while playing; nothing bound changes:\n`);
  console.table(rows);
  const uploaded = emulator.context.metrics.snapshot().uploads.bytesReceived;
  console.log(
    `upload bytes received meanwhile: ${(uploaded / 1e6).toFixed(1)} MB; analytics batches posted: ${analyticsPosts}`,
  );
  const full = results['panopto-full'];
  const yt = results['youtube'];
  const noisy = (r) =>
    Object.entries(r.bySource).filter(([s]) => /setInterval|setTimeout|XMLHttpRequest|message|progress/i.test(s));
  const checks = [
    [
      `player + analytics + upload ≤ 2 cycles/s (${full.perSecond.toFixed(2)}; youtube-player ${yt.perSecond.toFixed(
        2,
      )}; ratio ${(full.perSecond / Math.max(yt.perSecond, 1 / seconds)).toFixed(2)})`,
      full.perSecond <= 2,
    ],
    [
      `no cycle set off by timers, XHR progress or messages (${
        noisy(full)
          .map(([s, n]) => `${s} ×${n}`)
          .join(', ') || 'none'
      })`,
      noisy(full).length === 0 && noisy(results['panopto-player']).length === 0,
    ],
    [
      `the upload was running (${(uploaded / 1e6).toFixed(
        1,
      )} MB received) and analytics sent batches (${analyticsPosts})`,
      uploaded > 0,
    ],
  ];
  console.log('');
  for (const [text, ok] of checks) {
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    if (!ok) failed = true;
  }
} finally {
  await browser.close();
  await emulator.close();
  page.close();
}
process.exit(failed ? 1 : 0);
