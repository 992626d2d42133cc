import { abortError } from 'panopto-ng/core';
import {
  TransportOptions,
  TransportRequest,
  TransportResponse,
  UploadNetworkError,
  UploadTransport,
} from './transport';

/**
 * `UploadTransport` over XMLHttpRequest, for hosts without Angular's HttpClient (workers, the benchmark).
 * `authorize` may add headers (e.g. a bearer token) to the URLs it chooses; return `{}` for the others.
 */
export class XhrUploadTransport implements UploadTransport {
  constructor(private readonly authorize: (url: string) => Record<string, string> = () => ({})) {}

  send(request: TransportRequest, options: TransportOptions): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      if (options.signal.aborted) return reject(abortError());
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      const headers = { ...request.headers, ...this.authorize(request.url) };
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      const onAbort = () => xhr.abort();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => options.signal.removeEventListener('abort', onAbort);
      if (options.onUploadProgress && xhr.upload) {
        const report = options.onUploadProgress;
        xhr.upload.onprogress = (event) => report(event.loaded);
      }
      xhr.onload = () => {
        cleanup();
        resolve({ status: xhr.status, header: (name) => xhr.getResponseHeader(name), body: xhr.responseText });
      };
      xhr.onerror = () => {
        cleanup();
        reject(new UploadNetworkError(`${request.method} ${request.url} failed without a response.`));
      };
      xhr.ontimeout = xhr.onerror;
      xhr.onabort = () => {
        cleanup();
        reject(abortError());
      };
      xhr.send(request.body ?? null);
    });
  }
}
