// `ng add panopto-ng --emulator`: the app set up for the local emulator next to its production settings, a
// clients file the real emulator reads and signs the app's client in with, and the `panopto:emulator` script.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UnitTestTree } from '@angular-devkit/schematics/testing';
import { DEFAULT_EMULATOR_PORT as SCHEMATIC_PORT } from '../../projects/panopto-ng/schematics/ng-add/emulator-defaults';
import { DEFAULT_EMULATOR_PORT } from '../../projects/panopto-emulator/src/cli-args.js';
import { SEEDED_CLIENT_IDS } from '../../projects/panopto-emulator/src/oauth/clients.js';
import { parseClientsFile } from '../../projects/panopto-emulator/src/oauth/clients-file.js';
import { startEmulator, type RunningEmulator } from '../../projects/panopto-emulator/src/server.js';
import { authorizationCode } from '../../projects/panopto-token-broker/test/support/emulator-login.js';
import { SERVER, assertParses, logsOf, main, ngAdd, root, typeErrors, workspace } from './ng-add-support';

const CLIENTS_FILE = '/panopto-emulator.clients.json';
const emulatorManifest = JSON.parse(readFileSync(join(root, 'projects/panopto-emulator/package.json'), 'utf8'));

async function withEmulator(options: Record<string, unknown>): Promise<UnitTestTree> {
  return ngAdd(await workspace(['lectures', 'standalone']), options);
}

function packageJson(tree: UnitTestTree): {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
} {
  return JSON.parse(tree.readContent('/package.json'));
}

describe('ng add panopto-ng --emulator', () => {
  test('beside production: isDevMode() picks the emulator and its client, production keeps its own', async () => {
    const tree = await withEmulator({ serverUrl: SERVER, clientId: 'uni-client', emulator: true });
    const text = tree.readContent(main('lectures'));
    assert.ok(
      text.includes(
        `providePanopto({ serverUrl: isDevMode() ? 'http://localhost:4300' : '${SERVER}' }, withPanoptoAuth({ ` +
          `clientId: isDevMode() ? 'panopto-ng-app' : 'uni-client', redirectUri: new URL('panopto/callback', document.baseURI).href }))`,
      ),
      text,
    );
    assert.match(text, /import \{ isDevMode \} from '@angular\/core';/);
    assertParses(main('lectures'), text);
    assert.deepEqual(typeErrors(tree, [main('lectures')]), []);
  });

  test('alone: the app uses the emulator only, with the emulator client and no isDevMode()', async () => {
    const tree = await withEmulator({ emulator: true });
    const text = tree.readContent(main('lectures'));
    assert.ok(
      text.includes(
        `providePanopto({ serverUrl: 'http://localhost:4300' }, withPanoptoAuth({ clientId: 'panopto-ng-app', ` +
          `redirectUri: new URL('panopto/callback', document.baseURI).href }))`,
      ),
      text,
    );
    assert.doesNotMatch(text, /isDevMode/);
  });

  test('writes a clients file the emulator accepts, with the callback route of ng add as redirect URI', async () => {
    const tree = await withEmulator({
      serverUrl: SERVER,
      clientId: 'uni-client',
      emulator: true,
      redirectPath: '/auth/done',
    });
    const [client, ...others] = parseClientsFile(tree.readContent(CLIENTS_FILE), 'clients.json', SEEDED_CLIENT_IDS);
    assert.equal(others.length, 0);
    assert.equal(client.id, 'panopto-ng-app');
    assert.equal(client.type, 'public');
    assert.deepEqual(client.redirectUris, ['http://localhost:4200/auth/done', 'http://127.0.0.1:4200/auth/done']);
  });

  test('adds the panopto:emulator script running the emulator package bin, and the package as a dev dependency', async () => {
    const pkg = packageJson(await withEmulator({ emulator: true }));
    const bin = Object.keys(emulatorManifest.bin)[0];
    assert.equal(pkg.scripts['panopto:emulator'], `${bin} --port 4300 --clients panopto-emulator.clients.json`);
    assert.equal(pkg.devDependencies[emulatorManifest.name], `^${emulatorManifest.version}`);
  });

  test("ng add's default port and client agree with the emulator's", () => {
    assert.equal(SCHEMATIC_PORT, DEFAULT_EMULATOR_PORT);
    assert.ok(!SEEDED_CLIENT_IDS.has('panopto-ng-app'), 'the app client is not a seeded one');
  });

  test('--emulator-port moves the server URL and the script together', async () => {
    const tree = await withEmulator({ emulator: true, emulatorPort: 4310 });
    assert.match(tree.readContent(main('lectures')), /serverUrl: 'http:\/\/localhost:4310'/);
    assert.match(packageJson(tree).scripts['panopto:emulator'], /--port 4310 /);
    await assert.rejects(withEmulator({ emulator: true, emulatorPort: 0 }), /`emulatorPort` must be a port number/);
  });

  test('an existing clients file keeps its entries and gains the app client once', async () => {
    const tree = await workspace(['lectures', 'standalone']);
    const mine = { id: 'python-samples', type: 'public', redirectUris: ['http://localhost:9127/redirect'] };
    tree.create(CLIENTS_FILE, JSON.stringify({ clients: [mine] }));
    const once = await ngAdd(tree, { emulator: true });
    const twice = await ngAdd(once, { emulator: true });
    const ids = parseClientsFile(twice.readContent(CLIENTS_FILE), 'clients.json', SEEDED_CLIENT_IDS).map((c) => c.id);
    assert.deepEqual(ids, ['python-samples', 'panopto-ng-app']);
  });

  test('options that cannot both hold fail naming the field, before any file changes', async () => {
    await assert.rejects(withEmulator({ emulator: true, serverUrl: SERVER }), /`clientId` is required with --emulator/);
    await assert.rejects(withEmulator({ emulator: true, clientId: 'uni-client' }), /`clientId` .*needs --server-url/);
  });
});

