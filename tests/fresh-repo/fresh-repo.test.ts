// The path a frontend developer takes in their own repository, end to end: the three packages packed from this
// workspace; an Angular 15 app made from a committed minimal fixture (its own package-lock.json from the npm
// registry, so no `ng new` at test time) in a folder outside the workspace; `npm ci`, then `npm install` of the
// tarballs; `ng add panopto-ng` with the broker's client; the README's folder browser, player and upload examples,
// taken from README.md as written, on routes behind the auth guard; `ng build`; every ```ts block of the guide and
// of the three packages' npm READMEs compiled in the app as its own module (readme-examples.ts); the packed emulator
// and token broker started from the app's node_modules; and in Chromium: sign-in through the broker, the folder tree, a session
// playing through the emulator's Embed API, an upload processed. Nothing the app builds or runs comes from the
// workspace: it gets only the tarballs (copied into the temporary folder) and the registry's packages.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureBuiltDist, ensurePackedNodePackages, root } from '../package/built-dist';
import { allReadmeExamples, describeCompileErrors, exampleDeclaring, writeReadmeExamples } from './readme-examples';
import { startProcess, stopProcess, waitForUrl } from '../../scripts/lib/processes.mjs';
import { runIn, userEnv } from '../../scripts/lib/consumer-app.mjs';
import { CHROMIUM_ARGS, launchBrowser, newPage } from '../../e2e/support/browser.mjs';
import { submitEmulatorLogin } from '../../e2e/support/login.mjs';

// Ports of their own: the demo (4200), the workspace emulator (4300) and Karma (9876) may be running.
const EMULATOR = 'http://localhost:4340';
const BROKER = 'http://localhost:4341';
const APP = 'http://localhost:4342';
/** 'Faculty of Science' in the emulator's deterministic seed: the instructor may create sessions in it. */
const UPLOAD_FOLDER = '2e9a1eb0-f8f1-5691-b1e4-f1973ea7f412';
/** The emulator's confidential client for broker mode, with the secret it ships with. */
const BROKER_CLIENT = 'panopto-ng-broker';
const BROKER_SECRET = 'emulator-secret';
const README = join(root, 'README.md');

const work = mkdtempSync(join(tmpdir(), 'panopto-ng-fresh-repo-'));
const app = join(work, 'app');
const children: ChildProcess[] = [];
const timings: [string, number][] = [];
let browser: Browser | undefined;
let page: Page;
/** Every answer of the broker the page saw, as `METHOD /path status`. */
const brokerAnswers: string[] = [];

/** Runs a command in the app folder; returns its output, or fails with the end of it. */
function inApp(command: string, args: string[], timeoutMs = 10 * 60_000): string {
  return runIn(app, command, args, timeoutMs);
}

/** Times one step; the figures are printed after the run (and reported as the test's diagnostic). */
async function timed<T>(name: string, t: { diagnostic(message: string): void }, step: () => T | Promise<T>) {
  const started = Date.now();
  const result = await step();
  const seconds = (Date.now() - started) / 1000;
  timings.push([name, seconds]);
  t.diagnostic(`${name}: ${seconds.toFixed(1)} s`);
  return result;
}

/** Starts one of the app's installed bins and waits until `readyUrl` answers. */
async function startBin(name: string, args: string[], readyUrl: string, env: Record<string, string> = {}) {
  const child = startProcess(name, join(app, 'node_modules/.bin', name), args, {
    quiet: true,
    cwd: app,
    env: { ...userEnv(), ...env },
  });
  children.push(child);
  child.on('exit', (code: number | null) => {
    if (code !== null && code !== 0) console.error(`${name} exited with ${code}`);
  });
  await waitForUrl(readyUrl, 60_000);
}

/** Replaces the one occurrence of `find` in the app's file, failing with the file's text when it is not there once. */
function edit(file: string, find: string | RegExp, replace: string): void {
  const path = join(app, file);
  const text = readFileSync(path, 'utf8');
  const count = typeof find === 'string' ? text.split(find).length - 1 : (text.match(find) ?? []).length;
  assert.equal(count, 1, `expected ${String(find)} once in ${file}:\n${text}`);
  writeFileSync(path, text.replace(find, replace));
}

