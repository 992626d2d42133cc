// `npm run emulator` (src/main.ts): banner with URLs, accounts and clients; serves; stops cleanly on SIGTERM/SIGINT.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function startCli(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 90_000);
    child.stdout.on('data', () => {
      if (out.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      resolve(out);
    });
  });
  return { child, banner, exited, output: () => out };
}

describe('CLI', { concurrency: true }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints URLs, accounts and clients, serves, and stops cleanly on ${signal}`, async () => {
      const cli = startCli({ PANOPTO_EMULATOR_PORT: '0', PANOPTO_EMULATOR_DATA: '' });
      const banner = await cli.banner;
      const url = /running at (http:\/\/localhost:\d+)/.exec(banner)?.[1];
      assert.ok(url, banner);
      for (const text of [
        'instructor/instructor',
        'student/student',
        'admin/admin',
        'panopto-ng-demo',
        'panopto-ng-broker',
        '/Panopto/oauth2',
        '/Panopto/api/v1',
        '/__emulator/metrics',
      ]) {
        assert.ok(banner.includes(text), `banner mentions ${text}`);
      }
      const port = url.split(':')[2];
      assert.equal((await fetch(`http://127.0.0.1:${port}/__emulator/metrics`)).status, 200);
      assert.equal((await fetch(`${url}/Panopto/oauth2/.well-known/openid-configuration`)).status, 200);
      cli.child.kill(signal);
      assert.equal(await cli.exited, 0);
      assert.match(cli.output(), new RegExp(`${signal}: stopping`));
    });
  }

  it('refuses a bad port with a clear message', async () => {
    const cli = startCli({ PANOPTO_EMULATOR_PORT: 'http' });
    assert.equal(await cli.exited, 2);
    assert.match(cli.output(), /PANOPTO_EMULATOR_PORT must be a port number/);
  });

  it('refuses a broken clients file, naming the file and the field', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
    const file = join(dir, 'clients.json');
    writeFileSync(file, JSON.stringify({ clients: [{ id: 'app', type: 'public', redirectUris: ['/callback'] }] }));
    try {
      const cli = startCli({ PANOPTO_EMULATOR_PORT: '0', PANOPTO_EMULATOR_CLIENTS: file });
      assert.equal(await cli.exited, 2);
      assert.ok(
        cli.output().includes(`${file}: clients[0].redirectUris[0]: must be an absolute http or https URL`),
        cli.output(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a PANOPTO_EMULATOR_HTTPS that is not 0 or 1', async () => {
    const cli = startCli({ PANOPTO_EMULATOR_PORT: '0', PANOPTO_EMULATOR_HTTPS: 'yes' });
    assert.equal(await cli.exited, 2);
    assert.match(cli.output(), /PANOPTO_EMULATOR_HTTPS must be 1/);
  });
});
