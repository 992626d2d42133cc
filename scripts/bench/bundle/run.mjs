// `npm run bench:bundle`: what <panopto-player> adds to an Angular 15 app, gzip, against a baseline app and
// against @angular/youtube-player, what registering every feature at the root (no component) adds, and what each
// entry point adds (the apps of budgets.json), all built in the same run with the same production settings
// (scripts/bench/bundle/build-apps.mjs). Ends with the budgets `npm test` holds and the goal ratio.
//
// Usage: node scripts/bench/bundle/run.mjs [--dist]
//   --dist  resolve panopto-ng from the built dist/panopto-ng (run `npm run build` first) instead of source.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, FEATURE_COMPONENT_MARKERS, FORBIDDEN_MARKERS } from './apps.mjs';
import { buildApp, checkMarkersExist, markersIn, root, writeWorkspace } from './build-apps.mjs';
import { checkBudgets } from './budgets.mjs';

// Inside the repo so the workspace's node_modules resolve; /tmp is git-ignored.
const work = join(root, 'tmp', 'bench-bundle');
const useDist = process.argv.includes('--dist');
const TARGET_GZIP_BYTES = 4.5 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;

checkMarkersExist(FORBIDDEN_MARKERS);
checkMarkersExist(FEATURE_COMPONENT_MARKERS);
writeWorkspace(work, Object.keys(APPS), { useDist });
console.log(
  `Building ${Object.keys(APPS).length} minimal Angular 15 apps in ${work} (panopto-ng from ${
    useDist ? 'dist' : 'source'
  })…`,
);
const results = {};
for (const name of Object.keys(APPS)) {
  results[name] = buildApp(work, name);
  console.log(`  built ${name} in ${results[name].seconds.toFixed(0)} s`);
}

const base = results['baseline'];
console.log('\nInitial JavaScript (main + polyfills + runtime), production build:');
console.log('app                     raw          gzip        gzip vs baseline');
for (const r of Object.values(results)) {
  console.log(
    `${r.name.padEnd(22)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${signed(r.gzip - base.gzip).padStart(
      12,
    )}`,
  );
}
const panoptoCost = results['panopto-player'].gzip - base.gzip;
const withConfigCost = results['panopto-player+config'].gzip - base.gzip;
const youtubeCost = results['youtube-player'].gzip - base.gzip;
const facadeCost = results['panopto-player+facade'].gzip - results['panopto-player'].gzip;
console.log(
  `\n<panopto-player> adds ${kb(panoptoCost)} gzip (${kb(withConfigCost)} with providePanopto()); ` +
    `@angular/youtube-player adds ${kb(youtubeCost)} (ratio ${(panoptoCost / youtubeCost).toFixed(2)}).`,
);
console.log(
  `The facade directive (PanoptoPlayerFacadeDirective) adds ${kb(facadeCost)} more, only to apps that import it.`,
);

const playerText = ['panopto-player', 'panopto-player+config', 'panopto-player+facade']
  .map((name) => results[name].text)
  .join('');
const leaked = FORBIDDEN_MARKERS.filter(({ marker }) => playerText.includes(marker));
if (leaked.length)
  console.log(`Player build contains code of: ${leaked.map((m) => `${m.entry} ('${m.marker}')`).join(', ')}`);
else {
  const markers = FORBIDDEN_MARKERS.map((m) => m.marker).join(', ');
  console.log(`Player builds contain no auth, upload or folders code (markers: ${markers}).`);
}

// Registration only: every feature at the root and no component adds configuration, not components.
const features = results['panopto-features'];
const featuresCost = features.gzip - base.gzip;
const featureComponents = markersIn(features.text, FEATURE_COMPONENT_MARKERS);
console.log(
  `providePanopto(cfg, withPanoptoAuth(…), withPanoptoUpload(), withPanoptoAnalytics(), withPanoptoLive()) at the ` +
    `root with no component adds ${kb(featuresCost)} gzip (${signed(
      features.raw - base.raw,
    )} raw) of initial JavaScript` +
    (features.lazy.length ? ` (plus ${features.lazy.length} lazy chunk(s), not counted).` : '.'),
);
if (featureComponents.length)
  console.log(
    `Its initial bundle contains components: ${featureComponents.map((m) => `${m.entry} <${m.marker}>`).join(', ')}`,
  );
else console.log('Its initial bundle contains no upload, analytics or live component.');

console.log('\nBudgets (scripts/bench/bundle/budgets.json, held by `npm test`):');
const budgetRows = checkBudgets(results);
for (const row of budgetRows) console.log(`  ${row.ok ? 'ok  ' : 'OVER'} ${row.text}`);
const goalRows = checkBudgets(results, undefined, 'goalRatioToYoutubePlayer').filter((row) => row.name.includes('/'));
for (const row of goalRows) console.log(`${row.ok ? 'PASS' : 'FAIL'} goal: ${row.text}`);

const failures = [];
for (const row of [...budgetRows, ...goalRows]) if (!row.ok) failures.push(row.text);
if (panoptoCost >= TARGET_GZIP_BYTES)
  failures.push(`player adds ${kb(panoptoCost)}, target < ${kb(TARGET_GZIP_BYTES)}`);
if (withConfigCost >= youtubeCost) failures.push('player (with providePanopto) adds more than youtube-player');
if (leaked.length) failures.push('auth/upload/folders code in the player build');
if (featureComponents.length) failures.push('components in the initial bundle of the feature registration app');
writeFileSync(
  join(work, 'result.json'),
  JSON.stringify(
    {
      baseline: base.gzip,
      panoptoCost,
      withConfigCost,
      facadeCost,
      youtubeCost,
      featuresCost,
      featuresRawCost: features.raw - base.raw,
      leaked: leaked.map((m) => m.marker),
      featureComponents: featureComponents.map((m) => m.marker),
    },
    null,
    2,
  ),
);
if (failures.length) {
  console.log(`\nFAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(
    '\nPASS: under the 4.5 kB target, smaller than youtube-player, and feature registration adds no component.',
  );
}
