// `ng add panopto-ng`, run from the schematic's TypeScript source (through tsx, so no build is needed) against
// workspaces made by Angular 15.2's own `workspace` and `application` schematics. Angular 15.2's application
// schematic has no standalone option, so the standalone apps get a hand-written main.ts. One test type-checks
// the generated code against the library's real source, so the schematic cannot write an API that does not exist.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UnitTestTree } from '@angular-devkit/schematics/testing';
import {
  SERVER,
  appModule,
  assertParses,
  logsOf,
  main,
  ngAdd,
  root,
  snapshot,
  sourceSnapshot,
  standaloneApp,
  typeErrors,
  workspace,
} from './ng-add-support';

const require = createRequire(import.meta.url);

describe('ng add panopto-ng: standalone app', () => {
  test('adds provideHttpClient() and providePanopto({ serverUrl }) to bootstrapApplication, with imports', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl: `${SERVER}/` });
    const text = tree.readContent(main('lectures'));
    assert.match(text, /import \{ provideHttpClient \} from '@angular\/common\/http';/);
    assert.match(text, /import \{ providePanopto \} from 'panopto-ng';/);
    assert.ok(
      text.includes(
        `bootstrapApplication(AppComponent, {\n  providers: [\n    provideHttpClient(),\n` +
          `    providePanopto({ serverUrl: '${SERVER}' }),\n  ],\n})`,
      ),
      text,
    );
    assert.doesNotMatch(text, /panopto-ng\/auth/);
    assertParses(main('lectures'), text);
  });

  test('appends to an existing providers array and keeps its layout', async () => {
    const tree = await standaloneApp(
      `bootstrapApplication(AppComponent, {\n  providers: [\n    provideRouter([]),\n  ],\n});\n`,
      `import { provideRouter } from '@angular/router';\n`,
    );
    const text = (await ngAdd(tree, { serverUrl: SERVER })).readContent(main('lectures'));
    assert.ok(
      text.includes(
        `  providers: [\n    provideRouter([]),\n    provideHttpClient(),\n    providePanopto({ serverUrl: '${SERVER}' }),\n  ],`,
      ),
      text,
    );
    assertParses(main('lectures'), text);
  });

  test('follows an appConfig imported from a relative file and edits that file', async () => {
    const tree = await standaloneApp(
      `bootstrapApplication(AppComponent, appConfig);\n`,
      `import { appConfig } from './app/app.config';\n`,
    );
    const configPath = '/projects/lectures/src/app/app.config.ts';
    tree.create(
      configPath,
      `import { ApplicationConfig } from '@angular/core';\n\nexport const appConfig: ApplicationConfig = {\n  providers: [],\n};\n`,
    );
    const after = await ngAdd(tree, { serverUrl: SERVER });
    assert.match(
      after.readContent(configPath),
      /providePanopto\(\{ serverUrl: 'https:\/\/myuni\.hosted\.panopto\.com' \}\)/,
    );
    assert.match(after.readContent(configPath), /import \{ providePanopto \} from 'panopto-ng';/);
    assert.doesNotMatch(after.readContent(main('lectures')), /panopto/);
    assertParses(configPath, after.readContent(configPath));
  });

  test('adds the auth interceptor to an existing provideHttpClient(withInterceptors([...]))', async () => {
    const tree = await standaloneApp(
      `bootstrapApplication(AppComponent, { providers: [provideHttpClient(withInterceptors([audit]))] });\n`,
      `import { provideHttpClient, withInterceptors } from '@angular/common/http';\nimport { audit } from './app/audit';\n`,
    );
    const text = (await ngAdd(tree, { serverUrl: SERVER, clientId: 'c1' })).readContent(main('lectures'));
    assert.match(text, /provideHttpClient\(withInterceptors\(\[audit, panoptoAuthInterceptor\]\)\)/);
    assert.equal(text.match(/provideHttpClient\(/g)?.length, 1, 'no second HttpClient');
    assert.match(
      text,
      /import \{ withPanoptoAuth, panoptoAuthInterceptor \} from 'panopto-ng\/auth';|import \{ panoptoAuthInterceptor, withPanoptoAuth \} from 'panopto-ng\/auth';/,
    );
    assertParses(main('lectures'), text);
  });

  test('does not guess: an unfollowable config changes nothing and logs the snippet to paste', async () => {
    const tree = await standaloneApp(
      `bootstrapApplication(AppComponent, buildConfig());\n`,
      `import { buildConfig } from '@uni/config';\n`,
    );
    const before = sourceSnapshot(tree);
    let after: UnitTestTree | undefined;
    const logs = await logsOf(async () => (after = await ngAdd(tree, { serverUrl: SERVER })));
    assert.deepEqual(sourceSnapshot(after!), before);
    const warning = logs.find((line) => line.startsWith('warn:')) ?? '';
    assert.match(warning, /buildConfig\(\)/);
    assert.match(warning, /providePanopto\(\{ serverUrl: 'https:\/\/myuni\.hosted\.panopto\.com' \}\)/);
    assert.match(warning, /bootstrapApplication\(AppComponent, \{/);
  });
});

describe('ng add panopto-ng: NgModule app', () => {
  test('adds providePanopto to AppModule providers and HttpClientModule to its imports', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'ngModule']), { serverUrl: SERVER });
    const text = tree.readContent(appModule('lectures'));
    assert.match(
      text,
      /providers: \[\s*providePanopto\(\{ serverUrl: 'https:\/\/myuni\.hosted\.panopto\.com' \}\)\s*\]/,
    );
    assert.match(text, /imports: \[\s*BrowserModule,\s*HttpClientModule\s*\]/);
    assert.match(text, /import \{ providePanopto \} from 'panopto-ng';/);
    assert.match(text, /import \{ HttpClientModule \} from '@angular\/common\/http';/);
    assert.equal(
      tree.readContent(main('lectures')),
      (await workspace(['lectures', 'ngModule'])).readContent(main('lectures')),
    );
    assertParses(appModule('lectures'), text);
  });

  test('with clientId adds withPanoptoAuth as a feature of providePanopto, and the class interceptor', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'ngModule']), { serverUrl: SERVER, clientId: 'uni-client' });
    const text = tree.readContent(appModule('lectures'));
    assert.match(
      text,
      /providePanopto\(\{ serverUrl: 'https:\/\/myuni\.hosted\.panopto\.com' \}, withPanoptoAuth\(\{ clientId: 'uni-client', redirectUri: new URL\('panopto\/callback', document\.baseURI\)\.href \}\)\)/,
    );
    assert.match(text, /\{ provide: HTTP_INTERCEPTORS, useClass: PanoptoAuthInterceptor, multi: true \}/);
    assert.match(text, /import \{ HttpClientModule, HTTP_INTERCEPTORS \} from '@angular\/common\/http';/);
    assert.match(text, /import \{ withPanoptoAuth, PanoptoAuthInterceptor \} from 'panopto-ng\/auth';/);
    assertParses(appModule('lectures'), text);
  });
});

