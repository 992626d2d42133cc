import { PanoptoError } from 'panopto-ng/core';

/**
 * What the engine needs from HTTP. Angular apps get an `HttpClient` implementation (so the auth interceptor
 * sees every request); other hosts (the benchmark, workers) can use the XMLHttpRequest one.
 *
 * Contract: any HTTP status resolves (the engine classifies it); a network failure rejects with
 * `UploadNetworkError`; an abort rejects with an error named `AbortError`.
 */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: Blob | string | null;
}

export interface TransportResponse {
  status: number;
  /** A response header, or null when absent or not readable (CORS hides headers that are not exposed). */
  header(name: string): string | null;
  body: string;
}

export interface TransportOptions {
  signal: AbortSignal;
  /** Bytes of the request body sent so far (only called for uploads that report progress). */
  onUploadProgress?: (loaded: number) => void;
}

export interface UploadTransport {
  send(request: TransportRequest, options: TransportOptions): Promise<TransportResponse>;
}

/** The request never got an HTTP response (connection refused or dropped, DNS, CORS rejection). Code `network`. */
export class UploadNetworkError extends PanoptoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause, code: 'network' });
    this.name = 'UploadNetworkError';
  }
}
