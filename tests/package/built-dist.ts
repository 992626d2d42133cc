// The library as ng-packagr builds it into dist/panopto-ng, shared by the package tests. Node's test runner runs
// test files in parallel, and two `ng build`s into the same folder would wreck each other, so the first file to
// get here builds while holding a lock directory and the others wait for it.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist', 'panopto-ng');
const lock = join(root, 'dist', '.panopto-ng-build.lock');
const LOCK_STALE_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once dist/panopto-ng is built from the current source. `PANOPTO_NG_DIST_FRESH=1` (set by `.ci/run`
 * right after its own build) means it already is. Otherwise one build per test run, whoever asks first.
 */
export async function ensureBuiltDist(): Promise<string> {
  if (process.env['PANOPTO_NG_DIST_FRESH'] === '1' && existsSync(join(dist, 'package.json'))) return dist;
  mkdirSync(join(root, 'dist'), { recursive: true });
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
    // Another file of this run may have built while this one waited. The test runner is every file's parent,
    // so a marker named after it means "built during this run".
    const marker = join(root, 'dist', `.panopto-ng-built-in-run-${process.ppid}`);
    if (!existsSync(marker)) {
      // `npm run build`: the library and its `ng add` schematics, as published.
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
      for (const old of readdirSync(join(root, 'dist')).filter((f) => f.startsWith('.panopto-ng-built-in-run-'))) {
        rmSync(join(root, 'dist', old), { force: true });
      }
      writeFileSync(marker, '');
    }
  } finally {
    rmSync(lock, { force: true, recursive: true });
  }
  return dist;
}
