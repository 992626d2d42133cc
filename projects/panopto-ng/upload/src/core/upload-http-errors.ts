import { describeApiError, readApiError } from 'panopto-ng/core';
import { isRetryableUploadStatus } from './retry-policy';
import { NETWORK_FAILURE_STATUS } from './retrying-sender';
import { xmlValue } from './s3-protocol';
import { TransportResponse } from './transport';
import { PanoptoUploadError, PanoptoUploadHttpError, PanoptoUploadStepError } from './upload-errors';

/*
 * How the answers of a failed request become the upload's errors. Panopto's REST answers carry its `APIError`
 * body (read by panopto-ng's one reader, `readApiError`); the S3 upload target answers with an XML `<Message>`.
 */

/** Panopto's `Error.Message`, or the upload target's S3 `<Message>`, when the body carries one. */
export function serverMessage(response: TransportResponse): string | null {
  const body = response.body ?? '';
  return readApiError(body)?.Message ?? xmlValue(body, 'Message');
}

/** What the server said, as a sentence to append (with a leading space), or '' when it said nothing. */
function serverSays(response: TransportResponse): string {
  const body = response.body ?? '';
  const panopto = describeApiError(readApiError(body));
  if (panopto) return panopto;
  const s3 = xmlValue(body, 'Message');
  return s3 ? ` Panopto said: ${s3}` : '';
}

/**
 * Returns when `response` is a 2xx; otherwise throws a `PanoptoUploadHttpError` saying which step (`what`)
 * failed and what to do. `retryable` (whether `retry()` can help) is true for the statuses the sender retries
 * (network, 408, 429, 5xx: retries were exhausted) and for 401 (after signing in again).
 */
export function expectOk(response: TransportResponse, what: string, url: string): void {
  const status = response.status;
  if (status >= 200 && status < 300) return;
  let message: string;
  if (status === NETWORK_FAILURE_STATUS)
    message = `${what} failed: the server could not be reached. Check the connection and retry.`;
  else if (status === 401) message = `${what} failed: your Panopto sign-in has expired. Sign in again, then retry.`;
  else if (status === 403) message = `${what} was refused (403 Forbidden).`;
  else if (status === 413) message = `${what} was refused as too large (HTTP 413).`;
  else message = `${what} failed with HTTP ${status}.`;
  throw new PanoptoUploadHttpError(
    message + serverSays(response),
    status,
    url,
    status === 401 || isRetryableUploadStatus(status),
  );
}

/** Any failure of a step as the upload's error: ours stay as they are, anything else is wrapped (retryable). */
export function toUploadError(error: unknown): PanoptoUploadError {
  if (error instanceof PanoptoUploadError) return error;
  return new PanoptoUploadStepError(
    `The upload failed: ${error instanceof Error ? error.message : String(error)}`,
    'upload',
    true,
    { cause: error },
  );
}
