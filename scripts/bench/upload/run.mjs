// `npm run bench:upload`: uploads a generated file (default 1 GB) to an in-process emulator through the upload
// engine in Chromium, next to a single raw PUT of the same bytes to the same server in the same run, and samples
// the page's JS heap (CDP Runtime.getHeapUsage every 50 ms). Targets: engine ≥ 0.9 × raw PUT throughput;
// peak heap < 64 MB and not growing with the file size (a 256 MB run is measured too).
//
// Options: --size-mb 1024 --rounds 2 --part-mib 16 --concurrency 4
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { launchBrowser } from '../../../e2e/support/browser.mjs';
import { startEmulator } from '../../../projects/panopto-emulator/src/server.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sizeMb = opt('size-mb', 1024);
const rounds = opt('rounds', 2);
const partSizeMiB = opt('part-mib', 16);
const concurrency = opt('concurrency', 4);
const MB = 1024 * 1024;

const bundle = await build({
  entryPoints: [new URL('./page-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;
const page = createServer((req, res) => {
  if (req.url === '/bench.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  res
    .writeHead(200, { 'Content-Type': 'text/html' })
    .end('<!doctype html><title>upload bench</title><script src="/bench.js"></script>');
});
await new Promise((r) => page.listen(0, '127.0.0.1', r));
const pageUrl = `http://localhost:${page.address().port}/`;

const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
await fetch(`${emulator.url}/__emulator/uploads/config`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: '{"processingStepMs":10}',
});
const token = (
  await (
    await fetch(`${emulator.url}/__emulator/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"username":"admin"}',
    })
  ).json()
).access_token;
const folderId = [...emulator.context.store.folders.values()][0].Id;

// The same Chromium and flags as the e2e suites.
const browser = await launchBrowser();
const tab = await browser.newPage();
await tab.goto(pageUrl);
const cdp = await tab.context().newCDPSession(tab);
await cdp.send('Runtime.enable');

/** Runs `fn` in the page while sampling the JS heap; returns the result and the peak used heap in bytes. */
async function measured(fn, config) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  let peak = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    const result = await tab.evaluate(([name, c]) => window.bench[name](c), [fn, config]);
    return { result, peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

const rows = [];
async function runSize(mb, roundsHere) {
  const config = { emulator: emulator.url, token, folderId, size: mb * MB, partSizeMiB, concurrency };
  const raw = [];
  const engine = [];
  for (let round = 0; round < roundsHere; round++) {
    // Alternate the order so neither side always gets the warmer disk cache.
    const order = round % 2 === 0 ? ['raw', 'engine'] : ['engine', 'raw'];
    for (const which of order) {
      if (which === 'raw') {
        const { result, peak } = await measured('rawPut', config);
        raw.push({ ms: result, peak });
      } else {
        const { result, peak } = await measured('engineUpload', config);
        engine.push({
          ms: result.partsMs,
          joinedMs: result.transferMs,
          totalMs: result.totalMs,
          parts: result.parts,
          peak,
        });
      }
    }
  }
  const best = (list) => Math.min(...list.map((x) => x.ms));
  const mbps = (ms) => (mb / (ms / 1000)).toFixed(1);
  const rawBest = best(raw);
  const engineBest = best(engine);
  rows.push({
    size: `${mb} MB`,
    raw: `${mbps(rawBest)} MB/s`,
    engine: `${mbps(engineBest)} MB/s (${engine[0].parts} parts × ${partSizeMiB} MiB, ${concurrency} parallel)`,
    ratio: (rawBest / engineBest).toFixed(2),
    engineWithJoin: `${mbps(Math.min(...engine.map((e) => e.joinedMs)))} MB/s`,
    engineToState1: `${(Math.min(...engine.map((e) => e.totalMs)) / 1000).toFixed(2)} s`,
    peakHeapEngine: `${(Math.max(...engine.map((e) => e.peak)) / MB).toFixed(1)} MB`,
    peakHeapRaw: `${(Math.max(...raw.map((e) => e.peak)) / MB).toFixed(1)} MB`,
  });
  return { ratio: rawBest / engineBest, peak: Math.max(...engine.map((e) => e.peak)) };
}

let failed = false;
try {
  const small = await runSize(Math.max(64, Math.round(sizeMb / 4)), 1);
  const big = await runSize(sizeMb, rounds);
  console.log(
    `\nUpload benchmark (Chromium ${browser.version()}, emulator on loopback, best of ${rounds} for ${sizeMb} MB)\n`,
  );
  console.table(rows);
  const checks = [
    [`engine throughput ≥ 0.9 × raw PUT (${big.ratio.toFixed(2)})`, big.ratio >= 0.9],
    [`peak JS heap < 64 MB (${(big.peak / MB).toFixed(1)} MB)`, big.peak < 64 * MB],
    [
      `peak heap does not grow with file size (${(small.peak / MB).toFixed(1)} → ${(big.peak / MB).toFixed(1)} MB)`,
      big.peak < small.peak * 1.5 + 4 * MB,
    ],
  ];
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
