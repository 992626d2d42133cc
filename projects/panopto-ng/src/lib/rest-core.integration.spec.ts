// Integration: PanoptoApi in a real browser against the running emulator (real HTTP, real bearer tokens from
// the emulator's authorization server, Panopto's paths and APIError bodies). Faults are injected through
// /__emulator/faults on routes only this spec uses, and reset afterwards.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, toArray } from 'rxjs';
import { PanoptoApi } from './api/panopto-api';
import { providePanopto } from './config/provide-panopto';
import { PanoptoApiError, PanoptoAuthError } from 'panopto-ng/core';
import { PanoptoEvent } from './events/panopto-event';
import { PanoptoEvents } from './events/panopto-events';
import { ROOT_FOLDER_ID, isGuid } from 'panopto-ng/core';
import { emulatorUrl } from '../../testing-support/emulator';

async function post(url: string, body: unknown, method = 'POST'): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

describe('PanoptoApi against the emulator (integration)', () => {
  let emulator: string;
  let token: string | null;
  let api: PanoptoApi;
  let events: PanoptoEvent[];

  /** Stands in for panopto-ng/auth's interceptor: marks REST core requests with the bearer token. */
  const bearer: HttpInterceptorFn = (req, next) =>
    token && req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = (await post(`${emulator}/__emulator/tokens`, { username: 'instructor' }))['access_token'] as string;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        // Short backoff so the retry cases take milliseconds of real time.
        providePanopto({ serverUrl: emulator, retry: { initialDelayMs: 50, maxDelayMs: 2000 } }),
      ],
    });
    api = TestBed.inject(PanoptoApi);
    events = [];
    TestBed.inject(PanoptoEvents).events$.subscribe((e) => events.push(e));
  });

  afterEach(async () => {
    if (emulator) await fetch(`${emulator}/__emulator/faults`, { method: 'DELETE' });
  });

  it('lists the top-level folders with the swagger field names', async () => {
    const page = await firstValueFrom(api.folders.children(ROOT_FOLDER_ID, { sortField: 'Name' }));
    expect(page.Results.length).toBeGreaterThan(0);
    for (const folder of page.Results) {
      expect(isGuid(folder.Id)).withContext(folder.Id).toBeTrue();
      expect(typeof folder.Name).toBe('string');
      expect(folder.ParentFolder ?? null).toBeNull();
    }
    const names = page.Results.map((f) => f.Name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('streams every page of a folder tree level and completes', async () => {
    const top = await firstValueFrom(api.folders.allChildren(ROOT_FOLDER_ID).pipe(toArray()));
    const firstPage = await firstValueFrom(api.folders.children(ROOT_FOLDER_ID));
    expect(top.length).toBeGreaterThanOrEqual(firstPage.Results.length);
    const pages = events.filter((e) => e.type === 'request-start' && e.endpoint === 'GET /folders/{id}/children');
    expect(pages.length).toBeGreaterThanOrEqual(3); // ≥1 page with items + the empty page, + the single-page call
  });

  it('gets a folder by id and searches sessions', async () => {
    const [first] = (await firstValueFrom(api.folders.children(ROOT_FOLDER_ID))).Results;
    const folder = await firstValueFrom(api.folders.get(first.Id));
    expect(folder.Id).toBe(first.Id);
    const sessions = await firstValueFrom(api.sessions.search('a'));
    expect(Array.isArray(sessions.Results)).toBeTrue();
  });

  it('maps a missing token to PanoptoAuthError (401) with the APIError body', async () => {
    token = null;
    const error = await firstValueFrom(api.folders.children(ROOT_FOLDER_ID)).catch((e: unknown) => e);
    expect(error).toEqual(jasmine.any(PanoptoAuthError));
    expect((error as PanoptoAuthError).status).toBe(401);
    expect((error as PanoptoAuthError).errorCode).toBe('Unauthorized');
  });

  it('maps an unknown folder to a 404 PanoptoApiError', async () => {
    const error = await firstValueFrom(api.folders.get('0f0f0f0f-0000-4000-8000-000000000404')).catch(
      (e: unknown) => e,
    );
    expect(error).toEqual(jasmine.any(PanoptoApiError));
    expect((error as PanoptoApiError).status).toBe(404);
  });

  it('retries through a 503 and a 429 with Retry-After injected by the emulator', async () => {
    await post(`${emulator}/__emulator/faults`, {
      errors: [{ route: '/Panopto/api/v1/folders/creator', method: 'GET', status: 503, every: 1, count: 1 }],
      burst429: { route: '/Panopto/api/v1/sessions/inProgress/webcast', count: 1, retryAfterSeconds: 1 },
    });
    const creator = await firstValueFrom(api.folders.creator());
    expect(Array.isArray(creator.Results)).toBeTrue();
    const started = Date.now();
    const live = await firstValueFrom(api.sessions.inProgressWebcasts());
    expect(Array.isArray(live.Results)).toBeTrue();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const retries = events.filter((e): e is Extract<PanoptoEvent, { type: 'retry' }> => e.type === 'retry');
    expect(retries.map((r) => [r.endpoint, r.reason, r.fromRetryAfter])).toEqual([
      ['GET /folders/creator', 'server-error', false],
      ['GET /sessions/inProgress/webcast', 'rate-limited', true],
    ]);
  });
});
