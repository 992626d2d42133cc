// The browser side of the upload benchmarks: an in-process emulator, a page that bundles the framework-free
// engine (page-entry.ts) and a raw-PUT baseline, and `measured()` which runs one of them while sampling the
// page's JS heap (CDP Runtime.getHeapUsage every 50 ms).
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { launchBrowser } from '../../../e2e/support/browser.mjs';
import { startEmulator } from '../../../projects/panopto-emulator/src/server.ts';

export const MB = 1024 * 1024;

/** Starts the emulator, the page server and Chromium; `close()` stops all three. */
export async function startHarness() {
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

  const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  const post = (path, body) =>
    fetch(`${emulator.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/__emulator/uploads/config', { processingStepMs: 10 });
  const token = (await (await post('/__emulator/tokens', { username: 'admin' })).json()).access_token;
  const folderId = [...emulator.context.store.folders.values()][0].Id;

  // The same Chromium and flags as the e2e suites.
  const browser = await launchBrowser();
  const tab = await browser.newPage();
  await tab.goto(`http://localhost:${page.address().port}/`);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Runtime.enable');

  /** Runs `window.bench[fn](config)` in the page; returns its result and the peak used JS heap in bytes. */
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

  return {
    emulator,
    browser,
    measured,
    /** What every page call needs besides size and tuning. */
    base: { emulator: emulator.url, token, folderId },
    setFaults: (faults) => post('/__emulator/faults', faults),
    clearFaults: () => fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' }),
    /** Drops the stored objects of finished runs, so a long benchmark does not fill the disk. */
    async close() {
      await browser.close();
      await emulator.close();
      page.close();
    },
  };
}

/** One raw PUT and one engine upload of the same bytes, `rounds` times (order alternated); best of each. */
export async function rawVersusEngine(h, config, rounds) {
  const raw = [];
  const engine = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither side always gets the warmer disk cache.
    const order = round % 2 === 0 ? ['raw', 'engine'] : ['engine', 'raw'];
    for (const which of order) {
      if (which === 'raw') {
        const { result, peak } = await h.measured('rawPut', config);
        raw.push({ ms: result, peak });
      } else {
        const { result, peak } = await h.measured('engineUpload', config);
        engine.push({ ...result, peak });
      }
    }
  }
  const min = (list, key) => Math.min(...list.map((x) => x[key]));
  return {
    rawMs: min(raw, 'ms'),
    // Until CompleteMultipartUpload answered: the same point as the raw PUT's answer (the object exists).
    engineMs: min(engine, 'transferMs'),
    partsMs: min(engine, 'partsMs'),
    parts: engine[0].parts,
    peakEngine: Math.max(...engine.map((e) => e.peak)),
    peakRaw: Math.max(...raw.map((e) => e.peak)),
  };
}

/** Prints one PASS/FAIL line; returns whether it passed. */
export function check(text, ok) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  return ok;
}

export const mbps = (mb, ms) => mb / (ms / 1000);
