// Registering features stays light: an app that calls providePanopto(cfg, withPanoptoAuth(…), withPanoptoUpload(),
// withPanoptoAnalytics(), withPanoptoLive()) at the root and shows no panopto-ng component is built for production
// against the published package (the bundle benchmark's `panopto-features` app, scripts/bench/bundle), and its
// initial JavaScript must not contain the components of those entry points. `npm run bench:bundle` reports the
// same app's size against the baseline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuiltDist, root } from './built-dist';
import { FEATURE_COMPONENT_MARKERS } from '../../scripts/bench/bundle/apps.mjs';
import { buildApp, checkMarkersExist, markersIn, writeWorkspace } from '../../scripts/bench/bundle/build-apps.mjs';

type Build = { raw: number; gzip: number; text: string; lazy: string[]; seconds: number };
const work = join(root, 'tmp', `feature-registration-${process.pid}`);
let app: Build;

before(async () => {
  await ensureBuiltDist();
  writeWorkspace(work, ['panopto-features'], { useDist: true });
  app = buildApp(work, 'panopto-features');
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the component markers still occur in their entry points, and a selector in compiled code is found', () => {
  checkMarkersExist(FEATURE_COMPONENT_MARKERS); // throws naming the marker that went missing
  const compiled = 'e.ɵcmp=t.Xpm({type:e,selectors:[["panopto-upload"]],inputs:{folderId:"folderId"}})';
  assert.deepEqual(
    markersIn(compiled, FEATURE_COMPONENT_MARKERS).map((m: { marker: string }) => m.marker),
    ['panopto-upload'],
  );
  assert.deepEqual(markersIn('.panopto-upload__button{} PANOPTO_UPLOAD_OPTIONS', FEATURE_COMPONENT_MARKERS), []);
});

test('the app registers the features (their configuration is in its initial bundle)', () => {
  assert.match(app.text, /myuni\.hosted\.panopto\.com/);
  assert.match(app.text, /bench-client/, 'the auth configuration is there');
});

test('features registered at the root add no upload, analytics or live component to the initial bundle', () => {
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
