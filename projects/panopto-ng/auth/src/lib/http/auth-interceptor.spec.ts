import {
  HTTP_INTERCEPTORS,
  HttpClient,
  HttpContext,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptorsFromDi,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_REQUEST, providePanopto } from 'panopto-ng';
import {
  PANOPTO_AUTH_RETRIED,
  PANOPTO_SKIP_AUTH,
  PanoptoAuthInterceptor,
  panoptoAuthInterceptor,
} from './auth-interceptor';
import { withInterceptors } from '@angular/common/http';
import {
  API,
  ENDPOINTS,
  FakeIdp,
  SERVER,
  answerRefresh,
  createKit,
  isTokenRequest,
  settle,
  signIn,
  waitForRequests,
} from '../testing-support/auth-test-kit';

describe('panoptoAuthInterceptor', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  it('five parallel 401s cause one token request and five retries with the new token', async () => {
    const kit = createKit();
    await signIn(kit, idp, { access: 'old', refresh: 'r1' });
    const http = TestBed.inject(HttpClient);
    const results: unknown[] = [];
    for (let i = 0; i < 5; i++) http.get(`${API}/sessions/${i}`).subscribe((b) => results.push(b));
    const first = await waitForRequests(kit.http, (r) => r.url.startsWith(API), 5);
    expect(first.every((r) => r.request.headers.get('Authorization') === 'Bearer old')).toBeTrue();
    first.forEach((r) => r.flush(null, { status: 401, statusText: 'Unauthorized' }));
    await answerRefresh(kit, idp, 'new', 'r2');
    const retried = await waitForRequests(kit.http, (r) => r.url.startsWith(API), 5);
    expect(retried.map((r) => r.request.headers.get('Authorization'))).toEqual(Array(5).fill('Bearer new'));
    expect(retried.every((r) => r.request.context.get(PANOPTO_AUTH_RETRIED))).toBeTrue();
    retried.forEach((r, i) => r.flush({ Id: i }));
    await settle(5);
    kit.http.expectNone(isTokenRequest);
    expect(results.length).toBe(5);
    expect(kit.events.filter((e) => e.type === 'tokenRefreshed').length).toBe(1);
  });

  it('a retried request that gets 401 again fails with that 401 and does not refresh again (no loop)', async () => {
    const kit = createKit();
    await signIn(kit, idp, { access: 'old' });
    let error: HttpErrorResponse | undefined;
    TestBed.inject(HttpClient)
      .get(`${API}/folders/1`)
      .subscribe({ error: (e) => (error = e) });
    (await waitForRequests(kit.http, (r) => r.url.startsWith(API)))[0].flush(null, {
      status: 401,
      statusText: 'Unauthorized',
    });
    await answerRefresh(kit, idp, 'new', 'r2');
    (await waitForRequests(kit.http, (r) => r.url.startsWith(API)))[0].flush(null, {
      status: 401,
      statusText: 'Unauthorized',
    });
    await settle(10);
    expect(error?.status).toBe(401);
    kit.http.expectNone(isTokenRequest);
    kit.http.expectNone((r) => r.url.startsWith(API));
  });

  it('when the refresh itself is refused, the original request errors with its 401 after exactly one attempt', async () => {
    const kit = createKit();
    await signIn(kit, idp, { access: 'old' });
    let error: HttpErrorResponse | undefined;
    TestBed.inject(HttpClient)
      .get(`${API}/folders/1`)
      .subscribe({ error: (e) => (error = e) });
    (await waitForRequests(kit.http, (r) => r.url.startsWith(API)))[0].flush(null, {
      status: 401,
      statusText: 'Unauthorized',
    });
    const [token] = await waitForRequests(kit.http, isTokenRequest);
    expect(token.request.headers.has('Authorization')).toBeFalse();
    token.flush({ error: 'invalid_client' }, { status: 401, statusText: 'Unauthorized' });
    await settle(10);
    expect(error?.status).toBe(401);
    expect(error?.url).toContain('/folders/1');
    kit.http.expectNone(isTokenRequest);
    expect(kit.events.map((e) => e.type)).toContain('sessionExpired');
  });

  const neverSent = [
    'https://tenant.hosted.panopto.com.evil.example/Panopto/api/v1/folders',
    `${SERVER}/Panopto/apiX/folders`,
    'https://cdn.example.net/lib.js',
    `${SERVER}/Panopto/Pages/Viewer.aspx`,
  ];
  for (const url of neverSent) {
    it(`never sends the token to ${url}`, async () => {
      const kit = createKit();
      await signIn(kit, idp);
      TestBed.inject(HttpClient).get(url).subscribe();
      const [req] = await waitForRequests(kit.http, (r) => r.url === url);
      expect(req.request.headers.has('Authorization')).toBeFalse();
    });
  }

  it('sends the token to the PublicAPI REST base and to configured extra bases, and honours PANOPTO_SKIP_AUTH', async () => {
    const kit = createKit({ auth: { allowedUrls: ['https://upload.example.edu/Panopto/Upload'] } });
    await signIn(kit, idp, { access: 'at' });
    const http = TestBed.inject(HttpClient);
    const urls = [`${SERVER}/Panopto/PublicAPI/REST/sessionUpload`, 'https://upload.example.edu/Panopto/Upload/x/1'];
    urls.forEach((u) => http.get(u, { context: new HttpContext().set(PANOPTO_REQUEST, true) }).subscribe());
    http.get(`${API}/folders`, { context: new HttpContext().set(PANOPTO_SKIP_AUTH, true) }).subscribe();
    for (const u of urls)
      expect((await waitForRequests(kit.http, (r) => r.url === u))[0].request.headers.get('Authorization')).toBe(
        'Bearer at',
      );
    expect(
      (await waitForRequests(kit.http, (r) => r.url === `${API}/folders`))[0].request.headers.has('Authorization'),
    ).toBeFalse();
  });

  it('sends requests without a token while signed out, and a 401 then emits loginRequired', async () => {
    const kit = createKit();
    let status = 0;
    TestBed.inject(HttpClient)
      .get(`${API}/folders`)
      .subscribe({ error: (e: HttpErrorResponse) => (status = e.status) });
    const [req] = await waitForRequests(kit.http, (r) => r.url === `${API}/folders`);
    expect(req.request.headers.has('Authorization')).toBeFalse();
    req.flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle(2);
    expect(status).toBe(401);
    expect(kit.events.map((e) => e.type)).toEqual(['loginRequired']);
    kit.http.expectNone(isTokenRequest);
  });

  it('with sendAccessToken: false attaches nothing, even to the API base', async () => {
    const kit = createKit({ auth: { sendAccessToken: false } });
    await signIn(kit, idp);
    TestBed.inject(HttpClient).get(`${API}/folders`).subscribe();
    expect(
      (await waitForRequests(kit.http, (r) => r.url === `${API}/folders`))[0].request.headers.has('Authorization'),
    ).toBeFalse();
  });

  it('without providePanoptoAuth() passes every request through untouched', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
        provideHttpClientTesting(),
        providePanopto({ serverUrl: SERVER }),
      ],
    });
    TestBed.inject(HttpClient).get(`${API}/folders`).subscribe();
    const req = TestBed.inject(HttpTestingController).expectOne(`${API}/folders`);
    expect(req.request.headers.has('Authorization')).toBeFalse();
  });

  it('token and JWKS calls bypass interceptors (HttpBackend): an app interceptor never sees them', async () => {
    const seen: string[] = [];
    const kit = createKit({
      appInterceptors: [
        (req, next) => {
          seen.push(req.url);
          return next(req);
        },
      ],
    });
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    await answerRefresh(kit, idp, 'x', 'y');
    await refresh;
    TestBed.inject(HttpClient).get(`${API}/folders`).subscribe();
    await waitForRequests(kit.http, (r) => r.url === `${API}/folders`);
    expect(seen).toEqual([`${API}/folders`]);
    expect(seen).not.toContain(ENDPOINTS.token);
  });
});

