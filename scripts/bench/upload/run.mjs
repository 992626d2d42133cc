// `npm run bench:upload`: the upload engine in Chromium against the in-process emulator, each figure next to a
// baseline measured in the same run, with PASS/FAIL lines against issue 22's goals:
//
//   loopback   256 MB and 1 GB through the engine (until CompleteMultipartUpload answered) against one raw PUT
//              of the same bytes: ≥ 1.0 × at both sizes; peak JS heap < 64 MB and not growing with the size.
//   shaped     the emulator's `bandwidth` + `latencyMs` faults (8 MB/s per connection, 50 ms per request):
//              4 parallel parts ≥ 3 × one raw PUT.
//   complete   CompleteMultipartUpload of a 1 GB object ≥ 500 MB/s (baseline: one fs.copyFile of the object).
//   sweep      (only with --sweep) part size × concurrency at 256 MB, the measurements behind the defaults.
//
// Options: --only loopback,shaped,complete,sweep  --size-mb 1024 --small-mb 256 --rounds 2
//          --part-mib N --concurrency N (default: the library's defaults)  --shaped-mb 64
import { startHarness, rawVersusEngine, check, mbps, MB } from './harness.mjs';
import { measureComplete } from './complete.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sweep = args.includes('--sweep');
const only = opt('only', sweep ? 'loopback,shaped,complete,sweep' : 'loopback,shaped,complete').split(',');
const sizeMb = Number(opt('size-mb', 1024));
const smallMb = Number(opt('small-mb', 256));
const rounds = Number(opt('rounds', 2));
const shapedMb = Number(opt('shaped-mb', 64));
const tuning = {
  ...(opt('part-mib') ? { partSizeMiB: Number(opt('part-mib')) } : {}),
  ...(opt('concurrency') ? { concurrency: Number(opt('concurrency')) } : {}),
};
const tuningText = `${tuning.partSizeMiB ?? 16} MiB parts, ${tuning.concurrency ?? 4} parallel`;

const results = [];
let failed = false;
const verdict = (text, ok) => {
  if (!check(text, ok)) failed = true;
};

const h = only.some((o) => o !== 'complete') ? await startHarness() : null;
try {
  if (only.includes('sweep')) {
    console.log(`\nSweep at ${smallMb} MB (best of ${rounds} each; raw PUT measured alongside each setting):`);
    const rows = [];
    for (const partSizeMiB of [8, 16, 25]) {
      for (const concurrency of [1, 2, 4, 6]) {
        const r = await rawVersusEngine(h, { ...h.base, size: smallMb * MB, partSizeMiB, concurrency }, rounds);
        rows.push({
          part: `${partSizeMiB} MiB`,
          concurrency,
          engine: `${mbps(smallMb, r.engineMs).toFixed(1)} MB/s`,
          raw: `${mbps(smallMb, r.rawMs).toFixed(1)} MB/s`,
          ratio: +(r.rawMs / r.engineMs).toFixed(2),
        });
      }
    }
    console.table(rows);
  }

  if (only.includes('loopback')) {
    const sizes = [smallMb, sizeMb];
    const bySize = [];
    for (const mb of sizes) {
      const r = await rawVersusEngine(h, { ...h.base, size: mb * MB, ...tuning }, rounds);
      bySize.push({ mb, ...r });
      results.push({
        benchmark: `loopback ${mb} MB`,
        baseline: `raw PUT ${mbps(mb, r.rawMs).toFixed(1)} MB/s`,
        figure: `engine ${mbps(mb, r.engineMs).toFixed(1)} MB/s (${r.parts} parts)`,
        ratio: (r.rawMs / r.engineMs).toFixed(2),
        heap: `${(r.peakEngine / MB).toFixed(1)} MB (raw ${(r.peakRaw / MB).toFixed(1)} MB)`,
      });
    }
    console.log(`\nLoopback (best of ${rounds}; ${tuningText}; Chromium ${h.browser.version()}):`);
    console.table(results.filter((r) => r.benchmark.startsWith('loopback')));
    const copied = h.emulator.context.metrics.snapshot().counters['upload.completeCopiedBytes'] ?? 0;
    console.log(`Bytes the emulator copied while completing these uploads: ${copied}`);
    for (const r of bySize)
      verdict(`engine ≥ 1.0 × raw PUT at ${r.mb} MB (${(r.rawMs / r.engineMs).toFixed(2)})`, r.rawMs / r.engineMs >= 1);
    const [small, big] = bySize;
    verdict(`peak JS heap < 64 MB (${(big.peakEngine / MB).toFixed(1)} MB)`, big.peakEngine < 64 * MB);
    verdict(
      `peak heap does not grow with file size (${(small.peakEngine / MB).toFixed(1)} → ${(big.peakEngine / MB).toFixed(
        1,
      )} MB)`,
      big.peakEngine < small.peakEngine * 1.5 + 4 * MB,
    );
  }

  if (only.includes('shaped')) {
    const link = { bandwidth: [{ route: '/Panopto/Upload/*', bytesPerSecond: 8_000_000 }], latencyMs: 50 };
    await h.setFaults(link);
    try {
      // 16 MiB parts of a 64 MB file: four parts, all in flight at once.
      const r = await rawVersusEngine(h, { ...h.base, size: shapedMb * MB, partSizeMiB: 16, concurrency: 4 }, 1);
      const row = {
        benchmark: `shaped ${shapedMb} MB (8 MB/s + 50 ms per request)`,
        baseline: `raw PUT ${mbps(shapedMb, r.rawMs).toFixed(1)} MB/s`,
        figure: `engine ${mbps(shapedMb, r.engineMs).toFixed(1)} MB/s (${r.parts} parts, 4 parallel)`,
        ratio: (r.rawMs / r.engineMs).toFixed(2),
      };
      results.push(row);
      console.log('\nShaped link (emulator faults: bandwidth 8 MB/s per connection, latencyMs 50):');
      console.table([row]);
      verdict(`4 parallel parts ≥ 3 × one raw PUT on the shaped link (${row.ratio})`, r.rawMs / r.engineMs >= 3);
    } finally {
      await h.clearFaults();
    }
  }

  if (only.includes('complete')) {
    const c = await measureComplete(sizeMb);
    const rate = mbps(c.sizeMb, c.completeMs);
    const row = {
      benchmark: `CompleteMultipartUpload ${c.sizeMb} MB`,
      baseline: `fs.copyFile of the object ${mbps(c.sizeMb, c.copyMs).toFixed(0)} MB/s`,
      figure: `${c.completeMs.toFixed(0)} ms = ${rate.toFixed(0)} MB/s (${c.copiedBytes} bytes copied)`,
      ratio: (c.copyMs / c.completeMs).toFixed(1),
    };
    results.push(row);
    console.log('\nEmulator CompleteMultipartUpload (16 parts of 64 MiB, sent from Node):');
    console.table([row]);
    verdict(`CompleteMultipartUpload ≥ 500 MB/s for ${c.sizeMb} MB (${rate.toFixed(0)} MB/s)`, rate >= 500);
  }
} finally {
  await h?.close();
}
process.exit(failed ? 1 : 0);
