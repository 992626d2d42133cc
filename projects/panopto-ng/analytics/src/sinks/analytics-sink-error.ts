import { PanoptoError } from 'panopto-ng/core';

/** What `PanoptoAnalyticsSinkError` carries besides the message. */
export interface PanoptoAnalyticsSinkErrorInit {
  /** The sink's `name`. */
  readonly sink: string;
  /** The HTTP status the backend answered; 0 when there was no answer (offline, DNS, CORS). */
  readonly status: number;
  /** The answer's `Retry-After` header, when it had one. */
  readonly retryAfter?: string | null;
  readonly cause?: unknown;
}

/**
 * A sink could not deliver a batch. `panoptoHttpSink()` rejects with it; custom sinks may too, so their
 * failures are retried by the same rule as the rest of panopto-ng: 429 (after `Retry-After`), 408, 5xx and
 * no answer (status 0) are retried, other statuses (a 400 the backend will never accept) drop the batch at
 * once. A sink that rejects with anything else is retried as if there was no answer.
 *
 * @example
 * ```ts
 * if (!res.ok) throw new PanoptoAnalyticsSinkError(`HTTP ${res.status}`, { sink: this.name, status: res.status });
 * ```
 */
export class PanoptoAnalyticsSinkError extends PanoptoError {
  readonly sink: string;
  readonly status: number;
  readonly retryAfter: string | null;

  constructor(message: string, init: PanoptoAnalyticsSinkErrorInit) {
    super(message, { code: 'analytics-sink-failed', ...('cause' in init ? { cause: init.cause } : {}) });
    this.name = 'PanoptoAnalyticsSinkError';
    this.sink = init.sink;
    this.status = init.status;
    this.retryAfter = init.retryAfter ?? null;
  }
}
