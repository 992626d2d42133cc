// Public API reports of the built package, one per entry point, made by @microsoft/api-extractor from the .d.ts
// files in dist/panopto-ng (the way Angular's own repository keeps goldens/public-api). Shared by
// `npm run goldens:update` (scripts/public-api-goldens.mjs) and the golden test (tests/package/public-api-golden.test.ts).
//
// The entry points come from the built package.json's `exports`, so a new entry point gets a report without
// anyone listing it. The d.ts tree is copied twice into a scratch folder: once to analyse, once as
// node_modules/panopto-ng, so that an entry point's imports of other entry points (`panopto-ng/core`, ...) are
// external imports in its report, as a consumer sees them, instead of being inlined.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const GOLDENS_DIR = join(root, 'goldens', 'public-api');
export const UPDATE_HINT = 'run npm run goldens:update and commit the golden';
const PACKAGE = 'panopto-ng';

/** `.` → `panopto-ng`, `./folders/testing` → `panopto-ng/folders/testing`, from the package's exports. */
export function entryPoints(distDir) {
  const pkg = JSON.parse(readFileSync(join(distDir, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports ?? {})
    .filter(([key, value]) => key !== './package.json' && value && typeof value === 'object' && value.types)
    .map(([key, value]) => ({
      name: key === '.' ? PACKAGE : `${PACKAGE}/${key.slice(2)}`,
      subpath: key === '.' ? '' : key.slice(2),
      types: value.types,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where an entry point's golden lives: goldens/public-api/panopto-ng[/sub/path]/index.api.md. */
export function goldenFile(entry, goldensDir = GOLDENS_DIR) {
  return join(goldensDir, PACKAGE, entry.subpath, 'index.api.md');
}

/** Every golden file on disk (to find goldens of entry points that no longer exist). */
export function existingGoldens(goldensDir = GOLDENS_DIR) {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.api.md')) found.push(join(dir, d.name));
    }
  };
  walk(goldensDir);
  return found.sort();
}

function copyTypings(from, to) {
  cpSync(from, to, {
    recursive: true,
    filter: (src) => !src.includes(`${from}/schematics`) && (!/\.[a-z0-9]+$/i.test(src) || src.endsWith('.d.ts')),
  });
}

/**
 * Api-extractor's report, made stable and about the API only: the package line names the entry point, and
 * "(undocumented)" notes go (adding a doc comment is not an API change). Deprecations, forgotten exports,
 * signatures and Angular's compiled metadata (selectors, inputs, outputs) stay.
 */
function normalise(report, entryName) {
  return (
    report
      .replace(/\r\n/g, '\n')
      .replace(/^## API Report File for ".*"$/m, `## API Report File for "${entryName}"`)
      .split('\n')
      .filter((line) => line.trim() !== '// (undocumented)')
      .map((line) => line.replace(/ \(undocumented\)$/, ''))
      .join('\n')
      .trimEnd() + '\n'
  );
}

/**
 * The report of every entry point of the built package in `distDir`, as a Map from entry name
 * (`panopto-ng/upload`) to `{ entry, text }`. Throws when api-extractor finds an error (a broken .d.ts).
 */
export async function buildReports(distDir) {
  const require = createRequire(import.meta.url);
  const { Extractor, ExtractorConfig, CompilerState } = require('@microsoft/api-extractor');
  if (!existsSync(join(distDir, 'package.json'))) throw new Error(`${distDir} has no package.json: build it first.`);
  const entries = entryPoints(distDir);
  // Inside the workspace so @angular/* and rxjs resolve from its node_modules (tmp/ is git-ignored).
  const work = join(root, 'tmp', `public-api-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  try {
    const pkgDir = join(work, 'pkg');
    copyTypings(distDir, pkgDir);
    // No name and no exports here: a self-reference through exports would make `panopto-ng/core` local again.
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'panopto-ng-api-report', version: '0.0.0' }));
    copyTypings(distDir, join(work, 'node_modules', PACKAGE));
    cpSync(join(distDir, 'package.json'), join(work, 'node_modules', PACKAGE, 'package.json'));
    const tsconfig = join(work, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          types: [],
          skipLibCheck: true,
          noEmit: true,
        },
        files: entries.map((e) => join(pkgDir, e.types)),
      }),
    );
    const configFor = (entry) =>
      ExtractorConfig.prepare({
        configObject: {
          projectFolder: pkgDir,
          mainEntryPointFilePath: join(pkgDir, entry.types),
          compiler: { tsconfigFilePath: tsconfig },
          apiReport: {
            enabled: true,
            reportFileName: `${entry.name.replace(/\//g, '__')}.api.md`,
            reportFolder: join(work, 'reports'),
            reportTempFolder: join(work, 'reports-temp'),
          },
          docModel: { enabled: false },
          dtsRollup: { enabled: false },
          tsdocMetadata: { enabled: false },
          messages: {
            compilerMessageReporting: { default: { logLevel: 'error' } },
            extractorMessageReporting: {
              default: { logLevel: 'none' },
              'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
              'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
            },
            tsdocMessageReporting: { default: { logLevel: 'none' } },
          },
        },
        configObjectFullPath: join(work, 'api-extractor.json'),
        packageJsonFullPath: join(pkgDir, 'package.json'),
      });
    mkdirSync(join(work, 'reports'), { recursive: true });
    // One TypeScript program for all entry points.
    const compilerState = CompilerState.create(configFor(entries[0]), {
      additionalEntryPoints: entries.map((e) => join(pkgDir, e.types)),
    });
    const reports = new Map();
    for (const entry of entries) {
      const config = configFor(entry);
      const errors = [];
      const result = Extractor.invoke(config, {
        localBuild: true,
        compilerState,
        showVerboseMessages: false,
        messageCallback: (message) => {
          if (message.logLevel === 'error') errors.push(message.formatMessageWithLocation(work));
          message.handled = true;
        },
      });
      if (errors.length || !result.succeeded)
        throw new Error(`api-extractor failed on ${entry.name}:\n${errors.join('\n') || 'see above'}`);
      const text = readFileSync(join(work, 'reports-temp', config.reportConfigs[0].fileName), 'utf8');
      reports.set(entry.name, { entry, text: normalise(text, entry.name) });
    }
    return reports;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A unified diff (3 lines of context) from `a` (the golden) to `b` (the build); '' when equal. */
export function unifiedDiff(a, b, fromName = 'golden', toName = 'build') {
  if (a === b) return '';
  const x = a.split('\n');
  const y = b.split('\n');
  // Trim the common head and tail, then LCS on what is left (reports are short).
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const lcs = Array.from({ length: xs.length + 1 }, () => new Int32Array(ys.length + 1));
  for (let i = xs.length - 1; i >= 0; i--)
    for (let j = ys.length - 1; j >= 0; j--)
      lcs[i][j] = xs[i] === ys[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops = x.slice(0, head).map((line) => [' ', line]);
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    if (i < xs.length && j < ys.length && xs[i] === ys[j]) {
      ops.push([' ', xs[i++]]);
      j++;
    } else if (i < xs.length && (j === ys.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', xs[i++]]);
    else ops.push(['+', ys[j++]]);
  }
  ops.push(...x.slice(x.length - tail).map((line) => [' ', line]));
  // Hunks: changed lines with 3 lines of context around them.
  const out = [`--- ${fromName}`, `+++ ${toName}`];
  const changed = ops.map((op, k) => (op[0] !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - 3);
    let end = changed[k];
    while (k < changed.length && changed[k] <= end + 6) end = changed[k++];
    end = Math.min(ops.length - 1, end + 3);
    let oldLine = 1;
    let newLine = 1;
    for (let n = 0; n < start; n++) {
      if (ops[n][0] !== '+') oldLine++;
      if (ops[n][0] !== '-') newLine++;
    }
    const slice = ops.slice(start, end + 1);
    const oldCount = slice.filter((op) => op[0] !== '+').length;
    const newCount = slice.filter((op) => op[0] !== '-').length;
    out.push(`@@ -${oldLine},${oldCount} +${newLine},${newCount} @@`);
    for (const op of slice) out.push(`${op[0]}${op[1]}`);
  }
  return out.join('\n');
}

/** Each report with its golden file, and the golden files on disk that belong to no entry point of the build. */
function pairWithGoldens(reports, goldensDir) {
  const pairs = [...reports.values()].map(({ entry, text }) => ({ entry, text, file: goldenFile(entry, goldensDir) }));
  const expected = new Set(pairs.map((p) => p.file));
  return { pairs, stale: existingGoldens(goldensDir).filter((file) => !expected.has(file)) };
}

/**
 * Compares the reports of the built package with the goldens. Returns one problem per entry point whose golden
 * is missing, differs (with the diff) or belongs to no entry point any more; [] when all match.
 */
export function compareWithGoldens(reports, goldensDir = GOLDENS_DIR) {
  const { pairs, stale } = pairWithGoldens(reports, goldensDir);
  const problems = [];
  for (const { entry, text, file } of pairs) {
    const shown = relative(root, file);
    if (!existsSync(file)) {
      problems.push({
        entry: entry.name,
        file: shown,
        message: `${entry.name}: no golden at ${shown}; ${UPDATE_HINT}.`,
      });
      continue;
    }
    const golden = readFileSync(file, 'utf8');
    if (golden !== text)
      problems.push({
        entry: entry.name,
        file: shown,
        message:
          `${entry.name}: the public API differs from ${shown}; if the change is intended, ${UPDATE_HINT}.\n` +
          unifiedDiff(golden, text, `${shown} (golden)`, `${entry.name} (dist)`),
      });
  }
  for (const file of stale) {
    const shown = relative(root, file);
    problems.push({
      entry: null,
      file: shown,
      message: `${shown} belongs to no entry point of the build; ${UPDATE_HINT}.`,
    });
  }
  return problems;
}

/** Writes every report to its golden and removes goldens of entry points that are gone; returns what changed. */
export function writeGoldens(reports, goldensDir = GOLDENS_DIR) {
  const { pairs, stale } = pairWithGoldens(reports, goldensDir);
  const changed = [];
  for (const { text, file } of pairs) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    changed.push(`wrote ${relative(root, file)}`);
  }
  for (const file of stale) {
    rmSync(file);
    changed.push(`removed ${relative(root, file)}`);
  }
  return changed;
}
