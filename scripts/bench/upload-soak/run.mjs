// Upload soak: 1 GB through the upload engine in Chromium to an in-process emulator while 20 % of the part
// uploads fail (503 via POST /__emulator/faults), the REST token expires once, and the page reloads once half
// way through (the upload resumes from IndexedDB). Passes when the stored object is byte-identical (SHA-256
// against the generated file) and no part the client had seen acknowledged (2xx) was sent again.
//   --size-mb 1024 --part-mib 16 --concurrency 4 --failure-rate 0.2
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { launchBrowser } from '../../../e2e/support/browser.mjs';
import { startEmulator } from '../../../projects/panopto-emulator/src/server.ts';
import { generatedBlob } from '../../../projects/panopto-ng/upload/src/testing-support/incremental-sha256.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sizeMb = opt('size-mb', 1024);
const partSizeMiB = opt('part-mib', 16);
const concurrency = opt('concurrency', 4);
const failureRate = opt('failure-rate', 0.2);
const MB = 1024 * 1024;
const fileName = 'soak.mp4';
const started = Date.now();

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
  if (req.url === '/soak.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
  res
    .writeHead(200, { 'Content-Type': 'text/html' })
    .end('<!doctype html><title>upload soak</title><script src="/soak.js"></script>');
});
await new Promise((r) => page.listen(0, '127.0.0.1', r));
const pageUrl = `http://localhost:${page.address().port}/`;

const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
async function post(path, body) {
  const res = await fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json().catch(() => null);
}
await post('/__emulator/uploads/config', { processingStepMs: 10 });
// The first token lives 8 s: the upload outlasts it, so a REST call gets 401 and the engine refreshes.
await post('/__emulator/faults', { accessTokenTtlSeconds: 8 });
let token = (await post('/__emulator/tokens', { username: 'admin' })).access_token;
const firstTokenExpires = Date.now() + 8000;
await post('/__emulator/faults', {
  accessTokenTtlSeconds: 3600,
  errors: [{ route: '/Panopto/Upload/*', method: 'PUT', rate: failureRate, status: 503 }],
  seed: 11,
});
const folderId = [...emulator.context.store.folders.values()][0].Id;

const attempts = new Map(); // `${uploadId}#${partNumber}` → statuses in order
let target = '';
let refreshes = 0;
let reloaded = false;
let reloadAt = null;
let partsTotal = 0;
let half = null;
const halfReached = new Promise((resolve) => (half = resolve));

const browser = await launchBrowser();
const context = await browser.newContext();
const tab = await context.newPage();
await tab.exposeFunction('soakToken', () => token);
await tab.exposeFunction('soakRefresh', async () => {
  refreshes++;
  token = (await post('/__emulator/tokens', { username: 'admin' })).access_token;
  return token;
});
await tab.exposeFunction('soakReport', (event) => {
  if (event.kind === 'part') {
    target = event.target;
    const key = `${event.uploadId}#${event.partNumber}`;
    attempts.set(key, [...(attempts.get(key) ?? []), event.status]);
  } else if (event.kind === 'progress') {
    partsTotal = event.partsTotal;
    if (!reloaded && event.partsDone >= event.partsTotal / 2) half();
  }
});
const config = { emulator: emulator.url, folderId, size: sizeMb * MB, partSizeMiB, concurrency, fileName };

let failed = false;
try {
  await tab.goto(pageUrl);
  const first = tab.evaluate((c) => window.soak.soak(c), config).catch((e) => ({ interrupted: String(e) }));
  await Promise.race([halfReached, first]);
  // Let the first token expire before the reload, so the resumed upload meets a 401 and refreshes.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstTokenExpires - Date.now())));
  reloaded = true;
  reloadAt = [...attempts.values()].filter((s) => s.some((x) => x >= 200 && x < 300)).length;
  await tab.reload();
  await first;
  const result = await tab.evaluate((c) => window.soak.soak(c), config);
  const id = /\/Panopto\/Upload\/([^/]+)\//.exec(target)?.[1];
  const stored = await (await fetch(`${emulator.url}/__emulator/uploads/${id}/${fileName}/sha256`)).json();
  const expected = createHash('sha256');
  for await (const chunk of generatedBlob(config.size).stream()) expected.update(chunk);
  const expectedSha = expected.digest('hex');

  let resent = 0;
  let failures = 0;
  let sends = 0;
  for (const statuses of attempts.values()) {
    sends += statuses.length;
    failures += statuses.filter((s) => s < 200 || s >= 300).length;
    const ack = statuses.findIndex((s) => s >= 200 && s < 300);
    if (ack >= 0 && ack < statuses.length - 1) resent++;
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\nUpload soak: ${sizeMb} MB, ${partsTotal} parts × ${partSizeMiB} MiB, ${concurrency} parallel`);
  console.log(`  part requests sent               ${sends}`);
  console.log(`  part requests failed (injected)  ${failures} (${((failures / sends) * 100).toFixed(1)} %)`);
  console.log(`  parts acknowledged before reload ${reloadAt}`);
  console.log(`  token refreshes                  ${refreshes}`);
  console.log(`  acknowledged parts sent again    ${resent}`);
  console.log(`  final phase                      ${result.phase}${result.error ? ` (${result.error})` : ''}`);
  console.log(`  stored size / expected           ${stored.size} / ${config.size}`);
  console.log(`  stored SHA-256                   ${stored.sha256}`);
  console.log(`  expected SHA-256                 ${expectedSha}`);
  console.log(`  wall time                        ${seconds.toFixed(1)} s`);
  const checks = [
    ['the upload completed after the reload', result.phase === 'complete'],
    ['byte-identical on the emulator (SHA-256 and size)', stored.sha256 === expectedSha && stored.size === config.size],
    ['no acknowledged part was sent again', resent === 0],
    ['part failures were injected (≥ 10 % of part requests)', failures / sends >= 0.1],
    ['the page reloaded mid-way (some parts acknowledged before)', reloadAt > 0 && reloadAt < partsTotal],
    ['the expired token was refreshed', refreshes >= 1],
  ];
  for (const [name, ok] of checks) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    if (!ok) failed = true;
  }
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  await browser.close();
  await emulator.close();
  page.close();
}
process.exit(failed ? 1 : 0);
