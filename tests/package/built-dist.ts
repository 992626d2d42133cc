// What the package tests build once per test run and share: the library as ng-packagr builds it into
// dist/panopto-ng, and the packed token broker and emulator in dist/packages. Node's test runner runs test files in
// parallel, and two builds into the same folder would wreck each other, so the first file to ask builds while
// holding a lock directory and the others wait for it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist', 'panopto-ng');
/** Where `npm run build:packages` puts the tarballs. */
export const packages = join(root, 'dist', 'packages');
const LOCK_STALE_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `build` once per test run, whichever file asks first; the others wait for it. The test runner is every
 * file's parent, so a marker named after it means "built during this run".
 */
async function oncePerTestRun(name: string, build: () => void): Promise<void> {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const lock = join(root, 'dist', `.${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock); // atomic: exactly one waiting file gets it
      break;
    } catch {
      // A lock left by a killed run would block forever: take it over once it is clearly stale.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS)
        rmSync(lock, { force: true, recursive: true });
      await sleep(500);
    }
  }
  try {
    const prefix = `.${name}-built-in-run-`;
    const marker = join(root, 'dist', `${prefix}${process.ppid}`);
    if (!existsSync(marker)) {
      build();
      for (const old of readdirSync(join(root, 'dist')).filter((f) => f.startsWith(prefix))) {
        rmSync(join(root, 'dist', old), { force: true });
      }
      writeFileSync(marker, '');
    }
  } finally {
    rmSync(lock, { force: true, recursive: true });
  }
}

/**
 * Resolves once dist/panopto-ng is built from the current source. `PANOPTO_NG_DIST_FRESH=1` (set by `.ci/run`
 * right after its own build) means it already is. Otherwise one build per test run, whoever asks first.
 */
export async function ensureBuiltDist(): Promise<string> {
  if (process.env['PANOPTO_NG_DIST_FRESH'] === '1' && existsSync(join(dist, 'package.json'))) return dist;
  // `npm run build`: the library and its `ng add` schematics, as published.
  await oncePerTestRun('panopto-ng-build', () =>
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }),
  );
  return dist;
}

/**
 * Resolves with the paths of the packed token broker and emulator (`npm run build:packages -- broker emulator`),
 * packed once per test run from the current source (`.ci/run` builds only the library ahead of the tests).
 */
export async function ensurePackedNodePackages(): Promise<{ broker: string; emulator: string }> {
  await oncePerTestRun('panopto-ng-node-packages', () =>
    execFileSync(process.execPath, [join(root, 'scripts/build-packages.mjs'), 'broker', 'emulator'], { stdio: 'pipe' }),
  );
  return { broker: tarballOf('projects/panopto-token-broker'), emulator: tarballOf('projects/panopto-emulator') };
}

/** `npm pack`'s file name for a project: `<name>-<version>.tgz` from its package.json. */
function tarballOf(project: string): string {
  const { name, version } = JSON.parse(readFileSync(join(root, project, 'package.json'), 'utf8'));
  return join(packages, `${name}-${version}.tgz`);
}
