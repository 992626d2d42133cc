// `ng add panopto-ng` installs the peer dependencies an app lacks (the CDK at the app's Angular major) and the
// CDK's a11y styles, so that the folder browser, upload and analytics build and their live-region texts stay
// visually hidden.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { UnitTestTree } from '@angular-devkit/schematics/testing';
import { SERVER, logsOf, ngAdd, panopto, workspace } from './ng-add-support';

function dependencies(tree: UnitTestTree): Record<string, string> {
  return JSON.parse(tree.readContent('/package.json')).dependencies;
}

/** A workspace whose app is on `core` (its other @angular packages follow) and lacks the CDK, router and forms. */
async function appOnAngular(core: string): Promise<UnitTestTree> {
  const tree = await workspace(['lectures', 'standalone']);
  const pkg = JSON.parse(tree.readContent('/package.json'));
  for (const name of Object.keys(pkg.dependencies)) if (name.startsWith('@angular/')) pkg.dependencies[name] = core;
  delete pkg.dependencies['@angular/router'];
  delete pkg.dependencies['@angular/forms'];
  tree.overwrite('/package.json', JSON.stringify(pkg, null, 2));
  return tree;
}

function buildStyles(tree: UnitTestTree, app: string): unknown[] {
  return JSON.parse(tree.readContent('/angular.json')).projects[app].architect.build.options.styles;
}

describe('ng add panopto-ng: peer dependencies and styles', () => {
  test('adds @angular/cdk at the app major, the missing router and forms at its Angular range, and installs', async () => {
    const tree = await workspace(['lectures', 'standalone']);
    const pkg = JSON.parse(tree.readContent('/package.json'));
    const core = pkg.dependencies['@angular/core'];
    delete pkg.dependencies['@angular/router'];
    delete pkg.dependencies['@angular/forms'];
    tree.overwrite('/package.json', JSON.stringify(pkg, null, 2));
    assert.equal(dependencies(tree)['@angular/cdk'], undefined);
    const after = await ngAdd(tree, { serverUrl: SERVER });
    const deps = dependencies(after);
    assert.equal(deps['@angular/cdk'], `^${/\d+/.exec(core)![0]}.0.0`);
    assert.equal(deps['@angular/router'], core);
    assert.equal(deps['@angular/forms'], core);
    assert.ok(
      panopto.tasks.some((task) => task.name === 'node-package'),
      'an npm install is scheduled',
    );
  });

  test('on Angular 22, a major the peers accept, adds the CDK at ^22.0.0 and router and forms at ^22.3.0', async () => {
    const deps = dependencies(await ngAdd(await appOnAngular('^22.3.0'), { serverUrl: SERVER }));
    assert.equal(deps['@angular/cdk'], '^22.0.0');
    assert.equal(deps['@angular/router'], '^22.3.0');
    assert.equal(deps['@angular/forms'], '^22.3.0');
  });

  test('on a major the peers do not accept (Angular 20), adds no Angular package and names the majors that work', async () => {
    const tree = await appOnAngular('^20.1.0');
    let after: UnitTestTree | undefined;
    const logs = await logsOf(async () => (after = await ngAdd(tree, { serverUrl: SERVER })));
    const deps = dependencies(after!);
    assert.equal(deps['@angular/cdk'], undefined, 'no CDK of a major panopto-ng was not tested on');
    assert.equal(deps['@angular/router'], undefined);
    assert.ok(
      logs.some((line) => /did not add @angular\/cdk/.test(line) && /Angular 15, 16, 17, 18, 22/.test(line)),
      logs.join('\n'),
    );
  });

  test('leaves dependencies the app has alone, and schedules no install when nothing was added', async () => {
    const once = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl: SERVER });
    const before = once.readContent('/package.json');
    const twice = await ngAdd(once, { serverUrl: SERVER });
    assert.equal(twice.readContent('/package.json'), before);
    assert.ok(!panopto.tasks.some((task) => task.name === 'node-package'), 'no install the second time');
  });

  test('puts the CDK a11y styles first in the build styles, once, for the app set up only', async () => {
    const tree = await workspace(['lectures', 'standalone'], ['admin', 'ngModule']);
    const once = await ngAdd(tree, { serverUrl: SERVER, project: 'lectures' });
    assert.deepEqual(buildStyles(once, 'lectures'), [
      '@angular/cdk/a11y-prebuilt.css',
      'projects/lectures/src/styles.css',
    ]);
    assert.deepEqual(buildStyles(once, 'admin'), ['projects/admin/src/styles.css']);
    const twice = await ngAdd(once, { serverUrl: SERVER, project: 'lectures' });
    assert.deepEqual(buildStyles(twice, 'lectures'), buildStyles(once, 'lectures'));
  });

  test('--skip-provider still installs the peers and the styles', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'standalone']), { skipProvider: true });
    assert.ok(dependencies(tree)['@angular/cdk']);
    assert.equal(buildStyles(tree, 'lectures')[0], '@angular/cdk/a11y-prebuilt.css');
  });
});
