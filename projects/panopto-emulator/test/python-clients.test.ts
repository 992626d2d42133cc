// Panopto's documented OAuth flows from a real Python client (requests-oauthlib, as Panopto's samples use), over
// https with the emulator's generated certificate trusted through REQUESTS_CA_BUNDLE: the authorization-code
// flow on http://localhost:9127/redirect registered through the clients file, and the password grant of a
// User Based Server Application client. Skips (and says so) without Python and its modules.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../src/server.js';
import { startTestEmulator } from './helpers.js';
import { findPython, runPython } from './python/python.js';

const found = findPython(['requests_oauthlib', 'oauthlib', 'requests']);
const SCRIPT = new URL('./python/panopto_oauth_flows.py', import.meta.url).pathname;

describe('Python client (requests-oauthlib) over https', { skip: 'skip' in found ? found.skip : false }, () => {
  let emu: RunningEmulator;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-python-'));
    const clientsFile = join(dir, 'clients.json');
    writeFileSync(
      clientsFile,
      JSON.stringify({
        clients: [
          {
            id: 'python-samples',
            name: "Panopto's Python samples",
            type: 'server-side-web-application',
            secret: 'samples-secret',
            redirectUris: ['http://localhost:9127/redirect'],
          },
          { id: 'python-user-based', type: 'user-based-server-application', secret: 'user-based-secret' },
        ],
      }),
    );
    emu = await startTestEmulator({ clientsFile, https: { certDir: join(dir, 'tls') } });
  });
  after(async () => {
    await emu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in with the code flow and the password grant, refreshes, and calls REST', async () => {
    assert.ok(emu.url.startsWith('https://localhost:'), emu.url);
    const certFile = emu.certificate?.certFile as string;
    const run = await runPython(
      'python' in found ? found.python : 'python3',
      SCRIPT,
      [`localhost:${emu.port}`, 'python-samples', 'samples-secret', 'python-user-based', 'user-based-secret'],
      { REQUESTS_CA_BUNDLE: certFile },
    );
    assert.equal(run.status, 0, `python failed:\n${run.stderr}\n${run.stdout}`);
    const out = JSON.parse(run.stdout);
    assert.equal(out.code.has_refresh_token, true, 'offline_access gives a refresh token');
    assert.equal(out.code.expires_in, 3600);
    assert.ok(Array.isArray(out.code.search.Results), 'REST answered the code-flow token');
    assert.equal(out.code.refreshed, true);
    assert.ok(Array.isArray(out.code.after_refresh.Results));
    assert.equal(out.password.has_refresh_token, true);
    assert.ok(Array.isArray(out.password.search.Results), 'REST answered the password-grant token');
    assert.notEqual(out.password_with_code_client.status, 200, 'only User Based clients may use the password grant');
    assert.match(out.password_with_code_client.body.error, /unauthorized_client|invalid_request/);
    assert.equal(out.wrong_password.status, 400);
    assert.equal(out.wrong_password.body.error, 'invalid_grant');
  });
});
