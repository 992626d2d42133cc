// Integration: the upload engine in a real browser against the running emulator: real HTTP, the emulator's
// S3-compatible target and processing. A 200 MB generated file is uploaded while 20% of part requests fail
// (10% HTTP 503, 10% dropped connections) and the access token expires mid-upload; the emulator's stored object
// must be byte-identical to the source. The source's SHA-256 is computed in the browser with an incremental
// SHA-256 over the generator's bytes, read slice by slice (WebCrypto has no streaming digest); the emulator
// hashes the stored file on disk. Both are SHA-256 of the full 200 MB.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import {
  PANOPTO_UPLOAD_OPTIONS,
  PANOPTO_UPLOAD_RESUME_STORE,
  PANOPTO_UPLOAD_TOKEN_REFRESHER,
} from './angular/upload-tokens';
import { PanoptoUploadService } from './angular/panopto-upload.service';
import { MIB } from './core/part-plan';
import { MemoryResumeStore } from './core/resume-store';
import { generatedBlob, sha256OfBlob } from './testing-support/incremental-sha256';
import { emulatorUrl } from '../../testing-support/emulator';

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

describe('panopto-ng/upload against the emulator (integration)', () => {
  let emulator: string;
  let token = '';
  let refreshes = 0;

  const mint = async (expiresIn?: number) =>
    (
      await json<{ access_token: string }>(`${emulator}/__emulator/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'instructor', ...(expiresIn ? { expiresIn } : {}) }),
      })
    ).access_token;

  /** Stands in for the auth entry point's interceptor: the bearer token goes to the PublicAPI REST URLs only. */
  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/PublicAPI/REST/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    refreshes = 0;
    await json(`${emulator}/__emulator/uploads/config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"processingStepMs":50}',
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator }),
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        {
          provide: PANOPTO_UPLOAD_TOKEN_REFRESHER,
          useValue: {
            refresh: async () => {
              refreshes++;
              token = await mint();
            },
          },
        },
        {
          provide: PANOPTO_UPLOAD_OPTIONS,
          useValue: {
            partSize: 8 * MIB,
            pollIntervalMs: 100,
            retry: { maxAttempts: 12, initialDelayMs: 50, maxDelayMs: 1000 },
          },
        },
      ],
    });
  });

  afterEach(async () => {
    await fetch(`${emulator}/__emulator/faults`, { method: 'DELETE' });
  });

  it('uploads 200 MB through 20% failing parts and a token expiry; the stored object is byte-identical', async () => {
    const folders = await json<{ Results: Array<{ Id: string }> }>(
      `${emulator}/Panopto/api/v1/folders/creator?pageNumber=0`,
      {
        headers: { Authorization: `Bearer ${await mint()}` },
      },
    );
    const folderId = folders.Results[0].Id;
    const size = 200 * MIB + 12345;
    const file = new File([generatedBlob(size)], 'generated-200mb.mp4', { type: 'video/mp4', lastModified: 1 });
    const before = await json<{ faultsInjected: { error: number; drop: number } }>(`${emulator}/__emulator/metrics`);
    await json(`${emulator}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        seed: 42,
        errors: [{ route: '/Panopto/Upload/*', method: 'PUT', status: 503, rate: 0.1 }],
        drop: [{ route: '/Panopto/Upload/*', method: 'PUT', rate: 0.1 }],
      }),
    });
    token = await mint(1); // expires after a second: the finishing REST calls meet a 401

    const ref = TestBed.inject(PanoptoUploadService).start({ folderId, files: [file], title: 'Integration 200 MB' });
    const result = await ref.settled();
    expect(result.error).toBeNull();
    expect(result.phase).toBe('complete');
    expect(result.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refreshes).toBeGreaterThanOrEqual(1);

    const after = await json<{ faultsInjected: { error: number; drop: number } }>(`${emulator}/__emulator/metrics`);
    const injected =
      after.faultsInjected.error -
      before.faultsInjected.error +
      (after.faultsInjected.drop - before.faultsInjected.drop);
    expect(injected).withContext('faults were really injected').toBeGreaterThan(0);

    const stored = await json<{ sha256: string; size: number }>(
      `${emulator}/__emulator/uploads/${result.sessionUploadId}/${encodeURIComponent(file.name)}/sha256`,
    );
    expect(stored.size).toBe(size);
    expect(stored.sha256).toBe(await sha256OfBlob(file));
  }, 240_000);
});
