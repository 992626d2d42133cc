// `npm run bench:captions`: the caption-file checker on a 10 MiB SRT and a 10 MiB WebVTT file in Chromium (the
// same browser and flags as the e2e suites), median of several rounds, next to a baseline measured in the same
// run on the same bytes: UTF-8 decoding plus splitting into lines, the least any checker does.
// Target: each file checked in under 200 ms. Prints the ratio to the baseline and a PASS/FAIL line per file.
//
// Options: --size-mib 10 --rounds 7
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { launchBrowser } from '../../../e2e/support/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sizeMib = opt('size-mib', 10);
const rounds = opt('rounds', 7);
const BUDGET_MS = 200;

const bundle = await build({
  entryPoints: [new URL('./page-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const script = bundle.outputFiles[0].text;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  res
    .writeHead(200, { 'Content-Type': 'text/html' })
    .end('<!doctype html><title>captions bench</title><script src="/bench.js"></script>');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

const browser = await launchBrowser();
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const results = await page.evaluate(([mib, n]) => window.runBench(mib, n), [sizeMib, rounds]);
  for (const [format, r] of Object.entries(results)) {
    if (format.endsWith('Findings')) {
      console.log(`${format}: ${JSON.stringify(r)}`);
      continue;
    }
    const ratio = r.checkerMs / r.baselineMs;
    const pass = r.ok && r.checkerMs < BUDGET_MS;
    failed ||= !pass;
    console.log(
      `${format}: ${(r.bytes / 1048576).toFixed(1)} MiB, ${r.cues} cues: checker ${r.checkerMs.toFixed(1)} ms, ` +
        `baseline (decode + split) ${r.baselineMs.toFixed(1)} ms, ratio ${ratio.toFixed(2)}x (median of ${rounds})`,
    );
    console.log(
      `${pass ? 'PASS' : 'FAIL'} ${format} ${sizeMib} MiB checked in under ${BUDGET_MS} ms${
        r.ok ? '' : ' (the file did not pass the checker)'
      }`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;
