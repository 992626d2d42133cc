// The library's "one home per concern" boundaries (issue 15): the checks of scripts/check-boundaries.mjs run over
// the real sources, each rule shown to catch a copy and to leave alone what is not one, and the two ESLint rules
// of projects/panopto-ng/.eslintrc.json (framework-free imports, relative imports across entry points) likewise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { blankComments, checkBoundaries, formatFailure, librarySources } from '../../scripts/lib/boundaries.mjs';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

type Failure = { rule: string; file: string; line: number; message: string };
const source = (rel: string, text: string) => ({ rel, text, code: blankComments(text, rel) });
/** The clock token every fixture set needs, so the one-clock-token rule has its home. */
const CLOCK_HOME = source(
  'src/lib/clock/panopto-clock.ts',
  "export const PANOPTO_CLOCK = new InjectionToken<PanoptoClock>('PANOPTO_CLOCK', { factory: () => systemClock });\n",
);
const check = (...files: ReturnType<typeof source>[]): Failure[] => checkBoundaries([CLOCK_HOME, ...files]);
const rules = (failures: Failure[]) => failures.map((f) => `${f.rule} ${f.file}:${f.line}`);

test('the library holds its boundaries: one GUID pattern, backoff formula, Error base, clock token, visually-hidden rule; no oversized file', () => {
  const failures = checkBoundaries(librarySources()).map(formatFailure);
  assert.ok(
    failures.length === 0,
    `${
      failures.length
    } boundary failure(s); move each to its home (or, for size, split the file or give its measured reason):\n${failures.join(
      '\n',
    )}`,
  );
});

test('GUID pattern: a copy outside core/src is named with its line and home; core, comments and specs are not', () => {
  const failures = check(
    source(
      'upload/src/core/validation.ts',
      'import x from "y";\nconst GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}$/i;\n',
    ),
    source('player/src/a.ts', "const RE = new RegExp('^[\\\\da-fA-F]{8}-');\n"),
    source('core/src/guid.ts', "export const GUID_PATTERN_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}';\n"),
    source('live/src/b.ts', '// like /[0-9a-f]{8}-/ but via isGuid\nexport const ok = isGuid(id);\n'),
    source('live/src/b.spec.ts', 'expect(id).toMatch(/^[0-9a-f]{8}-/);\n'),
  );
  assert.deepEqual(rules(failures), [
    'one-guid-pattern player/src/a.ts:1',
    'one-guid-pattern upload/src/core/validation.ts:2',
  ]);
  assert.match(failures[1].message, /home: projects\/panopto-ng\/core\/src\/guid\.ts/);
  assert.match(
    formatFailure(failures[1]),
    /^projects\/panopto-ng\/upload\/src\/core\/validation\.ts:2: \[one-guid-pattern\]/,
  );
});

test('backoff formula: 2 **, Math.pow(2, and << on a counter are caught outside the core retry file; constants are not', () => {
  const failures = check(
    source('provisioning/src/fetch.ts', 'await sleep(1000 * 2 ** (attempt - 1));\n'),
    source('analytics/src/sink.ts', 'const a = 1;\nconst d = base * Math.pow(2, retries);\n'),
    source('auth/src/refresh.ts', 'const wait = initial << attempt;\n'),
    source('live/src/poll.ts', 'let delayMs = 1;\ndelayMs *= 2;\n'),
    source('core/src/retry/retry-policy.ts', 'const step = initialDelayMs * Math.pow(2, retry - 1);\n'),
    source('auth/src/timer.ts', 'export const MAX_TIMER_MS = 2 ** 31 - 1;\nconst w = (x << 13) | (y << 24);\n'),
    source('player/src/c.ts', '/** backoff: initial * 2 ** (retry - 1) */\nexport const n = length * 2;\n'),
  );
  assert.deepEqual(rules(failures), [
    'one-backoff-formula analytics/src/sink.ts:2',
    'one-backoff-formula auth/src/refresh.ts:1',
    'one-backoff-formula live/src/poll.ts:2',
    'one-backoff-formula provisioning/src/fetch.ts:1',
  ]);
  assert.match(failures[0].message, /core\/src\/retry\/retry-policy\.ts/);
});

test('Error base: only the core PanoptoError extends Error (or a built-in error); test helpers may', () => {
  const failures = check(
    source('core/src/errors/panopto-error.ts', 'export class PanoptoError extends Error {}\n'),
    source('upload/src/core/transport.ts', '\nexport class UploadNetworkError extends Error {}\n'),
    source('live/src/x.ts', 'export class Bad extends RangeError {}\nexport class Ok extends PanoptoError {}\n'),
    source('upload/src/testing-support/fake.ts', 'class FakeFailure extends Error {}\n'),
    source('auth/src/a.spec.ts', 'class E extends Error {}\n'),
  );
  assert.deepEqual(rules(failures), [
    'one-error-base live/src/x.ts:1',
    'one-error-base upload/src/core/transport.ts:2',
  ]);
});

