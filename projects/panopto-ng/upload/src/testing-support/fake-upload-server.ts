/*
 * Test double of Panopto's upload endpoints as an `UploadTransport`: a stateful session upload + S3 multipart
 * server in memory. Specs script failures per request through `intercept`, and read what was sent in `log`.
 * Part bodies are never read (they may be slices of a fake 5 GB file); only their size is recorded.
 */
import { abortError } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import {
  TransportOptions,
  TransportRequest,
  TransportResponse,
  UploadNetworkError,
  UploadTransport,
} from '../core/transport';

export const FAKE_SERVER = 'https://tenant.example';
export const FAKE_REST = `${FAKE_SERVER}/Panopto/PublicAPI/REST`;
export const FOLDER_ID = '6a0b3f61-5a7c-4f0b-9f51-3a1c2d4e5f60';

export interface LoggedRequest {
  method: string;
  url: string;
  kind: 'create' | 'get' | 'finish' | 'delete' | 'initiate' | 'part' | 'list' | 'complete' | 'abort' | 'other';
  partNumber?: number;
  uploadId?: string;
  bodySize?: number;
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** What `intercept` may answer instead of the fake server: a response, a network failure, or "never answer". */
export type Interception =
  | { status: number; headers?: Record<string, string>; body?: string }
  | 'network-error'
  | 'hang'
  | undefined;

function response(status: number, body = '', headers: Record<string, string> = {}): TransportResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, body, header: (name) => lower[name.toLowerCase()] ?? null };
}

export class FakeUploadServer implements UploadTransport {
  readonly log: LoggedRequest[] = [];
  /** Requests in flight right now, and the most there ever were (parts only). */
  inFlightParts = 0;
  maxInFlightParts = 0;
  /** Return an interception to override the server's normal answer. */
  intercept: (request: LoggedRequest, attempt: number) => Interception | Promise<Interception> = () => undefined;
  /** Adds `Authorization` as the "interceptor" would; specs change it to simulate a refreshed token. */
  token = 'token-1';
  /** Processing ends in this state (4 Complete or 5 ProcessingError). */
  finalState = 4;
  finalMessage: string | null = null;
  omitEtag = false;
  readonly uploads = new Map<string, { State: number; SessionId: string | null; FolderId: string }>();
  readonly multiparts = new Map<string, Map<number, string>>();
  readonly manifests: string[] = [];
  private attempts = new Map<string, number>();
  private counter = 0;

  partsSent(): number[] {
    return this.log.filter((r) => r.kind === 'part').map((r) => r.partNumber as number);
  }

  count(kind: LoggedRequest['kind']): number {
    return this.log.filter((r) => r.kind === kind).length;
  }

