import { HttpClient, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { NgZone } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoEvents, providePanopto } from 'panopto-ng';
import { MIB } from '../core/part-plan';
import { MemoryResumeStore } from '../core/resume-store';
import { PanoptoUploadValidationError } from '../core/upload-errors';
import {
  FakeClock,
  FakeUploadServer,
  FOLDER_ID,
  UnreadableHugeFile,
  until,
} from '../testing-support/fake-upload-server';
import { HttpClientUploadTransport } from './http-client-upload-transport';
import { PanoptoUploadService } from './panopto-upload.service';
import {
  PANOPTO_UPLOAD_CLOCK,
  PANOPTO_UPLOAD_OPTIONS,
  PANOPTO_UPLOAD_RESUME_STORE,
  PANOPTO_UPLOAD_TRANSPORT,
} from './upload-tokens';

describe('PanoptoUploadService', () => {
  it('works without the auth entry point and enters the Angular zone at most 10 times per second per upload', async () => {
    const server = new FakeUploadServer();
    const clock = new FakeClock(false);
    const transport = {
      send: (request: Parameters<FakeUploadServer['send']>[0], options: Parameters<FakeUploadServer['send']>[1]) => {
        if (request.method === 'PUT' && request.url.includes('partNumber=1&') && !request.url.includes('.xml')) {
          expect(NgZone.isInAngularZone()).withContext('upload work runs outside the zone').toBeFalse();
          for (let i = 1; i <= 2000; i++) {
            clock.time += 1; // 2000 progress events over two virtual seconds
            options.onUploadProgress?.(i * 1000);
          }
        }
        return server.send(request, options);
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: transport },
        { provide: PANOPTO_UPLOAD_CLOCK, useValue: clock },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { partSize: 5 * MIB } },
      ],
    });
    const zone = TestBed.inject(NgZone);
    const service = TestBed.inject(PanoptoUploadService);
    const ref = service.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 5 * MIB)] });
    // Count entries INTO the zone from outside (Angular's own re-entrant run() for change detection is not one).
    const original = zone.run.bind(zone);
    let entries = 0;
    spyOn(zone, 'run').and.callFake(<T>(fn: (...args: unknown[]) => T) => {
      if (!NgZone.isInAngularZone()) entries++;
      return original(fn);
    });
    const seen: number[] = [];
    ref.snapshots$.subscribe((s) => seen.push(s.percent));
    await until(() => clock.time - 1_700_000_000_000 >= 2000, 'the burst');
    expect(entries).toBeLessThanOrEqual(21); // ≤ 10 per virtual second, plus a phase change
    expect(entries).toBeGreaterThanOrEqual(10);
    expect(seen.length).toBe(entries + 1); // + the current value replayed on subscribe
    ref.pause();
  });

  it('enters the Angular zone for no snapshot of an upload nobody subscribes to', async () => {
    const server = new FakeUploadServer();
    const clock = new FakeClock(false);
    const transport = {
      send: (request: Parameters<FakeUploadServer['send']>[0], options: Parameters<FakeUploadServer['send']>[1]) => {
        if (request.method === 'PUT' && request.url.includes('partNumber=1&') && !request.url.includes('.xml')) {
          for (let i = 1; i <= 2000; i++) {
            clock.time += 1;
            options.onUploadProgress?.(i * 1000);
          }
        }
        return server.send(request, options);
      },
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: transport },
        { provide: PANOPTO_UPLOAD_CLOCK, useValue: clock },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { partSize: 5 * MIB } },
      ],
    });
    const zone = TestBed.inject(NgZone);
    const service = TestBed.inject(PanoptoUploadService);
    const original = zone.run.bind(zone);
    let entries = 0;
    spyOn(zone, 'run').and.callFake(<T>(fn: (...args: unknown[]) => T) => {
      if (!NgZone.isInAngularZone()) entries++;
      return original(fn);
    });
    const ref = service.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 5 * MIB)] });
    await until(() => clock.time - 1_700_000_000_000 >= 2000, 'the burst');
    expect(entries).toBe(0);
    // Whoever subscribes later still gets the latest snapshot at once.
    let latest = -1;
    ref.snapshots$.subscribe((s) => (latest = s.percent)).unsubscribe();
    expect(latest).toBeGreaterThan(0);
    ref.pause();
  });

  it('publishes upload-part and upload-state events on the PanoptoEvents stream', async () => {
    const server = new FakeUploadServer();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: server },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { partSize: 5 * MIB, pollIntervalMs: 1 } },
      ],
    });
    const seen: string[] = [];
    const events = TestBed.inject(PanoptoEvents);
    events.ofType('upload-part').subscribe((e) => seen.push(`part ${e.fileName} ${e.partNumber} ${e.bytes}`));
    events.ofType('upload-state').subscribe((e) => seen.push(`state ${e.state}`));
    const file = new UnreadableHugeFile('a.mp4', 6 * MIB);
    const ref = TestBed.inject(PanoptoUploadService).start({ folderId: FOLDER_ID, files: [file] });
    await ref.settled();
    expect(seen).toContain(`part a.mp4 1 ${5 * MIB}`);
    expect(seen).toContain(`part a.mp4 2 ${1 * MIB}`);
    expect(seen).toContain('state processing');
    expect(seen[seen.length - 1]).toBe('state complete');
  });

  it('validate() and start() refuse bad input before any request', () => {
    const server = new FakeUploadServer();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: server },
        { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { acceptedTypes: ['video/mp4'], acceptedExtensions: [] } },
      ],
    });
    const service = TestBed.inject(PanoptoUploadService);
    const webm = new UnreadableHugeFile('a.webm', 10, 1, 'video/webm');
    expect(service.validate({ folderId: FOLDER_ID, files: [webm] })[0].reason).toBe('type');
    expect(() => service.start({ folderId: FOLDER_ID, files: [webm] })).toThrowError(
      PanoptoUploadValidationError,
      /video\/mp4/,
    );
    expect(server.log.length).toBe(0);
  });

  it('upload() is cold: nothing is sent before subscribe, and unsubscribing cancels', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'part' ? 'hang' : undefined);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://tenant.example' }),
        { provide: PANOPTO_UPLOAD_TRANSPORT, useValue: server },
        { provide: PANOPTO_UPLOAD_RESUME_STORE, useValue: new MemoryResumeStore() },
      ],
    });
    const service = TestBed.inject(PanoptoUploadService);
    const upload$ = service.upload({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 6 * MIB)] });
    expect(server.log.length).toBe(0);
    const subscription = upload$.subscribe();
    await until(() => server.inFlightParts > 0, 'a part in flight');
    subscription.unsubscribe();
    await until(() => server.count('delete') === 1, 'cancel on unsubscribe');
    expect(server.count('abort')).toBe(1);
  });
});

