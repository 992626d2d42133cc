import { isLoopbackHost, PanoptoConfigError } from 'panopto-ng/core';
import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';
import { PanoptoAnalyticsSink } from './analytics-sink';
import { PanoptoAnalyticsSinkError } from './analytics-sink-error';

/** Options of `panoptoHttpSink()`. */
export interface PanoptoHttpSinkOptions {
  /**
   * Where batches are POSTed as JSON: an absolute https URL (http only on localhost) or a path on the app's own
   * origin such as `/api/engagement`.
   */
  url: string;
  /** Extra headers for normal sends (beacons cannot carry headers). Do not put secrets here: this is the browser. */
  headers?: Record<string, string>;
  /** `include` to send cookies cross-origin (your backend must allow credentials). Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Name in delivery stats. Default `http`. */
  name?: string;
  /** For tests: the `fetch` to use. Default the global one. */
  fetch?: typeof fetch;
  /** For tests: the `navigator.sendBeacon` to use. Default the global one, when there is one. */
  sendBeacon?: (url: string, data: BodyInit) => boolean;
}

/** Browsers refuse `keepalive` bodies above 64 KiB in total; stay under it with room for other requests. */
const KEEPALIVE_LIMIT_BYTES = 60 * 1024;

/**
 * POSTs batches to your backend: `fetch` normally (with `keepalive` when the body is small enough to survive a
 * page close), `navigator.sendBeacon` when the page is going away, falling back to `fetch(…, {keepalive: true})`
 * when the beacon is refused. A non-2xx answer or no answer rejects with a `PanoptoAnalyticsSinkError`: 429
 * (honouring `Retry-After`), 408, 5xx and no answer are retried, other statuses drop the batch.
 *
 * Beacons are sent as `text/plain` (a CORS-safelisted type, so no preflight is needed on a page that is closing);
 * the body is the same JSON either way, so parse the body as JSON whatever its content type.
 *
 * @example
 * ```ts
 * providePanoptoAnalytics({ sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })] });
 * ```
 */
export function panoptoHttpSink(options: PanoptoHttpSinkOptions): PanoptoAnalyticsSink {
  return new PanoptoHttpSink(options);
}

/** The class behind `panoptoHttpSink()`. */
export class PanoptoHttpSink implements PanoptoAnalyticsSink {
  readonly name: string;
  private readonly url: string;

  constructor(private readonly options: PanoptoHttpSinkOptions) {
    this.url = validateSinkUrl(options.url);
    this.name = options.name ?? 'http';
  }

  async send(batch: PanoptoAnalyticsBatch): Promise<void> {
    const body = JSON.stringify(batch);
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(this.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...this.options.headers },
        body,
        credentials: this.options.credentials ?? 'same-origin',
        keepalive: byteLength(body) <= KEEPALIVE_LIMIT_BYTES,
      });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new PanoptoAnalyticsSinkError(`${this.name} sink: ${this.url} could not be reached (${reason})`, {
        sink: this.name,
        status: 0,
        cause,
      });
    }
    if (!response.ok) {
      throw new PanoptoAnalyticsSinkError(`${this.name} sink: ${this.url} answered HTTP ${response.status}`, {
        sink: this.name,
        status: response.status,
        retryAfter: response.headers.get('Retry-After'),
      });
    }
  }

  sendOnUnload(batch: PanoptoAnalyticsBatch): boolean {
    const body = JSON.stringify(batch);
    const beacon = this.options.sendBeacon ?? globalBeacon();
    if (beacon && beacon(this.url, new Blob([body], { type: 'text/plain;charset=UTF-8' }))) return true;
    if (byteLength(body) > KEEPALIVE_LIMIT_BYTES) return false;
    const doFetch = this.options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
    if (!doFetch) return false;
    doFetch(this.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body,
      credentials: this.options.credentials ?? 'same-origin',
      keepalive: true,
    }).catch(() => undefined);
    return true;
  }
}

function globalBeacon(): ((url: string, data: BodyInit) => boolean) | undefined {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return nav && typeof nav.sendBeacon === 'function' ? (url, data) => nav.sendBeacon(url, data) : undefined;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A path on the app's origin, or an absolute https URL (http on loopback), without credentials. */
export function validateSinkUrl(url: unknown): string {
  if (typeof url !== 'string' || url.trim() === '') {
    throw new PanoptoConfigError('sinks[http].url', `is required: give where batches go, e.g. '/api/engagement'.`);
  }
  const value = url.trim();
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new PanoptoConfigError(
      'sinks[http].url',
      `must be a path such as '/api/engagement' or an https URL; got '${url}'.`,
    );
  }
  const ok = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
  if (!ok) throw new PanoptoConfigError('sinks[http].url', `must use https (http only on localhost); got '${url}'.`);
  if (parsed.username || parsed.password) {
    throw new PanoptoConfigError('sinks[http].url', `must not contain credentials; got '${url}'.`);
  }
  return parsed.href;
}
