// URLs the emulator hands out follow the scheme and host the request came in on; PANOPTO_EMULATOR_HTTPS serves
// TLS with a certificate it generates once and reuses; DownloadUrl names what it serves; CaptionDownloadUrl is
// set when a session has captions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import type { RunningEmulator } from '../src/server.js';
import type { SessionRecord } from '../src/store/types.js';
import { mintToken, startTestEmulator } from './helpers.js';

function get(
  url: string,
  headers: Record<string, string>,
  ca?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = (url.startsWith('https:') ? httpsRequest : httpRequest)(url, { headers, ca }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('request-derived URLs (http)', () => {
  let emu: RunningEmulator;
  let token: string;
  let session: SessionRecord;
  before(async () => {
    emu = await startTestEmulator();
    token = await mintToken(emu, 'admin');
    session = [...emu.context.store.sessions.values()].find((s) => s.Media.kind === 'generated') as SessionRecord;
  });
  after(async () => emu?.close());

  it('answers a request to 127.0.0.1 with 127.0.0.1 URLs, and one to localhost with localhost URLs', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const origin = `http://${host}:${emu.port}`;
      const res = await get(`${origin}/Panopto/api/v1/sessions/${session.Id}`, { Authorization: `Bearer ${token}` });
      assert.equal(res.status, 200);
      const urls = JSON.parse(res.body).Urls as Record<string, string>;
      for (const name of ['ViewerUrl', 'EmbedUrl', 'ThumbnailUrl', 'DownloadUrl', 'CaptionDownloadUrl']) {
        assert.ok(urls[name].startsWith(`${origin}/`), `${name} ${urls[name]} starts with ${origin}`);
      }
    }
    const folderId = session.FolderId;
    const upload = await fetch(`http://127.0.0.1:${emu.port}/Panopto/PublicAPI/REST/sessionUpload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ FolderId: folderId }),
    });
    const body = (await upload.json()) as { UploadTarget: string };
    assert.match(body.UploadTarget, new RegExp(`^http://127\\.0\\.0\\.1:${emu.port}/Panopto/Upload/`));
  });

  it('ignores a malformed Host header (URLs keep the configured origin)', async () => {
    const res = await get(`${emu.url}/Panopto/api/v1/sessions/${session.Id}`, {
      Authorization: `Bearer ${token}`,
      Host: 'evil.example"><script>',
    });
    const urls = JSON.parse(res.body).Urls as Record<string, string>;
    assert.ok(urls['EmbedUrl'].startsWith(`${emu.url}/`), urls['EmbedUrl']);
  });

  it('CaptionDownloadUrl serves the captions as SubRip with the bearer token; DownloadUrl ends as its type', async () => {
    const res = await get(`${emu.url}/Panopto/api/v1/sessions/${session.Id}`, { Authorization: `Bearer ${token}` });
    const urls = JSON.parse(res.body).Urls as Record<string, string>;
    assert.match(urls['DownloadUrl'], /\.webm$/, 'the generated seed video is WebM');
    const srt = await get(urls['CaptionDownloadUrl'], { Authorization: `Bearer ${token}` });
    assert.equal(srt.status, 200);
    assert.match(String(srt.headers['content-type']), /application\/x-subrip/);
    assert.match(srt.body, /^1\n00:00:00,000 --> 00:00:04,000\n/);
    const mp4 = { ...session, Media: { kind: 'file' as const, path: 'lecture.mp4', contentType: 'video/mp4' } };
    assert.match(emu.context.media.downloadUrl(mp4), /\/Panopto\/Podcast\/Stream\/[0-9a-f-]+\.mp4$/);
    const none = { ...session, Media: { kind: 'none' as const } } as SessionRecord;
    assert.equal(emu.context.media.downloadUrl(none), '');
  });
});

describe('PANOPTO_EMULATOR_HTTPS', () => {
  let dir: string;
  let emu: RunningEmulator;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-tls-'));
    emu = await startTestEmulator({ https: { certDir: dir } });
  });
  after(async () => {
    await emu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves https with a certificate for localhost, 127.0.0.1 and ::1, and https URLs everywhere', async () => {
    const cert = emu.certificate;
    assert.ok(cert);
    assert.equal(emu.url, `https://localhost:${emu.port}`);
    const x509 = new X509Certificate(cert.cert);
    assert.ok(x509.checkHost('localhost') && x509.checkIP('127.0.0.1') && x509.checkIP('::1'));
    assert.ok(x509.ca, 'its own CA, so OpenSSL clients accept it as a trust anchor');
    const discovery = await get(`${emu.url}/Panopto/oauth2/.well-known/openid-configuration`, {}, cert.cert);
    const doc = JSON.parse(discovery.body) as Record<string, string>;
    assert.equal(doc['issuer'], `https://localhost:${emu.port}/Panopto/oauth2`);
    assert.equal(doc['token_endpoint'], `https://localhost:${emu.port}/Panopto/oauth2/connect/token`);
    const viaIp = await get(
      `https://127.0.0.1:${emu.port}/Panopto/oauth2/.well-known/openid-configuration`,
      {},
      cert.cert,
    );
    assert.equal(
      JSON.parse(viaIp.body)['token_endpoint'],
      `https://127.0.0.1:${emu.port}/Panopto/oauth2/connect/token`,
    );
    await assert.rejects(
      get(`${emu.url}/__emulator/metrics`, {}),
      /self-signed|certificate/i,
      'untrusted without the CA',
    );
  });

  it('reuses the certificate on the next start (trust once)', async () => {
    const again = await startTestEmulator({ https: { certDir: dir } });
    try {
      assert.equal(again.certificate?.spkiSha256, emu.certificate?.spkiSha256);
    } finally {
      await again.close();
    }
  });
});
