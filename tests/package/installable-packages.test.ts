// The token broker and the emulator as a user gets them: `npm run build:packages` packs both, the tarballs are
// installed into a folder outside the workspace (with Express and Fastify from the registry, as a user's backend
// would have them, and without optional dependencies, so without ffmpeg), and the installed bins and adapters are
// started from there: the emulator with a clients file, the standalone broker with --config, the broker under
// Express and Fastify, each doing a real sign-in code exchange against the packed emulator.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { authorizationCode } from '../../projects/panopto-token-broker/test/support/emulator-login.js';
import { ensurePackedNodePackages, root } from './built-dist';

const APP = 'http://localhost:4200';
const BROKER_REDIRECT = `${APP}/auth/callback`;
const APP_CLIENT = 'consumer-app-dev';
const APP_REDIRECT = `${APP}/panopto/callback`;

let consumer: string;
const children: ChildProcess[] = [];

/** Starts `command` in the consumer folder and resolves with the first match of `ready` in its output. */
function startAndWait(command: string, args: string[], ready: RegExp, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn(command, args, { cwd: consumer, env: { PATH: process.env['PATH'], HOME: consumer, ...env } });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Signs in at the emulator for the broker client and redeems the code through the broker at `tokenUrl`. */
async function tokenThroughBroker(emulatorUrl: string, tokenUrl: string): Promise<Record<string, unknown>> {
  const code = await authorizationCode(emulatorUrl, 'panopto-ng-broker', BROKER_REDIRECT);
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { origin: APP, 'content-type': 'application/json' },
    body: JSON.stringify({
      code: code.code,
      code_verifier: code.verifier,
      redirect_uri: BROKER_REDIRECT,
      nonce: code.nonce,
    }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  assert.equal(res.status, 200, JSON.stringify(json));
  assert.match(res.headers.get('set-cookie') ?? '', /panopto_rt=.+HttpOnly/i);
  return json;
}

async function apiStatus(emulatorUrl: string, accessToken: unknown): Promise<number> {
  const res = await fetch(`${emulatorUrl}/Panopto/api/v1/folders/search?searchQuery=a`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('installable packages: panopto-ng-token-broker and panopto-ng-emulator', () => {
  let emulatorUrl: string;

  before(async () => {
    const packed = await ensurePackedNodePackages();
    consumer = mkdtempSync(join(tmpdir(), 'panopto-ng-consumer-'));
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    const tarballs = [packed.broker, packed.emulator];
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--omit=optional',
        '--prefer-offline',
        ...tarballs,
        'express@4',
        'fastify@5',
      ],
      { cwd: consumer, stdio: 'pipe' },
    );
    writeFileSync(
      join(consumer, 'clients.json'),
      JSON.stringify({ clients: [{ id: APP_CLIENT, type: 'public', redirectUris: [APP_REDIRECT] }] }),
    );
    emulatorUrl = await startAndWait(
      join(consumer, 'node_modules/.bin/panopto-ng-emulator'),
      ['--port', '0', '--clients', 'clients.json'],
      /Panopto emulator running at (http:\/\/localhost:\d+)/,
    );
  });

  after(() => {
    for (const child of children) child.kill('SIGTERM');
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  test('no file of either package refers to the workspace, to TypeScript sources or to tsx', () => {
    for (const name of ['panopto-ng-token-broker', 'panopto-ng-emulator']) {
      const dir = join(consumer, 'node_modules', name);
      const files = filesUnder(dir);
      assert.ok(
        files.some((f) => f.endsWith('main.js')),
        `${name} has its bin`,
      );
      for (const file of files) {
        const shown = `${name}/${relative(dir, file)}`;
        assert.ok(!file.endsWith('.ts') || file.endsWith('.d.ts'), `${shown} is TypeScript source`);
        const text = readFileSync(file, 'utf8');
        assert.doesNotMatch(text, /projects\//, `${shown} names a workspace folder`);
        assert.ok(!text.includes(root), `${shown} holds the workspace's path`);
        assert.doesNotMatch(text, /\btsx\b/, `${shown} mentions tsx`);
        assert.doesNotMatch(text, /(?:from\s*|import\(\s*)['"][^'"]+\.ts['"]/, `${shown} imports a .ts file`);
      }
    }
  });

  test('the emulator bin runs without ffmpeg, answers its metrics and accepts the clients file', async () => {
    const metrics = await fetch(`${emulatorUrl}/__emulator/metrics`);
    assert.equal(metrics.status, 200);
    assert.equal(typeof (await metrics.json()), 'object');
    const code = await authorizationCode(emulatorUrl, APP_CLIENT, APP_REDIRECT);
    const token = await fetch(`${emulatorUrl}/Panopto/oauth2/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: APP_CLIENT,
        code: code.code,
        code_verifier: code.verifier,
        redirect_uri: APP_REDIRECT,
      }),
    });
    const json = (await token.json()) as Record<string, unknown>;
    assert.equal(token.status, 200, JSON.stringify(json));
    assert.equal(await apiStatus(emulatorUrl, json['access_token']), 200);
  });

  test('the standalone broker (--config) answers /healthz and redeems a code', async () => {
    writeFileSync(
      join(consumer, 'broker.json'),
      JSON.stringify({
        port: 0,
        host: 'localhost',
        panoptoServerUrl: emulatorUrl,
        clientId: 'panopto-ng-broker',
        allowedOrigins: [APP],
      }),
    );
    const brokerUrl = await startAndWait(
      join(consumer, 'node_modules/.bin/panopto-ng-token-broker'),
      ['--config', 'broker.json'],
      /listening on (http:\/\/localhost:\d+)/,
    );
    const health = await fetch(`${brokerUrl}/healthz`);
    assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
    const json = await tokenThroughBroker(emulatorUrl, `${brokerUrl}/token`);
    assert.equal(await apiStatus(emulatorUrl, json['access_token']), 200);
  });

  test('the broker as Express middleware and as a Fastify plugin, imported by package name', async () => {
    const options = {
      panoptoServerUrl: emulatorUrl,
      clientId: 'panopto-ng-broker',
      clientSecret: 'emulator-secret',
      allowedOrigins: [APP],
      basePath: '/panopto-broker',
    };
    writeFileSync(
      join(consumer, 'servers.mjs'),
      `import express from 'express';
import Fastify from 'fastify';
import { createTokenBroker, fastifyTokenBroker } from 'panopto-ng-token-broker';
const options = ${JSON.stringify(options)};
const app = express();
app.use(express.json());
app.use(createTokenBroker(options));
app.use((req, res) => res.status(404).send('not the broker'));
const server = app.listen(0, 'localhost', async () => {
  const fastify = Fastify();
  await fastify.register(fastifyTokenBroker, options);
  await fastify.listen({ port: 0, host: 'localhost' });
  console.log('express ' + server.address().port + ' fastify ' + fastify.server.address().port + ' ready');
});
`,
    );
    const ports = await startAndWait(process.execPath, ['servers.mjs'], /(express \d+ fastify \d+) ready/);
    const [, expressPort, , fastifyPort] = ports.split(' ');
    for (const port of [expressPort, fastifyPort]) {
      const json = await tokenThroughBroker(emulatorUrl, `http://localhost:${port}/panopto-broker/token`);
      assert.equal(await apiStatus(emulatorUrl, json['access_token']), 200, `port ${port}`);
    }
    const other = await fetch(`http://localhost:${expressPort}/elsewhere`);
    assert.equal(other.status, 404);
    assert.equal(await other.text(), 'not the broker');
  });
});