test('clock token: any InjectionToken of a clock but PANOPTO_CLOCK is a failure, and so is a second PANOPTO_CLOCK', () => {
  const failures = check(
    source(
      'upload/src/angular/upload-tokens.ts',
      "export const PANOPTO_UPLOAD_CLOCK = new InjectionToken<UploadClock>('x');\n",
    ),
    source(
      'analytics/src/clock.ts',
      "export const PANOPTO_ANALYTICS_CLOCK: InjectionToken<PanoptoAnalyticsClock> =\n  new InjectionToken<PanoptoAnalyticsClock>('y');\n",
    ),
    source('live/src/t.ts', "export const PANOPTO_CLOCK = new InjectionToken<PanoptoClock>('again');\n"),
    source('src/lib/random.ts', "export const PANOPTO_RANDOM = new InjectionToken<() => number>('PANOPTO_RANDOM');\n"),
  );
  assert.deepEqual(rules(failures), [
    'one-clock-token analytics/src/clock.ts:1',
    'one-clock-token live/src/t.ts:1',
    'one-clock-token upload/src/angular/upload-tokens.ts:1',
  ]);
  assert.match(
    failures[2].message,
    /PANOPTO_UPLOAD_CLOCK.*home: projects\/panopto-ng\/src\/lib\/clock\/panopto-clock\.ts/,
  );
  assert.deepEqual(rules(checkBoundaries([])), ['one-clock-token src:1']);
});

test('clock token: a deprecated alias kept for one minor version is not a second clock', () => {
  const alias =
    '/**\n * The former token.\n *\n * @deprecated Provide PANOPTO_CLOCK instead. Removed in 0.3.\n */\n' +
    "export const PANOPTO_ANALYTICS_CLOCK = new InjectionToken<PanoptoAnalyticsClock>('y');\n";
  const undocumented = "/** The token. */\nexport const PANOPTO_LIVE_CLOCK = new InjectionToken<LiveClock>('z');\n";
  const failures = check(source('analytics/src/clock.ts', alias), source('live/src/clock.ts', undocumented));
  assert.deepEqual(rules(failures), ['one-clock-token live/src/clock.ts:2']);
});

test('visually-hidden: a rule outside shared-styles (inline or in a stylesheet, any class name) is a failure; using the class is not', () => {
  const failures = check(
    source(
      'shared-styles/visually-hidden.css',
      '.panopto-visually-hidden {\n  position: absolute;\n  clip: rect(0 0 0 0);\n}\n',
    ),
    source(
      'analytics/src/chart.component.ts',
      '@Component({\n  styles: [`\n    .panopto-visually-hidden {\n      clip: rect(0 0 0 0);\n    }\n  `],\n})\nclass C {}\n',
    ),
    source('upload/src/upload.component.css', '.panopto-upload__sr {\n  width: 1px;\n  clip: rect(0 0 0 0);\n}\n'),
    source('live/src/now.component.html', '<span class="panopto-visually-hidden">Live</span>\n'),
    source(
      'folders/src/list.component.ts',
      "@Component({ styleUrls: ['../../../shared-styles/visually-hidden.css'] })\n",
    ),
  );
  assert.deepEqual(rules(failures), [
    'one-visually-hidden analytics/src/chart.component.ts:3',
    'one-visually-hidden upload/src/upload.component.css:3',
  ]);
});

test('size: a library file over 450 lines fails unless its first 15 lines give a "Size:" reason; specs and helpers are exempt', () => {
  const long = (head: string) => head + 'x;\n'.repeat(460);
  const failures = check(
    source('upload/src/core/upload-job.ts', long('import a from "a";\n')),
    source(
      'player/src/player.component.ts',
      long('/**\n * Size: one file keeps the player under its 4.5 kB gzip budget (measured: split +0.3 kB).\n */\n'),
    ),
    source('folders/src/tree.ts', long('// Size:\n')),
    source('folders/src/tree.spec.ts', long('')),
    source('upload/src/testing-support/fake-server.ts', long('')),
  );
  assert.deepEqual(rules(failures), [
    'max-file-size folders/src/tree.ts:451',
    'max-file-size upload/src/core/upload-job.ts:451',
  ]);
  assert.match(failures[1].message, /461 lines \(over 450\)/);
});

test('comments are blanked with line numbers kept; strings and regular expressions are not comments', () => {
  const text = "const url = 'https://x/*y*/';\n/* a\n b */ const re = /\\/\\/[0-9a-f]{8}/; // c\n";
  const blanked = blankComments(text, 'a.ts');
  assert.equal(blanked.length, text.length);
  assert.equal(blanked.split('\n').length, text.split('\n').length);
  assert.match(blanked, /'https:\/\/x\/\*y\*\/'/);
  assert.match(blanked, /const re = \/\\\/\\\/\[0-9a-f\]\{8\}\/;/);
  assert.doesNotMatch(blanked, /\/\* a| c$/m);
});

// ESLint: the rules as configured in projects/panopto-ng/.eslintrc.json (its framework-free override as written,
// the plugin's rule), on snippets with real file names; no type information is needed for these two.
const { ESLint } = require('eslint');
const plugin = require('eslint-plugin-panopto');
const libraryDir = join(root, 'projects', 'panopto-ng');
const libraryConfig = JSON.parse(readFileSync(join(libraryDir, '.eslintrc.json'), 'utf8'));
const frameworkFree = libraryConfig.overrides.find(
  (o: { rules?: object }) => o.rules && 'no-restricted-imports' in o.rules,
);

