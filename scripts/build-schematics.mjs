// Second half of `npm run build`: compiles the library's `ng add` schematic (CommonJS, loaded by the Angular CLI
// with require()) into dist/panopto-ng/schematics, next to the package ng-packagr just built, and copies the
// JSON files the CLI reads (collection.json, schema.json). ng-packagr knows nothing of schematics, so it would
// neither compile nor ship them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'projects/panopto-ng/schematics');
const dest = join(root, 'dist/panopto-ng/schematics');

if (!existsSync(join(root, 'dist/panopto-ng/package.json'))) {
  console.error('build-schematics: dist/panopto-ng is missing; run `ng build panopto-ng` first.');
  process.exit(1);
}

/** The JSON files below a folder, except the compiler's own configuration. */
function jsonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith('.json') && entry.name !== 'tsconfig.json' ? [full] : [];
  });
}

rmSync(dest, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(source, 'tsconfig.json')], { stdio: 'inherit' });
for (const file of jsonFiles(source)) {
  const target = join(dest, relative(source, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
console.log(`build-schematics: ${relative(root, dest)} ready`);
