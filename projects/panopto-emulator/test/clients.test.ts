// The clients file (PANOPTO_EMULATOR_CLIENTS): schema errors naming the field, the error page that says which file
// to edit and what to paste, edits picked up without a restart, loopback redirects on any port (RFC 8252 7.3),
// CORS origins per client, and the password grant refused to every type but User Based.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../src/server.js';
import { parseClientsFile } from '../src/oauth/clients-file.js';
import { SEEDED_CLIENT_IDS } from '../src/oauth/clients.js';
import { loopbackRedirectMatches } from '../src/oauth/loopback-redirects.js';
import { startTestEmulator } from './helpers.js';

const parse = (doc: unknown) => parseClientsFile(JSON.stringify(doc), 'clients.json', SEEDED_CLIENT_IDS);

describe('clients file schema', () => {
  it('accepts the three types and fills defaults', () => {
    const [pub, web, user] = parse({
      clients: [
        {
          id: 'spa',
          type: 'public',
          redirectUris: ['http://localhost:4600/callback'],
          corsOrigins: ['https://app.example.edu'],
        },
        {
          id: 'web',
          type: 'server-side-web-application',
          secret: 'long-enough',
          redirectUris: ['https://app.example.edu/cb'],
        },
        { id: 'svc', name: 'Nightly sync', type: 'user-based-server-application', secret: 'long-enough' },
      ],
    });
    assert.equal(pub.name, 'spa');
    assert.deepEqual(pub.corsOrigins, ['https://app.example.edu']);
    assert.equal(web.secret, 'long-enough');
    assert.deepEqual(user.redirectUris, []);
  });

  it('names the file and the field of each mistake', () => {
    const cases: [unknown, RegExp][] = [
      [{ client: [] }, /clients\.json: client: is not a known key/],
      [
        { clients: [{ id: 'a', type: 'web', secret: 'x'.repeat(8), redirectUris: ['http://x/'] }] },
        /clients\[0\]\.type: must be one of "public"/,
      ],
      [
        { clients: [{ id: 'a', type: 'public', redirectUris: ['http://x/'], secret: 'abcdefgh' }] },
        /clients\[0\]\.secret: a "public" client has no secret/,
      ],
      [
        { clients: [{ id: 'a', type: 'server-side-web-application', redirectUris: ['http://x/'] }] },
        /clients\[0\]\.secret: .*needs a secret/,
      ],
      [
        { clients: [{ id: 'a', type: 'public', redirectUris: ['/relative'] }] },
        /clients\[0\]\.redirectUris\[0\]: must be an absolute http or https URL/,
      ],
      [
        { clients: [{ id: 'a', type: 'public', redirectUris: [] }] },
        /clients\[0\]\.redirectUris: .*at least one redirect URI/,
      ],
      [
        {
          clients: [
            { id: 'a', type: 'user-based-server-application', secret: 'abcdefgh', redirectUris: ['http://x/'] },
          ],
        },
        /has no redirect URIs/,
      ],
      [
        { clients: [{ id: 'panopto-ng-demo', type: 'public', redirectUris: ['http://x/'] }] },
        /clients\[0\]\.id: 'panopto-ng-demo' is a seeded client/,
      ],
      [
        { clients: [{ id: 'a', type: 'public', redirectUris: ['http://x/'], corsOrigins: ['https://x.edu/path'] }] },
        /corsOrigins\[0\]: must be an origin/,
      ],
      [
        { clients: [{ id: 'a', type: 'public', redirectUris: ['http://x/'], redirect_uris: [] }] },
        /clients\[0\]\.redirect_uris: is not a known key/,
      ],
    ];
    for (const [doc, message] of cases) assert.throws(() => parse(doc), message);
    assert.throws(() => parseClientsFile('{', 'clients.json', SEEDED_CLIENT_IDS), /clients\.json: is not valid JSON/);
  });

  it('matches loopback http redirect URIs on any port, nothing else', () => {
    const registered = [
      'http://localhost:4200/auth/callback',
      'http://127.0.0.1:4200/auth/callback',
      'https://app.example.edu/cb',
    ];
    assert.ok(loopbackRedirectMatches(registered, 'http://localhost:4600/auth/callback'));
    assert.ok(loopbackRedirectMatches(registered, 'http://localhost/auth/callback'));
    assert.ok(loopbackRedirectMatches(registered, 'http://127.0.0.1:51234/auth/callback'));
    assert.ok(!loopbackRedirectMatches(registered, 'http://localhost:4600/auth/other'), 'path must match');
    assert.ok(!loopbackRedirectMatches(registered, 'https://localhost:4600/auth/callback'), 'scheme must match');
    assert.ok(!loopbackRedirectMatches(registered, 'http://[::1]:4600/auth/callback'), 'host name must match');
    assert.ok(!loopbackRedirectMatches(registered, 'https://app.example.edu:8443/cb'), 'not for other hosts');
    assert.ok(!loopbackRedirectMatches(registered, 'http://localhost:4600/auth/callback?x=1'), 'query must match');
  });
});