describe('ng add panopto-ng: sign-in', () => {
  test('clientId adds withPanoptoAuth with the /panopto/callback redirect and the interceptor', async () => {
    let tree: UnitTestTree | undefined;
    const logs = await logsOf(async () => {
      tree = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl: SERVER, clientId: 'uni-client' });
    });
    const text = tree!.readContent(main('lectures'));
    assert.ok(text.includes('    provideHttpClient(withInterceptors([panoptoAuthInterceptor])),\n'), text);
    assert.ok(
      text.includes(
        `    providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoAuth({ clientId: 'uni-client', redirectUri: new URL('panopto/callback', document.baseURI).href })),\n`,
      ),
      text,
    );
    assert.match(text, /import \{ provideHttpClient, withInterceptors \} from '@angular\/common\/http';/);
    assert.match(text, /import \{ panoptoAuthInterceptor, withPanoptoAuth \} from 'panopto-ng\/auth';/);
    const nextSteps = logs.join('\n');
    assert.match(nextSteps, /\{ path: 'panopto\/callback', canActivate: \[panoptoAuthCallbackGuard\]/);
    assert.match(nextSteps, /Redirect URL of client 'uni-client'/);
  });

  test('an app that already has providePanopto() gets withPanoptoAuth() added to that call', async () => {
    const once = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl: SERVER });
    const text = (await ngAdd(once, { serverUrl: SERVER, clientId: 'uni-client' })).readContent(main('lectures'));
    assert.match(
      text,
      /providePanopto\(\{ serverUrl: 'https:\/\/myuni\.hosted\.panopto\.com' \}, withPanoptoAuth\(\{ clientId: 'uni-client',/,
    );
    assert.equal(text.match(/providePanopto\(/g)?.length, 1, 'no second providePanopto()');
    assert.match(text, /provideHttpClient\(withInterceptors\(\[panoptoAuthInterceptor\]\)\)/);
    assertParses(main('lectures'), text);
  });

  test('--redirect-path changes the callback route', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'standalone']), {
      serverUrl: SERVER,
      clientId: 'uni-client',
      redirectPath: '/auth/callback',
    });
    assert.match(tree.readContent(main('lectures')), /new URL\('auth\/callback', document\.baseURI\)\.href/);
  });

  test('the generated code type-checks against the library source (standalone and NgModule, with sign-in)', async () => {
    const standalone = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl: SERVER, clientId: 'c' });
    const ngModule = await ngAdd(await workspace(['lectures', 'ngModule']), { serverUrl: SERVER, clientId: 'c' });
    assert.deepEqual(typeErrors(standalone, [main('lectures')]), []);
    assert.deepEqual(typeErrors(ngModule, [main('lectures'), appModule('lectures')]), []);
  });
});

