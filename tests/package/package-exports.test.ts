// Checks the published shape of the library as ng-packagr builds it into dist/panopto-ng: every entry point
// folder in the source is in the package's `exports`, the package is side-effect free, peer dependencies are
// honest, and no entry point's bundle contains another entry point's code (each entry imports the others by
// package path, so they stay separate modules).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dist, ensureBuiltDist, root } from './built-dist';

const source = join(root, 'projects', 'panopto-ng');

/** Secondary entry points are the source folders (at any depth, e.g. `folders/testing`) with an ng-package.json. */
function sourceEntryPoints(dir = source, prefix = ''): string[] {
  const found: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory() || d.name === 'node_modules' || d.name === 'src') continue;
    const name = prefix ? `${prefix}/${d.name}` : d.name;
    if (existsSync(join(dir, d.name, 'ng-package.json'))) found.push(name);
    found.push(...sourceEntryPoints(join(dir, d.name), name));
  }
  return found.sort();
}

// The bundle is checked as built from the current source (see built-dist.ts).
before(() => ensureBuiltDist());

test('exports lists the primary and every secondary entry point', () => {
  const pkg = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  const exported = Object.keys(pkg.exports).filter((k) => k !== './package.json');
  const expected = ['.', ...sourceEntryPoints().map((e) => `./${e}`)].sort();
  assert.deepEqual(exported.sort(), expected);
  for (const key of expected) {
    assert.ok(pkg.exports[key].types, `${key} has typings`);
    assert.ok(pkg.exports[key].default || pkg.exports[key].es2020, `${key} has an ES module`);
  }
});

test('the package is side-effect free with honest peer dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  assert.equal(pkg.sideEffects, false);
  // The built package keeps the source's peers; library-manifest.test.ts checks their Angular majors.
  const declared = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).peerDependencies;
  assert.deepEqual(pkg.peerDependencies, declared);
  assert.match(pkg.peerDependencies['@angular/core'], /^\^15\.2\.0 \|\| /);
  assert.equal(pkg.peerDependencies.rxjs, '^7.5.0');
});

test('ng add: the schematics collection is built where package.json points, with its factory and schema', () => {
  const pkg = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'));
  assert.equal(pkg['ng-add']?.save, 'dependencies');
  const collectionFile = join(dist, pkg.schematics);
  assert.ok(existsSync(collectionFile), `${pkg.schematics} exists in the package`);
  const ngAdd = JSON.parse(readFileSync(collectionFile, 'utf8')).schematics['ng-add'];
  const [factoryModule, factoryName] = String(ngAdd.factory).split('#');
  const collectionDir = dirname(collectionFile);
  assert.ok(existsSync(join(collectionDir, `${factoryModule}.js`)), 'the compiled factory is in the package');
  assert.ok(existsSync(join(collectionDir, ngAdd.schema)), 'the schema is in the package');
  // CommonJS, as the CLI require()s it; the factory name is exported.
  const compiled = readFileSync(join(collectionDir, `${factoryModule}.js`), 'utf8');
  assert.match(compiled, new RegExp(`exports\\.${factoryName}\\b`));
});

/** Names an FESM bundle exports, from rollup's closing `export { A, B as C };` statement. */
function exportedNames(code: string): string[] {
  const match = /export \{([^}]*)\};?\s*(\/\/# sourceMappingURL=.*)?\s*$/.exec(code);
  if (!match) return [];
  return match[1]
    .split(',')
    .map(
      (part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
    )
    .filter((name) => name.length > 0);
}

/** The text of a module-level `function`/`class`/`const` declaration of `name`, up to its closing line. */
function topLevelDeclaration(code: string, name: string): string | null {
  const start = new RegExp(`^(?:class|function|const|let|var) ${name}\\b`, 'm').exec(code);
  if (!start) return null;
  const rest = code.slice(start.index);
  const end = /\n[}\]]?[;)]*\n/.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

test('no entry point bundle contains code of another entry point', () => {
  const fesm = join(dist, 'fesm2020');
  const entries = ['', ...sourceEntryPoints()];
  const bundles = new Map<string, string>();
  for (const entry of entries) {
    const file = join(fesm, entry ? `panopto-ng-${entry.replace(/\//g, '-')}.mjs` : 'panopto-ng.mjs');
    assert.ok(existsSync(file), `${file} exists`);
    bundles.set(entry || '(primary)', readFileSync(file, 'utf8'));
  }
  for (const [owner, ownerCode] of bundles) {
    const names = exportedNames(ownerCode).filter((n) => n.length > 3 && !n.startsWith('ɵ'));
    assert.ok(names.length > 0, `panopto-ng ${owner} exports something`);
    for (const [other, otherCode] of bundles) {
      if (other === owner) continue;
      for (const name of names) {
        // Rollup puts module-level declarations at column 0. A same-named declaration with a different body is a
        // different function (say, another jitter policy); the same body twice means code was inlined.
        const mine = topLevelDeclaration(ownerCode, name);
        const declared = mine !== null && topLevelDeclaration(otherCode, name) === mine;
        assert.ok(!declared, `${name} belongs to panopto-ng ${owner} but is also compiled into ${other}`);
      }
    }
    assert.ok(!/from '\.\.?\//.test(ownerCode), `panopto-ng ${owner} has no relative import leaving its bundle`);
  }
});