  async send(request: TransportRequest, options: TransportOptions): Promise<TransportResponse> {
    const url = new URL(request.url);
    const q = url.searchParams;
    const isRest = url.pathname.toLowerCase().includes('/publicapi/rest/sessionupload');
    const kind: LoggedRequest['kind'] = isRest
      ? request.method === 'POST'
        ? 'create'
        : request.method === 'GET'
        ? 'get'
        : request.method === 'PUT'
        ? 'finish'
        : 'delete'
      : request.method === 'POST' && q.has('uploads')
      ? 'initiate'
      : request.method === 'PUT'
      ? 'part'
      : request.method === 'GET'
      ? 'list'
      : request.method === 'POST'
      ? 'complete'
      : request.method === 'DELETE'
      ? 'abort'
      : 'other';
    const body = request.body;
    const logged: LoggedRequest = {
      method: request.method,
      url: request.url,
      kind,
      partNumber: q.has('partNumber') ? Number(q.get('partNumber')) : undefined,
      uploadId: q.get('uploadId') ?? undefined,
      bodySize: body instanceof Blob ? body.size : typeof body === 'string' ? body.length : 0,
      headers: { ...request.headers, Authorization: `Bearer ${this.token}` },
      signal: options.signal,
    };
    this.log.push(logged);
    const key = `${kind}:${url.pathname}:${logged.partNumber ?? ''}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    if (kind === 'part') {
      this.inFlightParts++;
      this.maxInFlightParts = Math.max(this.maxInFlightParts, this.inFlightParts);
    }
    try {
      if (options.signal.aborted) throw abortError();
      const interception = await this.intercept(logged, attempt);
      if (interception === 'hang') {
        await new Promise((_resolve, reject) =>
          options.signal.addEventListener('abort', () => reject(abortError()), { once: true }),
        );
      }
      // Let other requests interleave, as real I/O would.
      await Promise.resolve();
      if (options.signal.aborted) throw abortError();
      if (interception === 'network-error') throw new UploadNetworkError('connection reset');
      if (interception && interception !== 'hang')
        return response(interception.status, interception.body ?? '', interception.headers ?? {});
      if (kind === 'part' && body instanceof Blob) options.onUploadProgress?.(body.size);
      return await this.answer(kind, url, request, logged);
    } finally {
      if (kind === 'part') this.inFlightParts--;
    }
  }

  private async answer(
    kind: LoggedRequest['kind'],
    url: URL,
    request: TransportRequest,
    logged: LoggedRequest,
  ): Promise<TransportResponse> {
    const id = url.pathname.split('/').pop() as string;
    switch (kind) {
      case 'create': {
        const ID = `0000000${++this.counter}-aaaa-4bbb-8ccc-000000000000`.slice(-36);
        const upload = { State: 0, SessionId: null, FolderId: JSON.parse(String(request.body)).FolderId };
        this.uploads.set(ID, upload);
        return response(201, JSON.stringify(this.body(ID)));
      }
      case 'get': {
        const upload = this.uploads.get(id);
        if (!upload) return response(404, '{"Error":{"Message":"not found"}}');
        if (upload.State === 1) Object.assign(upload, { State: 3, SessionId: 'f0000000-0000-4000-8000-000000000001' });
        else if (upload.State === 3) Object.assign(upload, { State: this.finalState });
        return response(200, JSON.stringify(this.body(id)));
      }
      case 'finish': {
        const upload = this.uploads.get(id);
        if (!upload) return response(404);
        upload.State = JSON.parse(String(request.body)).State;
        return response(200, JSON.stringify(this.body(id)));
      }
      case 'delete': {
        const upload = this.uploads.get(id);
        if (upload) upload.State = 2;
        return response(200, upload ? JSON.stringify(this.body(id)) : '');
      }
      case 'initiate': {
        const uploadId = `mp-${++this.counter}`;
        this.multiparts.set(uploadId, new Map());
        return response(
          200,
          `<InitiateMultipartUploadResult><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
        );
      }
      case 'part': {
        const parts = this.multiparts.get(logged.uploadId ?? '');
        if (!parts) return response(404, '<Error><Code>NoSuchUpload</Code></Error>');
        const etag = `"etag-${logged.uploadId}-${logged.partNumber}"`;
        parts.set(logged.partNumber as number, etag);
        if (decodeURIComponent(url.pathname).endsWith('.xml') && request.body instanceof Blob) {
          this.manifests.push(await request.body.text());
        }
        return response(200, '', this.omitEtag ? {} : { ETag: etag });
      }
      case 'list': {
        const parts = this.multiparts.get(logged.uploadId ?? '');
        if (!parts) return response(404, '<Error><Code>NoSuchUpload</Code></Error>');
        const xml = [...parts]
          .map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e.replace(/"/g, '&quot;')}</ETag></Part>`)
          .join('');
        return response(200, `<ListPartsResult>${xml}</ListPartsResult>`);
      }
      case 'complete': {
        const parts = this.multiparts.get(logged.uploadId ?? '');
        if (!parts) return response(404, '<Error><Code>NoSuchUpload</Code></Error>');
        this.multiparts.delete(logged.uploadId as string);
        return response(200, '<CompleteMultipartUploadResult><ETag>"x-1"</ETag></CompleteMultipartUploadResult>');
      }
      case 'abort':
        this.multiparts.delete(logged.uploadId ?? '');
        return response(204);
      default:
        return response(400);
    }
  }

  private body(ID: string) {
    const upload = this.uploads.get(ID) as { State: number; SessionId: string | null; FolderId: string };
    return {
      ID,
      FolderId: upload.FolderId,
      SessionId: upload.SessionId,
      UploadTarget: `${FAKE_SERVER}/Panopto/Upload/${ID}`,
      State: upload.State,
      MessageID: 0,
      Message: upload.State === 5 ? this.finalMessage : null,
    };
  }
}

/** A file of any size whose content cannot be read: only `slice` works, and slices record their ranges. */
export class UnreadableHugeFile {
  readonly type: string;
  readonly slices: Array<[number, number]> = [];
  constructor(
    readonly name: string,
    readonly size: number,
    readonly lastModified = 1_700_000_000_000,
    type = 'video/mp4',
  ) {
    this.type = type;
  }
  slice(start = 0, end = this.size): Blob {
    this.slices.push([start, end]);
    // A stand-in Blob of the right size would allocate the bytes; a tiny marker Blob is enough for the fake transport.
    const marker = new Blob([`${start}-${end}`]);
    Object.defineProperty(marker, 'size', { value: end - start });
    return marker;
  }
  arrayBuffer(): never {
    throw new Error('arrayBuffer() must never be called on an upload source');
  }
  text(): never {
    throw new Error('text() must never be called on an upload source');
  }
  stream(): never {
    throw new Error('stream() must never be called on an upload source');
  }
}

/**
 * panopto-ng's one fake clock (`FakePanoptoClock` from `panopto-ng/testing`) as the upload specs drive it, with
 * no time or timers of its own: it records every delay asked for in `delays`; `time` reads the clock, and
 * setting it `jump()`s the clock forward; with `autoAdvance` each timer fires on the next microtask at its due
 * time (`tick()` up to it), so backoff and polling run in virtual time without waiting.
 */
export class FakeClock extends FakePanoptoClock {
  readonly delays: number[] = [];

  constructor(private readonly autoAdvance = false) {
    super(1_700_000_000_000);
  }

  get time(): number {
    return this.now();
  }

  set time(value: number) {
    this.jump(value - this.now());
  }

  override setTimeout(callback: () => void, ms: number): () => void {
    this.delays.push(ms);
    let pending = true;
    const cancel = super.setTimeout(() => {
      pending = false;
      callback();
    }, ms);
    if (this.autoAdvance) {
      const due = this.now() + Math.max(0, ms);
      void Promise.resolve().then(() => {
        if (pending) this.tick(Math.max(0, due - this.now()));
      });
    }
    return () => {
      pending = false;
      cancel();
    };
  }
}

/** Waits until `condition` holds, flushing microtasks and macrotasks (real time, short). */
export async function until(condition: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 0));
  }
}
