// `npm run build:packages [broker] [emulator] [library]`: builds the installable packages and packs each into
// dist/packages (all three without arguments):
//   panopto-ng-token-broker  projects/panopto-token-broker → compiled ESM + .d.ts, bin `panopto-ng-token-broker`
//   panopto-ng-emulator      projects/panopto-emulator     → compiled ESM + .d.ts + data files, bin `panopto-ng-emulator`
//   panopto-ng               the library (`npm run build`: ng-packagr + the ng add schematic)
// A Node package's manifest is its project's package.json without `private`; every bare import of the compiled
// code must be one of its dependencies (or a node: builtin), so nothing resolves only inside this workspace.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/packages');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const ts = require('typescript');

const NODE_PACKAGES = {
  broker: { project: 'projects/panopto-token-broker', dist: 'dist/panopto-token-broker' },
  emulator: { project: 'projects/panopto-emulator', dist: 'dist/panopto-emulator' },
};

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The package names a compiled file imports (static, dynamic, require), without node: builtins or comments. */
function bareImports(text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const names = new Set();
  for (const { fileName: spec } of importedFiles) {
    if (spec.startsWith('.') || spec.startsWith('node:')) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return names;
}

function pack(dir) {
  mkdirSync(out, { recursive: true });
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8' }),
  );
  console.log(`build-packages: ${relative(root, join(out, info.filename))} (${info.entryCount} files)`);
}

/** Compiles a Node package's sources into its dist folder (both packages compile at once: tsc is the slow part). */
async function compileNodePackage(key) {
  const { project, dist } = NODE_PACKAGES[key];
  rmSync(join(root, dist), { recursive: true, force: true });
  await promisify(execFile)(process.execPath, [tsc, '-p', join(root, project, 'tsconfig.build.json')]).catch((e) => {
    console.error(`build-packages: tsc failed for ${project}:\n${e.stdout}${e.stderr}`);
    process.exit(1);
  });
}

/** Completes a compiled Node package (data files, manifest, README, executable bins) and packs it. */
function finishNodePackage(key) {
  const { project, dist } = NODE_PACKAGES[key];
  const source = join(root, project, 'src');
  const dest = join(root, dist);
  // Files the code reads at run time (the seed fixture, the Embed API scripts) travel with it.
  for (const file of filesUnder(source).filter((f) => !f.endsWith('.ts'))) {
    const target = join(dest, relative(source, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  const manifest = JSON.parse(readFileSync(join(root, project, 'package.json'), 'utf8'));
  delete manifest.private;
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  for (const file of filesUnder(dest).filter((f) => f.endsWith('.js'))) {
    for (const name of bareImports(readFileSync(file, 'utf8'))) {
      if (!declared.has(name)) {
        console.error(
          `build-packages: ${relative(root, file)} imports '${name}', which ${manifest.name} does not declare.`,
        );
        process.exit(1);
      }
    }
  }
  writeFileSync(join(dest, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // A project whose README is about working on it in this workspace has a separate one for npm.
  const npmReadme = join(root, project, 'NPM-README.md');
  copyFileSync(existsSync(npmReadme) ? npmReadme : join(root, project, 'README.md'), join(dest, 'README.md'));
  for (const bin of Object.values(manifest.bin ?? {})) chmodSync(join(dest, bin), 0o755);
  pack(dest);
}

function buildLibrary() {
  execFileSync('npx', ['ng', 'build', 'panopto-ng'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts/build-schematics.mjs')], { cwd: root, stdio: 'inherit' });
  pack(join(root, 'dist/panopto-ng'));
}

const wanted = process.argv.slice(2);
const known = [...Object.keys(NODE_PACKAGES), 'library'];
for (const name of wanted) {
  if (!known.includes(name)) {
    console.error(`build-packages: unknown package '${name}' (known: ${known.join(', ')}).`);
    process.exit(2);
  }
}
const selected = wanted.length ? wanted : known;
const nodePackages = selected.filter((name) => name !== 'library');
await Promise.all(nodePackages.map(compileNodePackage));
nodePackages.forEach(finishNodePackage);
if (selected.includes('library')) buildLibrary();
