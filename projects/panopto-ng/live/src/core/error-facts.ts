import { PanoptoApiError, readApiError } from 'panopto-ng/core';

/**
 * What the live entry point needs to know about a failed request, read structurally so that it works with the
 * core's `PanoptoApiError` (`status`, `apiError`, `body`) as well as a bare `HttpErrorResponse`
 * (`status`, `error` = the body). Panopto's `APIError` body is read by the core's `readApiError`.
 */
export interface ErrorFacts {
  readonly status: number | undefined;
  readonly errorCode: string | undefined;
  readonly serverMessage: string | undefined;
  /** The response body, when there was one. */
  readonly body: unknown;
}

type Loose = Record<string, unknown>;

function asObject(value: unknown): Loose | undefined {
  return typeof value === 'object' && value !== null ? (value as Loose) : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}

/** Reads status, Panopto's `ErrorCode`/`Message` and the body from any error a REST call can end with. */
export function errorFacts(error: unknown): ErrorFacts {
  const e = asObject(error) ?? {};
  const body = 'body' in e ? e['body'] : e['error'];
  const apiError = (error instanceof PanoptoApiError ? error.apiError : null) ?? readApiError(body);
  return {
    status: typeof e['status'] === 'number' ? (e['status'] as number) : undefined,
    errorCode: nonEmpty(apiError?.ErrorCode),
    serverMessage: nonEmpty(apiError?.Message),
    body,
  };
}

/** A short, human sentence for an error (its own message when it has one). */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const facts = errorFacts(error);
  if (facts.serverMessage) return facts.serverMessage;
  return facts.status ? `Panopto answered with HTTP ${facts.status}.` : 'The request failed.';
}
