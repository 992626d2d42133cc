// The broker's ID-token verifier against a JWKS served over loopback HTTP (the emulator publishes one fixed
// key, so rotation is played here with keys made by jose), and the CLI's refusal of the default secret.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { IdTokenRejected, IdTokenVerifier } from '../src/id-token.js';
import { brokerCliFromEnv } from '../src/cli-config.js';
import { TokenBrokerConfigError } from '../src/options.js';

const ISSUER = 'https://tenant.example/Panopto/oauth2';
const CLIENT = 'panopto-ng-broker';

interface Key {
  kid: string;
  privateKey: KeyLike;
  jwk: Record<string, unknown>;
}
async function makeKey(kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}
function sign(key: Key, claims: Record<string, unknown> = {}, nowS = Math.floor(Date.now() / 1000)): Promise<string> {
  const payload = {
    iss: ISSUER,
    aud: CLIENT,
    sub: 'user-1',
    iat: nowS,
    exp: nowS + 300,
    nonce: 'n-1234567',
    ...claims,
  };
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: key.kid }).sign(key.privateKey);
}

describe('ID-token keys: caching and rotation', () => {
  let server: Server;
  let jwksUri: string;
  let published: Key[] = [];
  let fetches = 0;
  let failNext = 0;

  before(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: published.map((k) => k.jwk) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  const expect = (nonce?: string) => ({ issuer: ISSUER, clientId: CLIENT, nonce, nowMs: Date.now() });

  it('fetches the key set once and verifies from the cache after that', async () => {
    const k1 = await makeKey('k1');
    published = [k1];
    fetches = 0;
    const verifier = new IdTokenVerifier(2000, 50);
    for (let i = 0; i < 5; i++) await verifier.verify(await sign(k1), jwksUri, expect('n-1234567'));
    assert.equal(fetches, 1);
  });

  it('follows a key rotation: a token with a new kid makes it fetch the set again', async () => {
    const k1 = await makeKey('k1');
    const k2 = await makeKey('k2');
    published = [k1];
    fetches = 0;
    const verifier = new IdTokenVerifier(2000, 50);
    await verifier.verify(await sign(k1), jwksUri, expect());
    published = [k2];
    await new Promise((resolve) => setTimeout(resolve, 60));
    const claims = await verifier.verify(await sign(k2), jwksUri, expect());
    assert.equal(claims.sub, 'user-1');
    assert.equal(fetches, 2);
    // The retired key no longer verifies anything.
    await assert.rejects(
      verifier.verify(await sign(k1), jwksUri, expect()),
      (e: unknown) => e instanceof IdTokenRejected && !e.retryable,
    );
  });

  it('a key set that cannot be fetched is retryable; a bad signature, issuer, audience or expiry is not', async () => {
    const k1 = await makeKey('k1');
    const other = await makeKey('k1');
    published = [k1];
    const verifier = new IdTokenVerifier(2000, 0);
    failNext = 1;
    await assert.rejects(verifier.verify(await sign(k1), jwksUri, expect()), (e: unknown) => {
      return e instanceof IdTokenRejected && e.retryable && e.error === 'temporarily_unavailable';
    });
    await verifier.verify(await sign(k1), jwksUri, expect());
    const cases: [string, Promise<string>, RegExp][] = [
      ['signed by another key with the same kid', sign(other), /signature/],
      ['another issuer', sign(k1, { iss: 'https://evil.example/Panopto/oauth2' }), /iss/],
      ['another audience', sign(k1, { aud: 'someone-else' }), /aud/],
      ['expired an hour ago', sign(k1, {}, Math.floor(Date.now() / 1000) - 3600), /expired/],
    ];
    for (const [name, token, message] of cases) {
      await assert.rejects(verifier.verify(await token, jwksUri, expect()), (e: unknown) => {
        assert.ok(e instanceof IdTokenRejected && !e.retryable, name);
        assert.match(e.description, message, name);
        return true;
      });
    }
  });
});

describe('broker CLI (npm run broker)', () => {
  it('uses the emulator secret only when the tenant and the listening host are loopback', () => {
    assert.equal(brokerCliFromEnv({}).options.clientSecret, 'emulator-secret');
    const refusals: Record<string, string>[] = [
      { PANOPTO_SERVER_URL: 'https://myuni.hosted.panopto.com' },
      { PANOPTO_BROKER_HOST: '0.0.0.0' },
      { PANOPTO_BROKER_HOST: 'broker.example.edu', PANOPTO_SERVER_URL: 'http://localhost:4300' },
    ];
    for (const env of refusals) {
      assert.throws(
        () => brokerCliFromEnv(env),
        (e: unknown) => e instanceof TokenBrokerConfigError && e.option === 'PANOPTO_BROKER_CLIENT_SECRET',
        JSON.stringify(env),
      );
    }
    assert.equal(
      brokerCliFromEnv({ PANOPTO_SERVER_URL: 'https://myuni.hosted.panopto.com', PANOPTO_BROKER_CLIENT_SECRET: 's' })
        .options.clientSecret,
      's',
    );
  });

  it('exits with a message naming the variable instead of starting with the default secret', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PANOPTO_SERVER_URL: 'https://myuni.hosted.panopto.com',
      PANOPTO_BROKER_PORT: '0',
    };
    delete env['PANOPTO_BROKER_CLIENT_SECRET'];
    const child = spawn(process.execPath, ['--import', 'tsx', main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        resolve(null);
      }, 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    assert.equal(code, 1, 'it did not exit (it started with the default secret)');
    assert.match(stderr, /PANOPTO_BROKER_CLIENT_SECRET/);
  });
});
