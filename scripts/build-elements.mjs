// `npm run build:elements`: the web components (projects/panopto-elements) with ngx-build-plus, into
// dist/panopto-elements/ as the npm package `panopto-ng-elements`:
//   panopto-elements.js   every element, one classic <script> (ngx-build-plus --single-bundle)
//   panopto-player.js     the player alone, same build (a second entry)
//   panopto-elements.mjs  every element as an ES module (`import { PanoptoElements } from …`)
//   panopto-elements.d.ts types for TypeScript authors (HTMLElementTagNameMap, events' detail)
//   package.json, README.md
//
// `--script-only` builds the two classic scripts only (what the e2e suite needs). `--if-stale` skips a build
// whose output is newer than every source it is made from (the e2e suite and the benchmark reuse one build).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/processes.mjs';

const root = new URL('..', import.meta.url).pathname;
const project = join(root, 'projects/panopto-elements');
const out = join(root, 'dist/panopto-elements');
const args = new Set(process.argv.slice(2));
const scriptOnly = args.has('--script-only');

/** Newest modification time of the files below `dir` (0 when missing). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = statSync(dir).mtimeMs;
  if (!statSync(dir).isDirectory()) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** The build's output is newer than the elements' and the library's sources (the demo page is no input). */
function fresh(files) {
  const inputs = [
    join(project, 'src'),
    join(project, 'types'),
    join(root, 'projects/panopto-ng'),
    join(root, 'angular.json'),
  ];
  for (const f of readdirSync(project))
    if (/^(tsconfig.*\.json|webpack.*\.cjs|package\.json|README\.md)$/.test(f)) inputs.push(join(project, f));
  const sources = Math.max(...inputs.map(newest));
  return files.every((f) => existsSync(join(out, f)) && statSync(join(out, f)).mtimeMs > sources);
}

async function ngBuild(configuration) {
  const code = await run('npx', [
    'ng',
    'build',
    'panopto-elements',
    `--configuration=${configuration}`,
    '--progress=false',
  ]);
  if (code !== 0) throw new Error(`ng build panopto-elements --configuration=${configuration} failed (exit ${code})`);
}

const scripts = ['panopto-elements.js', 'panopto-player.js'];
const all = [...scripts, 'panopto-elements.mjs', 'panopto-elements.d.ts', 'package.json'];
if (args.has('--if-stale') && fresh(scriptOnly ? scripts : all)) {
  console.log(`dist/panopto-elements is up to date (${(scriptOnly ? scripts : all).join(', ')}).`);
  process.exit(0);
}

// The runtime reports the version it was built with (PanoptoElements.version); it must be the package's.
const { version } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
const built = /PANOPTO_ELEMENTS_VERSION = '([^']+)'/.exec(readFileSync(join(project, 'src/version.ts'), 'utf8'))?.[1];
if (built !== version) {
  console.error(
    `projects/panopto-elements/src/version.ts says ${built}, its package.json ${version}: make them equal.`,
  );
  process.exit(1);
}

const staging = join(out, '.build');
rmSync(staging, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Both builds read the same sources; run them one after the other (2 cores, shared).
await ngBuild('script');
cpSync(join(staging, 'script/main.js'), join(out, 'panopto-elements.js'));
cpSync(join(staging, 'script/panopto-player.js'), join(out, 'panopto-player.js'));
if (!scriptOnly) {
  await ngBuild('esm');
  cpSync(join(staging, 'esm/main.js'), join(out, 'panopto-elements.mjs'));
  cpSync(join(project, 'types/panopto-elements.d.ts'), join(out, 'panopto-elements.d.ts'));
  cpSync(join(project, 'README.md'), join(out, 'README.md'));
  writeFileSync(join(out, 'package.json'), readFileSync(join(project, 'package.json')));
}
rmSync(staging, { recursive: true, force: true });
console.log(`Built into dist/panopto-elements: ${readdirSync(out).sort().join(', ')}`);
