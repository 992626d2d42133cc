// `npm run bench:folders`: renders the 3,000 children of one folder in Chromium (playwright-core) on the demo's
// /folders-bench page, with <panopto-folder-browser> (virtual scrolling) and with the same rows in a plain
// *ngFor list (the baseline), in the same run, and prints time to first rows after the data arrived, DOM rows
// and scroll frame times for both, with the ratios.
//
// Uses DEMO_URL when it answers (e.g. `npm start` running); otherwise builds the demo app into a temp folder
// and serves it itself. Targets: first rows within 100 ms of the data, fewer than 80 rows in the DOM.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launchBrowser } from '../../../e2e/support/browser.mjs';

const root = new URL('../../..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS || 5);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ico': 'image/x-icon' };

async function reachable(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Serves a built app folder with the single-page-app fallback on a free port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file = normalize(join(dir, decodeURIComponent(path)));
    if (!file.startsWith(dir) || !(await stat(file).catch(() => null))?.isFile()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}`, close: () => server.close() };
}

async function demoBase() {
  const fromEnv = process.env.DEMO_URL?.replace(/\/$/, '');
  if (fromEnv && (await reachable(`${fromEnv}/`))) return { url: fromEnv, close: () => undefined };
  const out = process.env.BENCH_DEMO_DIST || mkdtempSync(join(tmpdir(), 'folders-bench-'));
  if (!existsSync(join(out, 'index.html'))) {
    console.log(`Building the demo app into ${out} (set DEMO_URL to use a running one)…`);
    const build = spawnSync(
      'npx',
      ['ng', 'build', 'demo-app', '--configuration=production', '--progress=false', `--output-path=${out}`],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) throw new Error('The demo app did not build.');
  }
  return serve(out.endsWith('/') ? out : `${out}/`);
}

/** One page load: the result the page publishes, plus frame times while scrolling the list to the bottom. */
async function measure(browser, base, mode) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/folders-bench?mode=${mode}`);
  await page.waitForFunction(() => window.__foldersBench, null, { timeout: 30000 });
  const result = await page.evaluate(() => window.__foldersBench);
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector('[role=tree]');
    const times = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      scroller.scrollTop += 360;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  });
  const domRowsAfterScroll = await page.evaluate(() => document.querySelectorAll('[role=treeitem]').length);
  await page.close();
  return { ...result, firstRowsMs: result.firstRowsAt - result.dataAt, frames, domRowsAfterScroll };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const server = await demoBase();
// The same Chromium and flags as the e2e suites.
const browser = await launchBrowser();
try {
  const runs = { virtual: [], plain: [] };
  // Interleave the modes so machine load affects both alike; the first round warms the browser's caches.
  await measure(browser, server.url, 'virtual');
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['virtual', 'plain']) runs[mode].push(await measure(browser, server.url, mode));
  }
  const summary = {};
  for (const mode of ['virtual', 'plain']) {
    const r = runs[mode];
    summary[mode] = {
      firstRowsMs: median(r.map((x) => x.firstRowsMs)),
      domRows: median(r.map((x) => x.domRows)),
      domRowsAfterScroll: median(r.map((x) => x.domRowsAfterScroll)),
      frameMedianMs: median(r.flatMap((x) => x.frames)),
      frameP95Ms: p95(r.flatMap((x) => x.frames)),
    };
  }
  const v = summary.virtual;
  const p = summary.plain;
  const fmt = (n) => n.toFixed(1).padStart(9);
  console.log(`\n3,000 child folders, median of ${RUNS} runs per mode (same browser, same run)\n`);
  console.log(`${''.padEnd(34)}${'virtual'.padStart(9)}${'plain'.padStart(9)}${'ratio'.padStart(9)}`);
  console.log(
    `${'first rows after data (ms)'.padEnd(34)}${fmt(v.firstRowsMs)}${fmt(p.firstRowsMs)}${fmt(
      v.firstRowsMs / p.firstRowsMs,
    )}`,
  );
  console.log(`${'rows in the DOM'.padEnd(34)}${fmt(v.domRows)}${fmt(p.domRows)}${fmt(v.domRows / p.domRows)}`);
  console.log(
    `${'rows in the DOM after scrolling'.padEnd(34)}${fmt(v.domRowsAfterScroll)}${fmt(p.domRowsAfterScroll)}${fmt(
      v.domRowsAfterScroll / p.domRowsAfterScroll,
    )}`,
  );
  console.log(
    `${'scroll frame, median (ms)'.padEnd(34)}${fmt(v.frameMedianMs)}${fmt(p.frameMedianMs)}${fmt(
      v.frameMedianMs / p.frameMedianMs,
    )}`,
  );
  console.log(
    `${'scroll frame, p95 (ms)'.padEnd(34)}${fmt(v.frameP95Ms)}${fmt(p.frameP95Ms)}${fmt(v.frameP95Ms / p.frameP95Ms)}`,
  );
  const firstOk = v.firstRowsMs <= 100;
  const rowsOk = v.domRows < 80 && v.domRowsAfterScroll < 80;
  console.log(
    `\ntarget first rows <= 100 ms: ${firstOk ? 'met' : 'MISSED'}; target < 80 DOM rows: ${rowsOk ? 'met' : 'MISSED'}`,
  );
  process.exitCode = firstOk && rowsOk ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
