// The framework-free core, proven on the built package: a folder outside the workspace gets a copy of
// dist/panopto-ng as node_modules/panopto-ng and links to rxjs and tslib only, so no @angular/* can resolve. A
// plain Node process there (fixtures/framework-free-probe.mjs) loads `panopto-ng/core` (models, GUIDs, errors,
// retry, clock, config rules), every esm2020 module of the upload engine (upload/src/core) and provisioning's
// planner, apply and fetch backend, and uses each a little; importing `panopto-ng` itself must fail there for want
// of @angular/core, which shows the test really hides Angular.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ensureBuiltDist, root } from './built-dist';

type Outcome = { ok?: unknown; error?: string; code?: string | null; stack?: string };
const fixtures = join(import.meta.dirname, 'fixtures');
let sandbox = '';
let results: Record<string, Outcome> = {};

/** The result of a scenario, or a failure that shows the probe's error (e.g. which module pulled in Angular). */
function ok<T>(name: string): T {
  const outcome = results[name];
  assert.ok(outcome, `the probe ran scenario ${name}`);
  assert.ok('ok' in outcome, `${name} failed without Angular: ${outcome.error}\n${outcome.stack ?? ''}`);
  return outcome.ok as T;
}

before(async () => {
  const dist = await ensureBuiltDist();
  sandbox = realpathSync(mkdtempSync(join(tmpdir(), 'panopto-ng-framework-free-')));
  const modules = join(sandbox, 'node_modules');
  // A copy, not a link: Node resolves a linked package from its real path, where the workspace's node_modules
  // (with @angular/*) would be found again.
  cpSync(dist, join(modules, 'panopto-ng'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  for (const name of ['rxjs', 'tslib']) symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  for (const file of ['framework-free-probe.mjs', 'framework-free-resolve.mjs'])
    copyFileSync(join(fixtures, file), join(sandbox, file));
  const env = { ...process.env, NODE_OPTIONS: '', NODE_PATH: '' };
  const out = execFileSync(process.execPath, ['framework-free-probe.mjs'], {
    cwd: sandbox,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  results = JSON.parse(out);
});

after(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

test('the sandbox is outside the workspace and no folder above it has @angular/core', () => {
  assert.ok(relative(root, sandbox).startsWith('..'), `${sandbox} is outside ${root}`);
  for (let dir = sandbox; dir !== dirname(dir); dir = dirname(dir))
    assert.ok(!existsSync(join(dir, 'node_modules', '@angular', 'core')), `no @angular/core under ${dir}`);
});

test("importing 'panopto-ng' there fails for want of @angular/core, so Angular really is hidden", () => {
  assert.equal(results['angular-is-hidden']?.code, 'ERR_MODULE_NOT_FOUND', 'import("@angular/core") fails');
  const primary = results['primary-entry-point'];
  assert.ok(primary && !('ok' in primary), "import('panopto-ng') must fail without Angular");
  assert.equal(primary.code, 'ERR_MODULE_NOT_FOUND');
  assert.match(primary.error ?? '', /Cannot find package '@angular\/core'/);
});

test('panopto-ng/core loads without Angular: GUIDs, errors, retry, clock and config rules work', () => {
  const core = ok<Record<string, unknown>>('core');
  assert.deepEqual(core['isGuid'], [true, false, false]);
  assert.equal(core['rootFolderIsGuid'], true);
  assert.equal(core['patternMatches'], true);
  assert.match((core['assertGuid'] as { message: string }).message, /`folderId` must be a Panopto id/);
  // The one backoff formula: initial * 2^(retry-1), capped; additive jitter adds up to 25 %; equal jitter halves.
  assert.deepEqual(core['backoff'], [1000, 2000, 4000, 8000, 30000]);
  assert.equal(core['backoffEqualJitter'], 2000);
  assert.equal(core['backoffAdditiveMax'], 1250);
  assert.deepEqual(core['retryAfter'], { delayMs: 5000, fromRetryAfter: true });
  assert.equal(core['parseRetryAfter'], 7000);
  assert.deepEqual(core['reasons'], ['rate-limited', 'server-error', null, null]);
  assert.deepEqual(core['configError'], {
    code: 'invalid-config',
    isPanoptoError: true,
    isError: true,
    message: (core['configError'] as { message: string }).message,
  });
  assert.match((core['configError'] as { message: string }).message, /upload\.retry\.maxRetries/);
  assert.deepEqual(core['subclass'], { code: 'site-down', isPanoptoError: true, cause: 'ECONNRESET' });
  const unknownKey = core['unknownKey'] as { code: string; message: string };
  assert.equal(unknownKey.code, 'invalid-config');
  assert.match(unknownKey.message, /maxRetires/);
  assert.match(unknownKey.message, /maxRetries/, 'with the did-you-mean hint');
  assert.deepEqual(core['validatedRetry'], { maxRetries: 2, initialDelayMs: 500, maxDelayMs: 8000 });
  assert.equal(core['baseUrl'], 'https://myuni.hosted.panopto.com');
  assert.equal(core['numberOption'], 7);
  assert.equal(core['sleptMs'], true);
  assert.equal(core['abortedSleep'], true);
  assert.match(String(core['apiError']), /Panopto says: "No\." \(ErrorCode Forbidden/);
});

test('every module of the upload engine (esm2020 upload/src/core) loads without Angular, and an engine starts', () => {
  const upload = ok<{
    loaded: string[];
    engine: string;
    concurrency: number;
    rejected: { code?: string; isPanoptoError: boolean } | null;
  }>('upload-engine');
  for (const name of ['upload-engine.mjs', 'upload-job.mjs', 'retrying-sender.mjs', 'upload-errors.mjs'])
    assert.ok(
      upload.loaded.some((f) => f.endsWith(name)),
      `${name} is among the loaded modules: ${upload.loaded.join(', ')}`,
    );
  assert.equal(upload.engine, 'function');
  assert.ok(upload.concurrency >= 1);
  // An invalid request is refused with a PanoptoError of the core (the same class the probe imported).
  assert.ok(upload.rejected, 'a request with a bad folder id is refused');
  assert.equal(upload.rejected.isPanoptoError, true);
});

test("provisioning's planner, apply and fetch backend load without Angular and run a dry-run sync over fetch", () => {
  const sync = ok<{
    loaded: string[];
    children: unknown[];
    calls: string[];
    ops: string[];
    counts: Record<string, number>;
    finished: boolean;
  }>('provisioning');
  assert.deepEqual(sync.children, []);
  // The 429 was retried (through the core's retry policy) and the listing asked again.
  assert.equal(sync.calls.length, 2);
  assert.match(sync.calls[0], /^GET \/Panopto\/api\/v1\/folders\/11111111-2222-3333-4444-555555555555\/children$/);
  assert.deepEqual(sync.ops, ['create-folder', 'grant']);
  assert.equal(sync.counts['dry-run'], 2);
  assert.equal(sync.finished, true);
});
