// Bundle budgets and light feature registration, on the published package: the bundle benchmark's minimal Angular
// 15 apps (scripts/bench/bundle/apps.mjs) are built for production against dist/panopto-ng, two at a time, and
//  - each app's marginal gzip cost over the baseline app must stay within scripts/bench/bundle/budgets.json, with
//    @angular/youtube-player measured in the same build for the player's ratio budget;
//  - the app that registers every feature at the root and shows no component must not contain those entry points'
//    components (a withPanoptoX() file may import only tokens, option types and validation).
// A failure names the app, its figure and its budget. About 11 builds: 3-5 minutes on an idle 2-core machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuiltDist, root } from './built-dist';
import { FEATURE_COMPONENT_MARKERS } from '../../scripts/bench/bundle/apps.mjs';
import { BUDGETS, checkBudgets } from '../../scripts/bench/bundle/budgets.mjs';
import { buildApps, checkMarkersExist, markersIn, writeWorkspace } from '../../scripts/bench/bundle/build-apps.mjs';

type Build = { name: string; raw: number; gzip: number; text: string; lazy: string[]; seconds: number };
type Row = { name: string; ok: boolean; text: string };
const work = join(root, 'tmp', `bundle-budgets-${process.pid}`);
const names = ['baseline', 'youtube-player', ...Object.keys(BUDGETS.gzipBytes)];
let builds: Record<string, Build>;

before(async () => {
  await ensureBuiltDist();
  writeWorkspace(work, names, { useDist: true });
  builds = await buildApps(work, names, 2);
  for (const build of Object.values(builds)) console.log(`# built ${build.name} in ${build.seconds.toFixed(0)} s`);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('every app of the budget file is within its gzip budget', () => {
  const rows: Row[] = checkBudgets(builds);
  for (const row of rows) console.log(`# ${row.text}`);
  assert.equal(rows.length, names.length - 2 + Object.keys(BUDGETS.ratioToYoutubePlayer).length);
  const over = rows.filter((row) => !row.ok).map((row) => row.text);
  assert.deepEqual(over, [], `over budget:\n${over.join('\n')}`);
});

test('the budget check fails with the figure and the budget when an app grows', () => {
  const fat = { ...builds, 'panopto-player': { ...builds['panopto-player'], gzip: builds['baseline'].gzip + 9000 } };
  const row = checkBudgets(fat).find((r: Row) => r.name === 'panopto-player');
  assert.equal(row?.ok, false);
  assert.match(
    row?.text ?? '',
    /panopto-player adds 8\.79 kB gzip \(9000 B\); budget 4\.65 kB \(4762 B\): OVER BUDGET/,
  );
});

test('the component markers still occur in their entry points, and a selector in compiled code is found', () => {
  checkMarkersExist(FEATURE_COMPONENT_MARKERS); // throws naming the marker that went missing
  const compiled = 'e.ɵcmp=t.Xpm({type:e,selectors:[["panopto-upload"]],inputs:{folderId:"folderId"}})';
  assert.deepEqual(
    markersIn(compiled, FEATURE_COMPONENT_MARKERS).map((m: { marker: string }) => m.marker),
    ['panopto-upload'],
  );
  assert.deepEqual(markersIn('.panopto-upload__button{} PANOPTO_UPLOAD_OPTIONS', FEATURE_COMPONENT_MARKERS), []);
});

test('the feature app registers the features (their configuration is in its initial bundle)', () => {
  const app = builds['panopto-features'];
  assert.match(app.text, /myuni\.hosted\.panopto\.com/);
  assert.match(app.text, /bench-client/, 'the auth configuration is there');
});

test('features registered at the root add no upload, analytics or live component to the initial bundle', () => {
  const app = builds['panopto-features'];
  const found = markersIn(app.text, FEATURE_COMPONENT_MARKERS).map(
    (m: { entry: string; marker: string }) => `${m.entry} <${m.marker}>`,
  );
  assert.deepEqual(
    found,
    [],
    `initial JavaScript (${(app.raw / 1024).toFixed(1)} kB raw) contains components of: ${found.join(', ')}. ` +
      'A withPanoptoX() file may import only tokens, option types and validation.',
  );
});
