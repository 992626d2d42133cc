// Which entry point of the library a file belongs to: the nearest folder at or above it with an ng-package.json
// (projects/panopto-ng itself is the primary entry point, projects/panopto-ng/folders/testing a nested one).
// CommonJS, because ESLint 8 require()s its plugins; scripts/check-boundaries.mjs uses it too.
'use strict';
const { existsSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve, sep } = require('node:path');

const LIBRARY_ROOT = resolve(__dirname, '..', '..', 'projects', 'panopto-ng');

/** The entry point folder (absolute) that `file` (absolute, existing or not) belongs to, or null outside the library. */
function entryPointOf(file, libraryRoot = LIBRARY_ROOT) {
  const inside = relative(libraryRoot, file);
  if (inside.startsWith('..')) return null;
  let dir = existsSync(file) && statSync(file).isDirectory() ? file : dirname(file);
  for (;;) {
    if (existsSync(join(dir, 'ng-package.json'))) return dir;
    if (dir === libraryRoot || dir === dirname(dir)) return libraryRoot;
    dir = dirname(dir);
  }
}

/** Spec files and test helpers (any `testing-support` folder) may use the shared projects/panopto-ng/testing-support. */
function isTestFile(file) {
  return /\.spec\.ts$/.test(file) || file.split(sep).includes('testing-support');
}

/**
 * Why the relative import `specifier` in `file` leaves the file's entry point, or null when it stays inside (or
 * is a test file's import of the shared testing-support folder). Both paths absolute; the specifier as written.
 */
function relativeImportProblem(file, specifier, libraryRoot = LIBRARY_ROOT) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..')
    return null;
  const from = entryPointOf(file, libraryRoot);
  if (from === null) return null;
  const target = resolve(dirname(file), specifier);
  if (relative(libraryRoot, target).startsWith('..')) return `'${specifier}' leaves the library (projects/panopto-ng)`;
  const testingSupport = join(libraryRoot, 'testing-support');
  if (isTestFile(file) && (target === testingSupport || target.startsWith(testingSupport + sep))) return null;
  const to = entryPointOf(target, libraryRoot);
  if (to === from) return null;
  const name = (dir) =>
    dir === libraryRoot ? 'panopto-ng' : `panopto-ng/${relative(libraryRoot, dir).split(sep).join('/')}`;
  return `'${specifier}' leaves entry point ${name(from)} for ${name(to)}: import '${name(to)}' by its package name`;
}

module.exports = { LIBRARY_ROOT, entryPointOf, isTestFile, relativeImportProblem };
