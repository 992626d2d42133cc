import {
  clockSleep,
  isAbortError,
  PanoptoClock,
  PanoptoRetryConfig,
  parseRetryAfter,
  retryDelay,
  retryReasonForStatus,
} from 'panopto-ng/core';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { UPLOAD_JITTER, UPLOAD_RETRY_RULE } from './retry-policy';
import { TransportRequest, TransportResponse, UploadNetworkError, UploadTransport } from './transport';

/**
 * Refreshes the access token after a 401/403 so the failed request can be sent again. Provide it through
 * `PANOPTO_UPLOAD_TOKEN_REFRESHER` (the auth entry point offers one); without it a 401 fails the upload.
 */
export interface UploadTokenRefresher {
  /** Resolves once requests sent from now on carry a fresh token; rejects when the user must sign in again. */
  refresh(): Promise<unknown>;
}

/** What the sender reports, for monitoring (`PanoptoEvents`) and for tests. */
export type UploadSendEvent =
  | { type: 'retry'; url: string; status: number; attempt: number; delayMs: number }
  | { type: 'refresh'; url: string; status: number };

export interface SendOptions {
  signal: AbortSignal;
  /** When set, each attempt takes a slot of this limiter (parts); backoff waits do not hold a slot. */
  limiter?: ConcurrencyLimiter;
  onUploadProgress?: (loaded: number) => void;
  /** Called before each attempt (progress of an earlier, failed attempt is discarded here). */
  onAttempt?: () => void;
}

/** A response with status 0 stands for "no HTTP response at all" (network error after the last attempt). */
export const NETWORK_FAILURE_STATUS = 0;

/**
 * Sends one request with the upload's retry rules: retryable failures back off (`Retry-After` honoured), a
 * 401/403 triggers one token refresh and an immediate resend, and anything else is returned for the caller
 * to classify. The request is built by a factory so a part's `Blob.slice` happens only when it is sent.
 */
export class RetryingSender {
  constructor(
    private readonly transport: UploadTransport,
    private readonly clock: PanoptoClock,
    private readonly retry: PanoptoRetryConfig,
    private readonly refresher: UploadTokenRefresher | null,
    private readonly random: () => number,
    private readonly onEvent: (event: UploadSendEvent) => void = () => undefined,
  ) {}

  async send(build: () => TransportRequest, options: SendOptions): Promise<TransportResponse> {
    let attempt = 0;
    let refreshed = false;
    for (;;) {
      attempt++;
      const request = build();
      let response: TransportResponse;
      try {
        const once = () => {
          options.onAttempt?.();
          return this.transport.send(request, { signal: options.signal, onUploadProgress: options.onUploadProgress });
        };
        response = await (options.limiter ? options.limiter.run(once, options.signal) : once());
      } catch (error) {
        if (isAbortError(error) || options.signal.aborted) throw error;
        if (!(error instanceof UploadNetworkError)) throw error;
        response = { status: NETWORK_FAILURE_STATUS, header: () => null, body: error.message };
      }
      const status = response.status;
      if (status >= 200 && status < 300) return response;
      if ((status === 401 || status === 403) && this.refresher && !refreshed) {
        refreshed = true;
        attempt--; // the refresh is not the request's fault; it keeps its retry budget
        this.onEvent({ type: 'refresh', url: request.url, status });
        await this.refresher.refresh();
        continue;
      }
      const reason = retryReasonForStatus(status, request.method, UPLOAD_RETRY_RULE);
      if (reason === null || attempt > this.retry.maxRetries) return response;
      const retryAfterMs = parseRetryAfter(response.header('Retry-After'), this.clock.now());
      const backoff = { ...this.retry, jitter: UPLOAD_JITTER };
      const { delayMs } = retryDelay(attempt, retryAfterMs, backoff, this.random);
      this.onEvent({ type: 'retry', url: request.url, status, attempt, delayMs });
      await clockSleep(this.clock, delayMs, options.signal);
    }
  }
}