async function lint(file: string, code: string, rule: 'framework-free' | 'entry-points'): Promise<string[]> {
  const eslint = new ESLint({
    cwd: libraryDir, // the override's globs are relative to the library's .eslintrc.json
    useEslintrc: false,
    plugins: { panopto: plugin },
    overrideConfig: {
      parser: '@typescript-eslint/parser',
      parserOptions: { sourceType: 'module', ecmaVersion: 2022 },
      plugins: ['panopto'],
      ...(rule === 'entry-points'
        ? { rules: { 'panopto/no-relative-import-across-entry-points': 'error' } }
        : { overrides: [frameworkFree] }),
    },
  });
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.map((m: { line: number; message: string }) => `${m.line}: ${m.message}`);
}

test('lint: framework-free folders import no @angular/*, no panopto-ng and no Angular entry point; panopto-ng/core, panopto-ng/upload/options and rxjs are fine', async () => {
  const code = [
    "import { isGuid } from 'panopto-ng/core';",
    "import { Observable } from 'rxjs';",
    "import { Injectable } from '@angular/core';",
    "import { HttpClient } from '@angular/common/http';",
    "import { PanoptoApi } from 'panopto-ng';",
    "export { parseRetryAfter } from 'panopto-ng';",
    "import { PanoptoAuthService } from 'panopto-ng/auth';",
    "import { PanoptoUploadService } from 'panopto-ng/upload';",
    "import { withPanoptoUpload } from 'panopto-ng/upload/feature';",
    "import { MIB } from 'panopto-ng/upload/options';",
  ].join('\n');
  for (const file of [
    'projects/panopto-ng/core/src/guid.ts',
    'projects/panopto-ng/upload/src/core/upload-job.ts',
    'projects/panopto-ng/provisioning/src/sync-planner.ts',
    'projects/panopto-ng/provisioning/src/fetch-sync-backend.ts',
    'projects/panopto-ng/upload/options/src/upload-options.ts',
  ]) {
    assert.deepEqual(
      (await lint(file, code, 'framework-free')).map((m) => m.split(':')[0]),
      ['3', '4', '5', '6', '7', '8', '9'],
      file,
    );
  }
  assert.deepEqual(await lint('projects/panopto-ng/upload/src/angular/upload-tokens.ts', code, 'framework-free'), []);
  assert.deepEqual(await lint('projects/panopto-ng/upload/src/core/upload-job.spec.ts', code, 'framework-free'), []);
  const messages = await lint('projects/panopto-ng/core/src/guid.ts', code, 'framework-free');
  assert.match(messages[0], /No Angular here\..*rule home: projects\/panopto-ng\/\.eslintrc\.json/);
  assert.match(messages[2], /Import shared names from 'panopto-ng\/core'/);
});

test('lint: a relative import may not leave its entry point folder (nested entry points included); test files may use testing-support', async () => {
  const at = (file: string, specifier: string) =>
    lint(file, `import { x } from '${specifier}';\nexport * from '${specifier}';`, 'entry-points');
  const first = async (file: string, specifier: string) => (await at(file, specifier))[0];
  assert.deepEqual(await at('projects/panopto-ng/upload/src/core/upload-job.ts', './clock'), []);
  assert.deepEqual(await at('projects/panopto-ng/upload/src/angular/tokens.ts', '../core/clock'), []);
  const crossing = await at('projects/panopto-ng/upload/src/core/upload-job.ts', '../../../core/src/guid');
  assert.equal(crossing.length, 2);
  assert.match(crossing[0], /leaves entry point panopto-ng\/upload for panopto-ng\/core: import 'panopto-ng\/core'/);
  assert.match(
    await first('projects/panopto-ng/folders/src/a.ts', '../testing/in-memory-providers'),
    /for panopto-ng\/folders\/testing/,
  );
  assert.match(
    await first('projects/panopto-ng/folders/testing/b.ts', '../src/a'),
    /leaves entry point panopto-ng\/folders\/testing for panopto-ng\/folders/,
  );
  assert.match(
    await first('projects/panopto-ng/src/lib/a.ts', '../../auth/public-api'),
    /panopto-ng for panopto-ng\/auth/,
  );
  assert.deepEqual(await at('projects/panopto-ng/auth/src/lib/a.spec.ts', '../../../testing-support/emulator'), []);
  assert.deepEqual(
    await at('projects/panopto-ng/analytics/src/testing-support/s.ts', '../../../testing-support/emulator'),
    [],
  );
  assert.equal((await at('projects/panopto-ng/auth/src/lib/a.ts', '../../../testing-support/emulator')).length, 2);
  assert.match(
    await first('projects/panopto-ng/auth/src/lib/a.ts', '../../../../../package.json'),
    /leaves the library/,
  );
  assert.equal(
    (await lint('projects/panopto-ng/live/src/a.ts', "const m = import('../../player/public-api');", 'entry-points'))
      .length,
    1,
  );
});