describe('ng add panopto-ng --emulator: the app client signs in at the real emulator', () => {
  let dir: string;
  let emulator: RunningEmulator;

  before(async () => {
    const tree = await withEmulator({ serverUrl: SERVER, clientId: 'uni-client', emulator: true });
    dir = mkdtempSync(join(tmpdir(), 'ng-add-emulator-'));
    writeFileSync(join(dir, 'clients.json'), tree.readContent(CLIENTS_FILE));
    emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true, clientsFile: join(dir, 'clients.json') });
  });
  after(async () => {
    await emulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the authorization code comes back to the callback route, on the dev server port or another', async () => {
    for (const redirect of ['http://localhost:4200/panopto/callback', 'http://localhost:4600/panopto/callback']) {
      const { code } = await authorizationCode(emulator.url, 'panopto-ng-app', redirect);
      assert.ok(code, redirect);
    }
  });
});

describe('ng add panopto-ng: a re-run with other values', () => {
  test('says which values differ from the app instead of "nothing changed", and changes nothing', async () => {
    const once = await ngAdd(await workspace(['lectures', 'standalone']), {
      serverUrl: SERVER,
      clientId: 'uni-client',
    });
    const before = once.readContent(main('lectures'));
    let again: UnitTestTree | undefined;
    const logs = await logsOf(async () => {
      again = await ngAdd(once, { serverUrl: 'https://other.hosted.panopto.com', clientId: 'other-client' });
    });
    assert.equal(again!.readContent(main('lectures')), before);
    const text = logs.join('\n');
    assert.doesNotMatch(text, /nothing changed/);
    assert.match(text, /already set up with other values/);
    assert.match(
      text,
      /serverUrl is 'https:\/\/myuni\.hosted\.panopto\.com' in projects\/lectures\/src\/main\.ts; given: 'https:\/\/other\.hosted\.panopto\.com'/,
    );
    assert.match(text, /clientId is 'uni-client' in projects\/lectures\/src\/main\.ts; given: 'other-client'/);
  });

  test('the same values again still say "nothing changed"; a trailing slash is the same server', async () => {
    const once = await ngAdd(await workspace(['lectures', 'standalone']), {
      serverUrl: SERVER,
      clientId: 'uni-client',
    });
    const logs = await logsOf(() => ngAdd(once, { serverUrl: `${SERVER}/`, clientId: 'uni-client' }));
    assert.ok(
      logs.some((line) => line.includes('already set up; nothing changed')),
      logs.join('\n'),
    );
  });

  test('adding --emulator later writes its files and says the code still holds the production-only values', async () => {
    const once = await ngAdd(await workspace(['lectures', 'standalone']), {
      serverUrl: SERVER,
      clientId: 'uni-client',
    });
    let again: UnitTestTree | undefined;
    const logs = await logsOf(async () => {
      again = await ngAdd(once, { serverUrl: SERVER, clientId: 'uni-client', emulator: true });
    });
    assert.ok(again!.exists(CLIENTS_FILE));
    assert.match(
      logs.join('\n'),
      /serverUrl is 'https:\/\/myuni\.hosted\.panopto\.com' .*given: isDevMode\(\) \? 'http:\/\/localhost:4300'/,
    );
  });
});
