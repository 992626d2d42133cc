// `npm run bench:bundle` (second part): the web components' single bundles, gzip, next to @mux/mux-player's
// published bundle (dist/mux-player.js, what unpkg serves to a <script> tag), with budgets it checks.
//
// Measured in one run: panopto-player.js (the player alone), panopto-elements.js (every element) and the ES module,
// as built by `npm run build:elements` (reused when up to date); and the same script build without zone.js, for
// what zone.js costs inside the bundle (that variant starts only where the page already runs zone.js).
//
// Usage: node scripts/bench/elements/run.mjs [--skip-no-zone]
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { run } from '../../lib/processes.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../..', import.meta.url).pathname;
const dist = join(root, 'dist/panopto-elements');
const kB = 1024;
// Budgets, gzip. Set with headroom over the figures measured when they were set (README, "Without Angular").
const BUDGETS = { player: 70 * kB, all: 170 * kB };

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const raw = (file) => readFileSync(file).length;
const fmt = (bytes) => `${(bytes / kB).toFixed(1)} kB`;

const build = await run(process.execPath, [join(root, 'scripts/build-elements.mjs'), '--if-stale']);
if (build !== 0) throw new Error('npm run build:elements failed');

let noZone = null;
if (!process.argv.includes('--skip-no-zone')) {
  const out = join(dist, '.bench/no-zone');
  rmSync(out, { recursive: true, force: true });
  const code = await run('npx', [
    'ng',
    'build',
    'panopto-elements',
    '--configuration=bench-no-zone',
    '--progress=false',
  ]);
  if (code !== 0) throw new Error('the no-zone.js build failed');
  noZone = { player: gzip(join(out, 'panopto-player.js')), all: gzip(join(out, 'main.js')) };
  rmSync(join(dist, '.bench'), { recursive: true, force: true });
}

// The package's exports hide its package.json; its main file is in dist/, next to the published bundle.
const muxFile = join(dirname(require.resolve('@mux/mux-player')), 'mux-player.js');
const muxVersion = JSON.parse(readFileSync(join(dirname(muxFile), '..', 'package.json'), 'utf8')).version;
const rows = [
  ['panopto-player.js (player alone)', join(dist, 'panopto-player.js')],
  ['panopto-elements.js (every element)', join(dist, 'panopto-elements.js')],
  ['panopto-elements.mjs (ES module)', join(dist, 'panopto-elements.mjs')],
  [`@mux/mux-player ${muxVersion} dist/mux-player.js`, muxFile],
];
const sizes = Object.fromEntries(rows.map(([name, file]) => [name, { raw: raw(file), gzip: gzip(file) }]));
const mux = sizes[rows[3][0]].gzip;
const player = sizes[rows[0][0]].gzip;
const all = sizes[rows[1][0]].gzip;

console.log('\nWeb components, single bundles (production, gzip -9):');
console.log('bundle                                              raw        gzip   vs mux-player');
for (const [name] of rows) {
  const s = sizes[name];
  console.log(
    `${name.padEnd(46)} ${fmt(s.raw).padStart(10)} ${fmt(s.gzip).padStart(10)}   ${(s.gzip / mux).toFixed(2)}`,
  );
}
if (noZone) {
  console.log(
    `\nWithout zone.js in the bundle: player ${fmt(noZone.player)} (zone.js ${fmt(player - noZone.player)}), ` +
      `every element ${fmt(noZone.all)} (zone.js ${fmt(all - noZone.all)}). zone.js loads once either way: ` +
      `on a page that already runs it, zone.js's own guard keeps the page's copy (checked by e2e/elements.e2e.mjs).`,
  );
}

const failures = [];
if (player > BUDGETS.player)
  failures.push(`the player bundle is ${fmt(player)}, over its ${fmt(BUDGETS.player)} budget`);
if (all > BUDGETS.all) failures.push(`the full bundle is ${fmt(all)}, over its ${fmt(BUDGETS.all)} budget`);
if (all >= mux)
  failures.push(`every element together (${fmt(all)}) is not smaller than mux-player alone (${fmt(mux)})`);

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(
  join(root, 'test-results', 'bench-elements.json'),
  JSON.stringify({ sizes, noZone, budgets: BUDGETS, muxVersion, failures }, null, 2),
);
if (failures.length) {
  console.log(`\nFAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `\nPASS: player ${fmt(player)} ≤ ${fmt(BUDGETS.player)}, every element ${fmt(all)} ≤ ${fmt(BUDGETS.all)}, ` +
      `and every element together is ${(all / mux).toFixed(2)} of mux-player's bundle.`,
  );
}
