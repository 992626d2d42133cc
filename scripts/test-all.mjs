// `npm test`: every suite of the workspace, then one line `N passed, N failed` summed over all of them.
//
// Order: Node suites (emulator, broker), then the library's Karma run with the emulator running (its
// integration specs talk to it over loopback), the demo app's Karma run, then the end-to-end suite
// (playwright-core driving Debian's Chromium through the built demo app against the emulator).
import { existsSync, readFileSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startProcess, stopProcess, waitForUrl, run } from './lib/processes.mjs';
import { coverageShortfalls } from './lib/coverage-floor.mjs';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
const emulatorPort = process.env.PANOPTO_EMULATOR_PORT || '4300';
const emulatorUrl = `http://localhost:${emulatorPort}`;
const only = process.argv.slice(2); // e.g. `npm test -- node karma-lib` runs only those suites

rmSync(join(results, 'summaries'), { recursive: true, force: true });
mkdirSync(join(results, 'summaries'), { recursive: true });
if (!process.env.CHROME_BIN && existsSync('/usr/bin/chromium')) process.env.CHROME_BIN = '/usr/bin/chromium';

/** Finds test files below a folder by suffix. */
function findFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...findFiles(full, suffix));
    else if (entry.isFile() && entry.name.endsWith(suffix)) out.push(full);
  }
  return out.sort();
}

function nodeTestArgs(files, summaryFile, { concurrency = 2, tsx = true } = {}) {
  return [
    ...(tsx ? ['--import', 'tsx'] : []),
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/node-test-summary-reporter.mjs')}`,
    `--test-reporter-destination=${summaryFile}`,
    ...files,
  ];
}

const suites = [
  {
    name: 'node',
    description: 'emulator, token broker and package shape (Node test runner)',
    async run(summaryFile) {
      const files = [
        ...findFiles(join(root, 'projects/panopto-emulator/test'), '.test.ts'),
        ...findFiles(join(root, 'projects/panopto-token-broker/test'), '.test.ts'),
        ...findFiles(join(root, 'tests'), '.test.ts'),
      ];
      if (files.length === 0) return { passed: 0, failed: 0 };
      await run(process.execPath, nodeTestArgs(files, summaryFile), { env: { NODE_ENV: 'test' } });
    },
  },
  {
    name: 'karma-lib',
    description: 'library unit, component and integration specs (Karma, headless Chromium)',
    needsEmulator: true,
    async run(summaryFile) {
      const coverageDir = join(root, 'coverage', 'panopto-ng');
      rmSync(coverageDir, { recursive: true, force: true });
      await run(
        'npx',
        [
          'ng',
          'test',
          'panopto-ng',
          '--watch=false',
          '--browsers=ChromeHeadlessCI',
          '--progress=false',
          '--code-coverage',
        ],
        {
          env: { KARMA_SUMMARY_FILE: summaryFile, PANOPTO_EMULATOR_URL: emulatorUrl },
        },
      );
      // Coverage below the floor counts as one failure of the suite, with what fell short.
      const counts = readSummary(summaryFile);
      const shortfalls = coverageShortfalls(join(coverageDir, 'coverage-summary.json'));
      if (shortfalls.length) {
        counts.failed += 1;
        counts.note = `coverage under the floor: ${shortfalls.join(', ')}`;
      }
      return counts;
    },
  },
  {
    name: 'karma-demo',
    description: 'demo app specs (Karma, headless Chromium)',
    async run(summaryFile) {
      await run('npx', ['ng', 'test', 'demo-app', '--watch=false', '--browsers=ChromeHeadlessCI', '--progress=false'], {
        env: { KARMA_SUMMARY_FILE: summaryFile },
      });
    },
  },
  {
    name: 'karma-elements',
    description: 'web components: the element wrappers (Karma, headless Chromium)',
    async run(summaryFile) {
      await run(
        'npx',
        ['ng', 'test', 'panopto-elements', '--watch=false', '--browsers=ChromeHeadlessCI', '--progress=false'],
        { env: { KARMA_SUMMARY_FILE: summaryFile } },
      );
    },
  },
  {
    name: 'e2e',
    description: 'end-to-end through the demo app (playwright-core + Chromium)',
    needsEmulator: true,
    async run(summaryFile) {
      const files = findFiles(join(root, 'e2e'), '.e2e.mjs');
      if (files.length === 0) return { passed: 0, failed: 0 };
      const buildCode = await run('npx', [
        'ng',
        'build',
        'demo-app',
        '--configuration=development',
        '--progress=false',
      ]);
      if (buildCode !== 0) return { passed: 0, failed: 1, note: 'demo app build failed' };
      const server = startProcess('demo', process.execPath, [join(root, 'scripts/serve-demo.mjs')], { quiet: true });
      try {
        await waitForUrl('http://localhost:4200/', 30000);
        // One file at a time: the files share the emulator (and its metrics, which some assert on) and the CPU.
        await run(process.execPath, nodeTestArgs(files, summaryFile, { concurrency: 1, tsx: false }), {
          env: { PANOPTO_EMULATOR_URL: emulatorUrl, DEMO_URL: 'http://localhost:4200' },
        });
      } finally {
        await stopProcess(server);
      }
    },
  },
];

let emulator;
async function ensureEmulator() {
  if (emulator) return;
  emulator = startProcess('emulator', 'npx', ['tsx', join(root, 'projects/panopto-emulator/src/main.ts')], {
    quiet: true,
    env: { PANOPTO_EMULATOR_PORT: emulatorPort },
  });
  await waitForUrl(`${emulatorUrl}/__emulator/metrics`, 120000);
}

/** A suite's counts from its summary file; a missing or broken file is one failure. */
function readSummary(summaryFile) {
  try {
    const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
    // A Karma run that errored (compile error, crashed browser) counts as one failure on top of its specs.
    if (counts.errors) counts.failed += counts.errors;
    return counts;
  } catch {
    return { passed: 0, failed: 1, note: 'the suite ended without reporting results' };
  }
}

const totals = { passed: 0, failed: 0 };
const lines = [];
try {
  for (const suite of suites) {
    if (only.length && !only.includes(suite.name)) continue;
    const summaryFile = join(results, 'summaries', `${suite.name}.json`);
    console.log(`\n=== ${suite.name}: ${suite.description} ===\n`);
    let counts;
    try {
      if (suite.needsEmulator && existsSync(join(root, 'projects/panopto-emulator/src/main.ts')))
        await ensureEmulator();
      counts = await suite.run(summaryFile);
    } catch (e) {
      counts = { passed: 0, failed: 1, note: e.message };
    }
    if (!counts) counts = readSummary(summaryFile);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    lines.push(
      `${suite.name}: ${counts.passed} passed, ${counts.failed} failed${counts.note ? ` (${counts.note})` : ''}`,
    );
  }
} finally {
  await stopProcess(emulator);
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