describe('HttpClientUploadTransport', () => {
  let http: HttpTestingController;
  let transport: HttpClientUploadTransport;
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    transport = new HttpClientUploadTransport(TestBed.inject(HttpClient));
  });

  it('sends a part through HttpClient (interceptors apply), reports progress and exposes the ETag', async () => {
    const progress: number[] = [];
    const body = new Blob(['abc']);
    const pending = transport.send(
      { method: 'PUT', url: 'https://tenant.example/Panopto/Upload/x/a.mp4?partNumber=1&uploadId=u', body },
      { signal: new AbortController().signal, onUploadProgress: (n) => progress.push(n) },
    );
    const req = http.expectOne('https://tenant.example/Panopto/Upload/x/a.mp4?partNumber=1&uploadId=u');
    expect(req.request.body).toBe(body);
    expect(req.request.reportProgress).toBeTrue();
    req.event({ type: 1, loaded: 2, total: 3 });
    req.flush('', { headers: { ETag: '"abc"' } });
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.header('etag')).toBe('"abc"');
    expect(progress).toEqual([2]);
  });

  it('resolves HTTP errors with their status and rejects network failures and aborts', async () => {
    const error = transport.send(
      { method: 'GET', url: 'https://t.example/a' },
      { signal: new AbortController().signal },
    );
    http.expectOne('https://t.example/a').flush('{"Error":{"Message":"nope"}}', {
      status: 503,
      statusText: 'Unavailable',
      headers: { 'Retry-After': '3' },
    });
    const response = await error;
    expect(response.status).toBe(503);
    expect(response.header('Retry-After')).toBe('3');
    expect(response.body).toContain('nope');

    const network = transport.send(
      { method: 'GET', url: 'https://t.example/b' },
      { signal: new AbortController().signal },
    );
    http.expectOne('https://t.example/b').error(new ProgressEvent('error'));
    await expectAsync(network).toBeRejectedWith(jasmine.objectContaining({ name: 'UploadNetworkError' }));

    const controller = new AbortController();
    const aborted = transport.send({ method: 'GET', url: 'https://t.example/c' }, { signal: controller.signal });
    const req = http.expectOne('https://t.example/c');
    controller.abort();
    await expectAsync(aborted).toBeRejectedWith(jasmine.objectContaining({ name: 'AbortError' }));
    expect(req.cancelled).toBeTrue();
  });
});
