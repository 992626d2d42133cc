// `npm run test:matrix [-- --majors=16,22]`: for each Angular major in majors.mjs, a consumer app outside the
// workspace installs the packed library (without --legacy-peer-deps, so its peer ranges must accept the major),
// compiles a page with every public component, and passes the smoke test against the packed emulator. Prints the
// table, writes it to test-results/matrix.md, and exits 1 when a major fails or the registry has a newer major.
// Run the majors one at a time: installs are network-bound, builds take the machine's cores.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureBuiltDist, ensurePackedNodePackages, root } from '../../tests/package/built-dist.ts';
import { runIn, userEnv } from '../lib/consumer-app.mjs';
import { startProcess, stopProcess, waitForUrl } from '../lib/processes.mjs';
import { createConsumerApp, writeConsumerPages } from './consumer-app.mjs';
import { MAJORS } from './majors.mjs';
import { publicComponents } from './public-components.mjs';
import { smokeTest } from './smoke.mjs';
import { markdownTable, textTable } from './table.mjs';

// Ports of their own: the demo (4200), the workspace emulator (4300), the fresh-repo test (4340-4342) and Karma
// (9876) may be running.
const EMULATOR_PORT = 4350;
const APP_PORT = 4351;
const EMULATOR = `http://localhost:${EMULATOR_PORT}`;
const APP = `http://localhost:${APP_PORT}`;

const only = process.argv
  .find((a) => a.startsWith('--majors='))
  ?.slice('--majors='.length)
  .split(',')
  .map(Number);
const majors = only ? MAJORS.filter((m) => only.includes(m.major)) : MAJORS;
const work = mkdtempSync(join(tmpdir(), 'panopto-ng-matrix-'));

/** Seconds `step` took. */
function timed(step) {
  const started = Date.now();
  step();
  return (Date.now() - started) / 1000;
}

/** The binary of Node `major` from the npm registry's `node` package (npm exec caches it). */
function nodeFromRegistry(major) {
  return runIn(work, 'npm', [
    'exec',
    '--yes',
    `--package=node@${major}`,
    '--',
    'node',
    '-p',
    'process.execPath',
  ]).trim();
}

/**
 * The newest @angular/core of `major`. Pinning the framework to it keeps its packages on one release: with
 * `^<major>.0.0` npm paired @angular/compiler-cli 22.2.6 with @angular/core 22.3.0, whose exact compiler peers
 * conflict.
 */
function newestFramework(major) {
  const versions = JSON.parse(runIn(work, 'npm', ['view', `@angular/core@^${major}.0.0`, 'version', '--json']));
  return [versions].flat().at(-1);
}

/** Packs the library and copies the emulator's tarball into `<work>/packages`; returns their names. */
async function packTarballs() {
  const folder = join(work, 'packages');
  mkdirSync(folder);
  const dist = await ensureBuiltDist();
  const library = execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], {
    cwd: dist,
    encoding: 'utf8',
  });
  const { emulator } = await ensurePackedNodePackages();
  cpSync(emulator, join(folder, basename(emulator)));
  return { dist, library: `../packages/${library.trim()}`, emulator: `../packages/${basename(emulator)}` };
}

/** Installs, builds and smoke-tests one major; returns its table row (a failure is a row, not an exception). */
async function runMajor(target, tarballs, components) {
  const app = join(work, `angular-${target.major}`);
  const node = target.node ? nodeFromRegistry(target.node) : process.execPath;
  const row = {
    major: target.major,
    angular: '-',
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    installSeconds: null,
    buildSeconds: null,
    smoke: 'not run',
  };
  const children = [];
  let step = 'install';
  try {
    createConsumerApp(app, target, newestFramework(target.major), tarballs);
    // Not --prefer-offline: npm's cached metadata can predate the newest release that newestFramework() found.
    row.installSeconds = timed(() => runIn(app, 'npm', ['install', '--no-audit', '--no-fund'], 20 * 60_000));
    row.angular = JSON.parse(readFileSync(join(app, 'node_modules/@angular/core/package.json'), 'utf8')).version;
    step = 'build';
    writeConsumerPages(app, { readme: join(root, 'README.md'), emulatorUrl: EMULATOR, appUrl: APP }, components);
    const ng = join(app, 'node_modules/@angular/cli/bin/ng.js');
    row.buildSeconds = timed(() => runIn(app, node, [ng, 'build', '--progress=false'], 15 * 60_000));
    step = 'start servers';
    // The browser builder writes dist/fresh-app, the application builder dist/fresh-app/browser.
    const built = ['dist/fresh-app', 'dist/fresh-app/browser']
      .map((d) => join(app, d))
      .find((d) => existsSync(join(d, 'index.html')));
    children.push(
      startProcess('emulator', join(app, 'node_modules/.bin/panopto-ng-emulator'), ['--port', String(EMULATOR_PORT)], {
        quiet: true,
        cwd: app,
        env: userEnv(),
      }),
      startProcess('app', process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
        quiet: true,
        cwd: work,
        env: { DEMO_DIR: built, DEMO_PORT: String(APP_PORT) },
      }),
    );
    await waitForUrl(`${EMULATOR}/__emulator/metrics`, 60_000);
    await waitForUrl(`${APP}/`, 20_000);
    step = 'smoke';
    await smokeTest({ appUrl: APP, emulatorUrl: EMULATOR });
    row.smoke = 'pass';
  } catch (e) {
    console.error(`Angular ${target.major} failed at ${step}:\n${e.message}`);
    row.smoke = `fail: ${step}`;
  } finally {
    for (const child of children) await stopProcess(child);
    rmSync(app, { recursive: true, force: true });
  }
  return row;
}

const started = Date.now();
let failed = false;
try {
  const newest = Number(runIn(work, 'npm', ['view', '@angular/core', 'dist-tags.latest']).trim().split('.')[0]);
  const covered = Math.max(...MAJORS.map((m) => m.major));
  if (newest > covered) {
    console.error(`The registry's newest Angular major is ${newest}; majors.mjs stops at ${covered}: add it.`);
    failed = true;
  }
  const tarballs = await packTarballs();
  const components = publicComponents(tarballs.dist);
  console.log(`every-component page: ${components.length} public components`);
  const rows = [];
  for (const target of majors) {
    console.log(`Angular ${target.major}…`);
    const row = await runMajor(target, tarballs, components);
    console.log(textTable([row]).split('\n')[1]);
    rows.push(row);
  }
  failed ||= rows.some((r) => r.smoke !== 'pass');
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${textTable(rows)}\n\ntotal ${minutes} min`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/matrix.md'), `${markdownTable(rows)}\n\nTotal: ${minutes} min.\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