function authorizeUrl(emu: RunningEmulator, clientId: string, redirectUri: string, pkce = false): string {
  const q = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid api',
    redirect_uri: redirectUri,
    state: 's',
  });
  if (pkce) {
    q.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    q.set('code_challenge_method', 'S256');
  }
  return `${emu.url}/Panopto/oauth2/connect/authorize?${q}`;
}

/** Where the authorization endpoint sends the browser: the sign-in interaction, or an error page (status + HTML). */
async function authorize(url: string): Promise<{ status: number; location: string | null; html: string }> {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

const decodeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('clients file in a running emulator', () => {
  let emu: RunningEmulator;
  let dir: string;
  let file: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-clients-'));
    file = join(dir, 'clients.json');
    writeFileSync(
      file,
      JSON.stringify({
        clients: [
          {
            id: 'course-site',
            type: 'public',
            redirectUris: ['https://course.example.edu/callback'],
            corsOrigins: ['https://course.example.edu'],
          },
          { id: 'nightly', type: 'user-based-server-application', secret: 'nightly-secret' },
        ],
      }),
    );
    emu = await startTestEmulator({ clientsFile: file });
  });
  after(async () => {
    await emu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unknown client gets a page naming the file and the entry to add; once added, sign-in starts', async () => {
    const url = authorizeUrl(emu, 'python-samples', 'http://localhost:9127/redirect');
    const page = await authorize(url);
    assert.equal(page.status, 400);
    const text = decodeHtml(page.html);
    assert.match(text, /invalid_client/);
    assert.ok(text.includes(`Edit ${file}`), 'names the file');
    const snippet = /<code id="client-entry">([\s\S]*?)<\/code>/.exec(text)?.[1] as string;
    const entry = JSON.parse(snippet);
    assert.deepEqual(entry, {
      id: 'python-samples',
      name: 'python-samples',
      type: 'server-side-web-application',
      secret: 'replace-with-your-client-secret',
      redirectUris: ['http://localhost:9127/redirect'],
    });

    const doc = {
      clients: [
        {
          id: 'course-site',
          type: 'public',
          redirectUris: ['https://course.example.edu/callback'],
          corsOrigins: ['https://course.example.edu'],
        },
        { id: 'nightly', type: 'user-based-server-application', secret: 'nightly-secret' },
        { ...entry, secret: 'samples-secret' },
      ],
    };
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const again = await authorize(url);
    assert.equal(again.status, 303, `sign-in starts after the edit (got ${again.status})`);
    assert.match(again.location ?? '', /\/Panopto\/oauth2\/interaction\//);
  });

  it('a file client with an unlisted redirect URI is told which array to extend', async () => {
    const page = await authorize(authorizeUrl(emu, 'course-site', 'https://course.example.edu/other', true));
    assert.equal(page.status, 400);
    const text = decodeHtml(page.html);
    assert.match(text, /invalid_redirect_uri/);
    assert.ok(text.includes('clients[0].redirectUris'));
    const entry = JSON.parse(/<code id="client-entry">([\s\S]*?)<\/code>/.exec(text)?.[1] as string);
    assert.deepEqual(entry.redirectUris, ['https://course.example.edu/callback', 'https://course.example.edu/other']);
  });

  it('the demo client accepts its callback on any loopback port (RFC 8252 7.3), not another path', async () => {
    const ok = await authorize(authorizeUrl(emu, 'panopto-ng-demo', 'http://localhost:4600/auth/callback', true));
    assert.equal(ok.status, 303);
    const app = await authorize(authorizeUrl(emu, 'panopto-ng-demo', 'http://localhost:4600/callback', true));
    assert.equal(app.status, 303, 'an app of your own on any port: http://localhost:<port>/callback');
    const wrongPath = await authorize(authorizeUrl(emu, 'panopto-ng-demo', 'http://localhost:4600/signin', true));
    assert.equal(wrongPath.status, 400);
    const text = decodeHtml(wrongPath.html);
    assert.match(text, /Seeded clients cannot be changed/);
    assert.ok(
      JSON.parse(/<code id="client-entry">([\s\S]*?)<\/code>/.exec(text)?.[1] as string).redirectUris.includes(
        'http://localhost:4600/signin',
      ),
    );
  });

  it('answers CORS for a client’s registered origin, on REST and on the token endpoint, and not for others', async () => {
    const preflight = (path: string, origin: string) =>
      fetch(`${emu.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const rest = await preflight('/Panopto/api/v1/folders/search', 'https://course.example.edu');
    assert.equal(rest.headers.get('access-control-allow-origin'), 'https://course.example.edu');
    const other = await preflight('/Panopto/api/v1/folders/search', 'https://evil.example.com');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const token = await fetch(`${emu.url}/Panopto/oauth2/connect/token`, {
      method: 'POST',
      headers: { Origin: 'https://course.example.edu', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: 'nope',
        client_id: 'course-site',
        redirect_uri: 'https://course.example.edu/callback',
        code_verifier: 'x'.repeat(43),
      }),
    });
    assert.equal(token.headers.get('access-control-allow-origin'), 'https://course.example.edu');
  });

  it('grants grant_type=password to the User Based client only', async () => {
    const token = (body: Record<string, string>) =>
      fetch(`${emu.url}/Panopto/oauth2/connect/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body),
      });
    const ok = await token({
      grant_type: 'password',
      username: 'admin',
      password: 'admin',
      scope: 'openid api',
      client_id: 'nightly',
      client_secret: 'nightly-secret',
    });
    assert.equal(ok.status, 200);
    const tokens = (await ok.json()) as { access_token: string; refresh_token?: string };
    assert.equal(tokens.refresh_token, undefined, 'no refresh token without offline_access');
    const me = await fetch(`${emu.url}/Panopto/api/v1/folders/search?searchQuery=a`, {
      headers: { Authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(me.status, 200);
    const pub = await token({
      grant_type: 'password',
      username: 'admin',
      password: 'admin',
      client_id: 'panopto-ng-demo',
    });
    assert.equal(pub.status, 400);
    const broker = await token({
      grant_type: 'password',
      username: 'admin',
      password: 'admin',
      client_id: 'panopto-ng-broker',
      client_secret: 'emulator-secret',
    });
    assert.equal(broker.status, 400);
    const badSecret = await token({
      grant_type: 'password',
      username: 'admin',
      password: 'admin',
      client_id: 'nightly',
      client_secret: 'wrong-secret',
    });
    assert.equal(((await badSecret.json()) as { error: string }).error, 'invalid_client');
    const metrics = (await (await fetch(`${emu.url}/__emulator/metrics`)).json()) as {
      tokenRequests?: Record<string, number>;
    };
    assert.ok(
      JSON.stringify(metrics).includes('password'),
      'token requests are counted per grant type, password included',
    );
  });
});

describe('without a clients file', () => {
  let emu: RunningEmulator;
  before(async () => (emu = await startTestEmulator()));
  after(async () => emu?.close());

  it('the error page says to create one, with the whole file to save', async () => {
    const page = await authorize(authorizeUrl(emu, 'my-spa', 'http://localhost:5173/callback', true));
    assert.equal(page.status, 400);
    const text = decodeHtml(page.html);
    assert.match(text, /PANOPTO_EMULATOR_CLIENTS=clients\.json/);
    const doc = JSON.parse(/<code id="client-entry">([\s\S]*?)<\/code>/.exec(text)?.[1] as string);
    assert.deepEqual(doc, {
      clients: [
        {
          id: 'my-spa',
          name: 'my-spa',
          type: 'public',
          redirectUris: ['http://localhost:5173/callback'],
          corsOrigins: ['http://localhost:5173'],
        },
      ],
    });
    // What the page suggests is a valid file.
    assert.equal(parse(doc).length, 1);
  });
});