describe('ng add panopto-ng: safety', () => {
  for (const kind of ['standalone', 'ngModule'] as const) {
    test(`running twice changes nothing the second time (${kind}, with sign-in)`, async () => {
      const once = await ngAdd(await workspace(['lectures', kind]), { serverUrl: SERVER, clientId: 'uni-client' });
      const first = snapshot(once);
      let twice: UnitTestTree | undefined;
      const logs = await logsOf(async () => (twice = await ngAdd(once, { serverUrl: SERVER, clientId: 'uni-client' })));
      assert.deepEqual(snapshot(twice!), first);
      assert.ok(
        logs.some((line) => line.includes('already set up; nothing changed')),
        logs.join('\n'),
      );
    });
  }

  test('a bad serverUrl fails naming the field and changes nothing', async () => {
    const tree = await workspace(['lectures', 'standalone']);
    const before = snapshot(tree);
    for (const serverUrl of [
      'http://myuni.hosted.panopto.com',
      'myuni.hosted.panopto.com',
      `${SERVER}/Panopto/Pages`,
      '',
    ]) {
      await assert.rejects(ngAdd(tree, { serverUrl }), /`serverUrl`/, serverUrl);
    }
    await assert.rejects(ngAdd(tree, {}), /`serverUrl` is required/);
    assert.deepEqual(snapshot(tree), before);
  });

  test('plain http is accepted for localhost, 127.0.0.1 and [::1]', async () => {
    for (const serverUrl of ['http://localhost:4300', 'http://127.0.0.1:4300', 'http://[::1]:4300']) {
      const tree = await ngAdd(await workspace(['lectures', 'standalone']), { serverUrl });
      assert.ok(
        tree.readContent(main('lectures')).includes(`providePanopto({ serverUrl: '${serverUrl}' })`),
        serverUrl,
      );
    }
  });

  test('--skip-provider needs no serverUrl and changes no source file', async () => {
    const tree = await workspace(['lectures', 'standalone']);
    const before = sourceSnapshot(tree);
    assert.deepEqual(sourceSnapshot(await ngAdd(tree, { skipProvider: true })), before);
  });
});

describe('ng add panopto-ng: project', () => {
  test('--project picks that application and leaves the others alone', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'standalone'], ['admin', 'ngModule']), {
      serverUrl: SERVER,
      project: 'admin',
    });
    assert.match(tree.readContent(appModule('admin')), /providePanopto\(/);
    assert.doesNotMatch(tree.readContent(main('lectures')), /providePanopto/);
  });

  test('without --project the first application is set up', async () => {
    const tree = await ngAdd(await workspace(['lectures', 'standalone'], ['admin', 'ngModule']), { serverUrl: SERVER });
    assert.match(tree.readContent(main('lectures')), /providePanopto\(/);
    assert.doesNotMatch(tree.readContent(appModule('admin')), /providePanopto/);
  });

  test('an unknown project fails naming the field and the applications', async () => {
    const tree = await workspace(['lectures', 'standalone']);
    await assert.rejects(
      ngAdd(tree, { serverUrl: SERVER, project: 'nope' }),
      /`project` 'nope'.*applications: lectures/,
    );
  });
});

before(() => {
  // The schematic is loaded from its .ts source by tsx's require hook; say so plainly if that ever breaks.
  assert.ok(require.resolve(join(root, 'projects/panopto-ng/schematics/ng-add/index.ts')));
});