describe('PanoptoAuthInterceptor (class, HTTP_INTERCEPTORS)', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  it('behaves like the functional one: attaches, refreshes once on 401 and retries', async () => {
    const kit = createKit({
      interceptors: false,
      extraProviders: [
        provideHttpClient(withInterceptorsFromDi()),
        provideHttpClientTesting(),
        { provide: HTTP_INTERCEPTORS, useClass: PanoptoAuthInterceptor, multi: true },
      ],
    });
    await signIn(kit, idp, { access: 'old' });
    const http = TestBed.inject(HttpClient);
    const got: unknown[] = [];
    http.get(`${API}/a`).subscribe((b) => got.push(b));
    http.get(`${API}/b`).subscribe((b) => got.push(b));
    const first = await waitForRequests(kit.http, (r) => r.url.startsWith(API), 2);
    expect(first.map((r) => r.request.headers.get('Authorization'))).toEqual(['Bearer old', 'Bearer old']);
    first.forEach((r) => r.flush(null, { status: 401, statusText: 'Unauthorized' }));
    await answerRefresh(kit, idp, 'new', 'r2');
    const retried = await waitForRequests(kit.http, (r) => r.url.startsWith(API), 2);
    expect(retried.map((r) => r.request.headers.get('Authorization'))).toEqual(['Bearer new', 'Bearer new']);
    retried.forEach((r) => r.flush({}));
    expect(got.length).toBe(2);
    TestBed.inject(HttpClient).get('https://tenant.hosted.panopto.com.evil.example/Panopto/api/v1/x').subscribe();
    expect(
      (await waitForRequests(kit.http, (r) => r.url.includes('evil')))[0].request.headers.has('Authorization'),
    ).toBeFalse();
  });
});