describe(
  'a fresh Angular 15 repo: packed packages, ng add, the README examples, broker sign-in',
  { timeout: 20 * 60_000 },
  () => {
    after(async () => {
      await browser?.close();
      for (const child of children) await stopProcess(child);
      console.log(`fresh-repo steps (s): ${timings.map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ')}`);
      rmSync(work, { recursive: true, force: true });
    });

    test('packs the library, the token broker and the emulator into the temporary folder', async (t) => {
      await timed('pack', t, async () => {
        const tarballs = join(work, 'packages');
        mkdirSync(tarballs);
        const dist = await ensureBuiltDist();
        execFileSync('npm', ['pack', '--silent', '--pack-destination', tarballs], { cwd: dist, stdio: 'pipe' });
        const { broker, emulator } = await ensurePackedNodePackages();
        // Copies, so the app's package.json names files of its own folder, not of the workspace.
        for (const tarball of [broker, emulator]) cpSync(tarball, join(tarballs, basename(tarball)));
      });
    });

    test('creates the app from the fixture and installs its locked registry packages (npm ci)', async (t) => {
      cpSync(join(import.meta.dirname, 'fixture'), app, { recursive: true });
      await timed('npm ci', t, () => inApp('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']));
    });

    test('installs the three tarballs, the only packages that do not come from the registry', async (t) => {
      const tarballs = ['panopto-ng', 'panopto-ng-token-broker', 'panopto-ng-emulator'].map(
        (name) => `../packages/${name}-0.1.0.tgz`,
      );
      await timed('npm install tarballs', t, () =>
        inApp('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs]),
      );
      const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
      assert.equal(manifest.dependencies['panopto-ng'], 'file:../packages/panopto-ng-0.1.0.tgz');
    });

    test('ng add panopto-ng sets the app up with the broker client and installs the peers it lacks', async (t) => {
      const output = await timed('ng add', t, () =>
        inApp('npx', [
          'ng',
          'add',
          'panopto-ng',
          '--skip-confirmation',
          `--server-url=${EMULATOR}`,
          `--client-id=${BROKER_CLIENT}`,
          '--redirect-path=/auth/callback',
        ]),
      );
      assert.match(output, /Skipping installation: Package already installed/);
      const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
      assert.equal(manifest.dependencies['@angular/cdk'], '^15.0.0', 'ng add added the CDK at the app’s major');
      assert.ok(existsSync(join(app, 'node_modules/@angular/cdk/package.json')), 'and the CLI installed it');
      const angularJson = JSON.parse(readFileSync(join(app, 'angular.json'), 'utf8'));
      assert.equal(
        angularJson.projects['fresh-app'].architect.build.options.styles[0],
        '@angular/cdk/a11y-prebuilt.css',
      );
      const main = readFileSync(join(app, 'src/main.ts'), 'utf8');
      assert.match(main, /providePanopto\(\{ serverUrl: 'http:\/\/localhost:4340' \}, withPanoptoAuth\(/);
      assert.match(main, /withInterceptors\(\[panoptoAuthInterceptor\]\)/);
    });

    test('adds the README examples (folder browser, player, upload) on guarded routes and builds (ng build)', async (t) => {
      // The examples as the README writes them; only what the README leaves to the app is written here.
      for (const [file, className, symbol] of [
        ['library.component.ts', 'LibraryComponent', 'PanoptoFolderBrowserComponent'],
        ['lecture.component.ts', 'LectureComponent', 'PanoptoPlayerError'],
        ['lecture-upload.component.ts', 'LectureUploadComponent', 'PanoptoUploadComponent'],
      ]) {
        writeFileSync(join(app, 'src/app', file), exampleDeclaring(README, className, symbol));
      }
      writeFileSync(
        join(app, 'src/app/upload-page.component.ts'),
        `import { Component } from '@angular/core';
import { LectureUploadComponent } from './lecture-upload.component';

@Component({
  standalone: true,
  imports: [LectureUploadComponent],
  template: '<app-lecture-upload folderId="${UPLOAD_FOLDER}"></app-lecture-upload>',
})
export class UploadPageComponent {}
`,
      );
      writeFileSync(
        join(app, 'src/app/sign-in-failed.component.ts'),
        `import { Component } from '@angular/core';

@Component({ standalone: true, template: '<p>Sign-in failed.</p>' })
export class SignInFailedComponent {}
`,
      );
      // The callback route ng add asks for, and the pages behind the README's guard.
      writeFileSync(
        join(app, 'src/app/app.routes.ts'),
        `import { Routes } from '@angular/router';
import { panoptoAuthCallbackGuard, panoptoAuthGuard } from 'panopto-ng/auth';
import { SignInFailedComponent } from './sign-in-failed.component';

export const routes: Routes = [
  { path: 'auth/callback', canActivate: [panoptoAuthCallbackGuard], component: SignInFailedComponent },
  { path: 'library', canActivate: [panoptoAuthGuard], loadComponent: () => import('./library.component').then((m) => m.LibraryComponent) },
  { path: 'lecture', canActivate: [panoptoAuthGuard], loadComponent: () => import('./lecture.component').then((m) => m.LectureComponent) },
  { path: 'upload', canActivate: [panoptoAuthGuard], loadComponent: () => import('./upload-page.component').then((m) => m.UploadPageComponent) },
];
`,
      );
      // Broker mode (README, "panopto-ng/auth"); the Embed API from the emulator instead of developers.panopto.com
      // (README, "panopto-ng/player"); the upload feature at the root (README, "panopto-ng/upload").
      edit('src/main.ts', 'withPanoptoAuth({ ', `withPanoptoAuth({ mode: 'broker', brokerUrl: '${BROKER}', `);
      edit(
        'src/main.ts',
        /withPanoptoAuth\(\{[^}]*\}\)/,
        `$&, withPanoptoPlayer({ scriptUrl: '${EMULATOR}/scripts/embedapi.min.js' }), withPanoptoUpload()`,
      );
      edit(
        'src/main.ts',
        "import { AppComponent } from './app/app.component';",
        "import { withPanoptoPlayer } from 'panopto-ng/player';\nimport { withPanoptoUpload } from 'panopto-ng/upload';\nimport { AppComponent } from './app/app.component';",
      );
      await timed('ng build', t, () => inApp('npx', ['ng', 'build', '--progress=false']));
      assert.ok(existsSync(join(app, 'dist/fresh-app/index.html')));
    });

    test('compiles every TypeScript example of the READMEs in the app (ngc with strict templates; tsc for Node)', async (t) => {
      // Each ```ts block as its own module in src/app, next to the README examples the previous test wrote (the
      // testing example imports ./lecture.component, the routes example ./library.component), compiled with the
      // app's own compilers and settings against the installed packages.
      const examples = allReadmeExamples(root);
      const projects = writeReadmeExamples(app, examples);
      const errors: string[] = [];
      await timed('README examples compile', t, () => {
        for (const [compiler, tsconfig] of [['ngc', projects.angular], ['tsc', projects.node]] as const) {
          if (!tsconfig) continue;
          try {
            execFileSync('npx', [compiler, '-p', tsconfig], {
              cwd: app,
              env: userEnv(),
              encoding: 'utf8',
              stdio: ['ignore', 'pipe', 'pipe'],
              timeout: 5 * 60_000,
            });
          } catch (e) {
            const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
            const described = describeCompileErrors(`${stdout}\n${stderr}`, examples);
            errors.push(...(described.length ? described : [`${compiler} -p ${tsconfig}:\n${stdout}\n${stderr}`]));
          }
        }
      });
      assert.equal(errors.length, 0, `README examples that do not compile in a fresh app:\n\n${errors.join('\n\n')}`);
      t.diagnostic(`${examples.length} README examples compiled (${examples.filter((e) => e.node).length} as Node)`);
    });

    test('the packed emulator and broker start from the app, and the built app is served', async (t) => {
      await timed('start servers', t, async () => {
        writeFileSync(
          join(app, 'broker.json'),
          JSON.stringify({
            port: 4341,
            host: 'localhost',
            panoptoServerUrl: EMULATOR,
            clientId: BROKER_CLIENT,
            allowedOrigins: [APP],
          }),
        );
        await Promise.all([
          startBin('panopto-ng-emulator', ['--port', '4340'], `${EMULATOR}/__emulator/metrics`),
          startBin('panopto-ng-token-broker', ['--config', 'broker.json'], `${BROKER}/healthz`, {
            PANOPTO_BROKER_CLIENT_SECRET: BROKER_SECRET,
          }),
        ]);
        const server = startProcess('fresh-app', process.execPath, [join(root, 'scripts/serve-demo.mjs')], {
          quiet: true,
          cwd: work,
          env: { DEMO_DIR: join(app, 'dist/fresh-app'), DEMO_PORT: '4342' },
        });
        children.push(server);
        await waitForUrl(`${APP}/`, 20_000);
      });
    });

    test('in Chromium: signs in through the broker and sees the folder tree', async (t) => {
      await timed('sign in + folders', t, async () => {
        browser = await launchBrowser({ args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
        page = await newPage(browser);
        page.on('response', (r) => {
          if (r.url().startsWith(BROKER))
            brokerAnswers.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
        });
        await page.goto(`${APP}/library`);
        // The guard sends the browser to the emulator's sign-in page.
        await page.waitForURL((url) => url.toString().startsWith(EMULATOR), { timeout: 30_000 });
        await submitEmulatorLogin(page);
        await page.waitForURL(`${APP}/library`, { timeout: 30_000 });
        await page.getByRole('treeitem', { name: /Faculty of Science/ }).waitFor({ timeout: 30_000 });
        assert.ok(brokerAnswers.includes('POST /token 200'), `the code was redeemed by the broker: ${brokerAnswers}`);
        assert.doesNotMatch(await page.evaluate(() => document.cookie), /panopto_rt/, 'the refresh token is httpOnly');
        // Before sign-in the app's startup refresh had no cookie and got its 401, as it should; errors count from here.
        page.consoleErrors.length = 0;
      });
    });

    test('plays the README player example against the emulator’s Embed API', async (t) => {
      await timed('play', t, async () => {
        brokerAnswers.length = 0;
        await page.goto(`${APP}/lecture`);
        const frame = page.frameLocator('panopto-player iframe');
        await frame.locator('video').waitFor({ timeout: 30_000 });
        const handle = await page.locator('panopto-player iframe').elementHandle();
        const embed = await handle!.contentFrame();
        assert.match(embed!.url(), /\/Panopto\/Pages\/Embed\.aspx/);
        // (ready)="player.play()" in the example: the video starts by itself and advances.
        await embed!.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5, null, {
          timeout: 30_000,
        });
        // The reload kept the session: the broker refreshed it from its httpOnly cookie, no second sign-in.
        assert.deepEqual(brokerAnswers, ['POST /refresh 200'], 'one refresh through the broker');
      });
    });

    test('uploads a small video with the README upload example and sees it processed', async (t) => {
      await timed('upload', t, async () => {
        const video = join(work, 'fresh-lecture.webm');
        const ffmpeg = join(app, 'node_modules/@ffmpeg-installer/linux-x64/ffmpeg');
        assert.ok(existsSync(ffmpeg), 'the emulator package brought its optional ffmpeg from the registry');
        execFileSync(ffmpeg, [
          ...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'lavfi'],
          ...['-i', 'testsrc2=size=320x240:rate=15', '-t', '2', '-c:v', 'libvpx', '-deadline', 'realtime'],
          ...['-cpu-used', '8', '-b:v', '200k', video],
        ]);
        await page.goto(`${APP}/upload`);
        await page.locator('panopto-upload input[type=file]').setInputFiles(video);
        await page.locator('panopto-upload form button[type=submit]').click();
        await page.locator('panopto-upload .panopto-upload__item[data-phase="complete"]').waitFor({ timeout: 60_000 });
        // (uploaded) in the example shows the new session in a player below.
        await page.locator('app-lecture-upload panopto-player iframe').waitFor({ timeout: 20_000 });
        assert.deepEqual(
          page.consoleErrors.filter((e: string) => !/favicon/i.test(e)),
          [],
          'no errors on the page',
        );
      });
    });
  },
);
