// panopto-ng's package.json, checked against its source without a build: every Angular package an entry point
// imports is a required peer, the npm page links to the source and the guide, and `npm pack` takes only the
// built files (a tarball left in the folder by an earlier pack must not end up inside the next one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { MAJORS } from '../../scripts/matrix/majors.mjs';

const root = join(import.meta.dirname, '..', '..');
const library = join(root, 'projects', 'panopto-ng');
const manifest = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8'));

/** The library's shipped TypeScript: every entry point's files, without specs and spec-only folders. */
function shippedSources(dir = library): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      return ['schematics', 'testing-support', 'node_modules'].includes(name) ? [] : shippedSources(full);
    }
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

test('every package an entry point imports (other than the library itself and tslib) is a peer, required but the CDK', () => {
  const imported = new Map<string, string>();
  for (const file of shippedSources()) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+'([^'.][^']*)'/gm,
    )) {
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (name !== 'panopto-ng' && name !== 'tslib' && !imported.has(name)) imported.set(name, relative(library, file));
    }
  }
  assert.ok(imported.has('@angular/cdk') && imported.has('@angular/router') && imported.has('@angular/forms'));
  for (const [name, file] of imported) {
    assert.ok(manifest.peerDependencies[name], `${name} (imported by ${file}) is a peer dependency`);
    // The CDK alone is optional: across majors npm would auto-install the newest CDK (22) into an Angular 15 app
    // that lacks it, which then conflicts; ng add adds it at the app's major instead.
    if (name !== '@angular/cdk') {
      assert.notEqual(manifest.peerDependenciesMeta?.[name]?.optional, true, `${name} is not optional`);
    }
  }
  assert.deepEqual(manifest.peerDependenciesMeta, { '@angular/cdk': { optional: true } });
});

test('the Angular peers accept exactly the majors `npm run test:matrix` builds and smoke-tests, from 15.2 on', () => {
  const majors = MAJORS.map((m) => m.major);
  const expected = majors.map((major) => (major === 15 ? '^15.2.0' : `^${major}.0.0`)).join(' || ');
  for (const [name, range] of Object.entries(manifest.peerDependencies as Record<string, string>)) {
    if (name.startsWith('@angular/')) assert.equal(range, expected, `${name}'s peer range`);
  }
});

test('the npm page links to the repository, and the package README links to the guide', () => {
  assert.match(manifest.repository?.url ?? '', /^git\+https:\/\//);
  assert.match(manifest.homepage ?? '', /^https:\/\//);
  const readme = readFileSync(join(library, 'README.md'), 'utf8');
  assert.ok(readme.includes(manifest.homepage), 'the README links to the guide (the homepage)');
});

test('npm pack takes the built files and README, and not a stale tarball or stray files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'panopto-ng-pack-'));
  try {
    const files = [
      'fesm2020/panopto-ng.mjs',
      'fesm2020/panopto-ng.mjs.map',
      'index.d.ts',
      'auth/index.d.ts',
      'schematics/collection.json',
      'schematics/ng-add/index.js',
      'README.md',
      'panopto-ng-0.0.9.tgz',
      'notes.txt',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8' }));
    const paths = (packed.files as { path: string }[]).map((f) => f.path).sort();
    assert.deepEqual(paths, [...files.filter((f) => !f.endsWith('.tgz') && f !== 'notes.txt'), 'package.json'].sort());
    assert.ok(!existsSync(join(dir, packed.filename)), 'a dry run writes no tarball');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
