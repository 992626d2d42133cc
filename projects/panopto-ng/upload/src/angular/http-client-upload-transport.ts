import {
  HttpClient,
  HttpErrorResponse,
  HttpEventType,
  HttpHeaders,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { abortError } from 'panopto-ng/core';
import {
  TransportOptions,
  TransportRequest,
  TransportResponse,
  UploadNetworkError,
  UploadTransport,
} from '../core/transport';

/**
 * The default transport: Angular's `HttpClient`, so the app's interceptors (the auth interceptor attaching
 * bearer tokens to the configured Panopto URLs only) see every request. Upload progress comes from
 * `reportProgress`; the engine subscribes outside the Angular zone, so progress events do not run change
 * detection.
 */
export class HttpClientUploadTransport implements UploadTransport {
  constructor(private readonly http: HttpClient) {}

  send(request: TransportRequest, options: TransportOptions): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      if (options.signal.aborted) return reject(abortError());
      const init = {
        headers: new HttpHeaders(request.headers ?? {}),
        reportProgress: !!options.onUploadProgress,
        responseType: 'text' as const,
      };
      const httpRequest = new HttpRequest<Blob | string | null>(
        request.method,
        request.url,
        request.body ?? null,
        init,
      );
      const onAbort = () => {
        subscription.unsubscribe();
        reject(abortError());
      };
      const subscription = this.http.request<string>(httpRequest).subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) options.onUploadProgress?.(event.loaded);
          else if (event instanceof HttpResponse) {
            options.signal.removeEventListener('abort', onAbort);
            resolve({ status: event.status, header: (name) => event.headers.get(name), body: event.body ?? '' });
          }
        },
        error: (error: unknown) => {
          options.signal.removeEventListener('abort', onAbort);
          if (error instanceof HttpErrorResponse && error.status !== 0) {
            resolve({
              status: error.status,
              header: (name) => error.headers.get(name),
              body: typeof error.error === 'string' ? error.error : error.error ? JSON.stringify(error.error) : '',
            });
          } else if (error instanceof HttpErrorResponse) {
            reject(new UploadNetworkError(`${request.method} ${request.url} failed without a response.`));
          } else {
            reject(error);
          }
        },
      });
      options.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
