import { APIErrorInternal } from '../models/common';

/**
 * Reads Panopto's `APIError` body (`{ Error: { ErrorCode, Message, Success, ErrorSource } }`), given as an object
 * or as JSON text; also the bare `{ Message }` that ASP.NET itself answers with for some failures before Panopto's
 * code runs (routing, model binding). Returns `null` when the body is anything else. The one reader of that body in
 * panopto-ng.
 *
 * @example
 * ```ts
 * const apiError = readApiError(httpErrorResponse.error);
 * if (apiError?.ErrorCode === 'FolderNotFound') { … }
 * ```
 */
export function readApiError(body: unknown): APIErrorInternal | null {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null) return null;
  const inner = (value as { Error?: unknown }).Error;
  const bare = (value as { Message?: unknown }).Message;
  if (inner === undefined && typeof bare === 'string') return { Message: bare, Success: false };
  if (typeof inner !== 'object' || inner === null) return null;
  const e = inner as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    ErrorCode: text(e['ErrorCode']),
    Message: text(e['Message']),
    Success: e['Success'] === true,
    ErrorSource: text(e['ErrorSource']),
  };
}

/**
 * What Panopto said, as a sentence to append to one of our messages: ` Panopto says: "…" (ErrorCode X,
 * ErrorSource Y).` with a leading space, or `''` when Panopto said nothing useful.
 *
 * @example
 * ```ts
 * throw new PanoptoApiError(`Renaming the folder failed.${describeApiError(readApiError(body))}`, { status });
 * ```
 */
export function describeApiError(apiError: APIErrorInternal | null | undefined): string {
  if (!apiError || (!apiError.Message && !apiError.ErrorCode)) return '';
  const details = [
    apiError.ErrorCode ? `ErrorCode ${apiError.ErrorCode}` : '',
    apiError.ErrorSource ? `ErrorSource ${apiError.ErrorSource}` : '',
  ].filter(Boolean);
  return ` Panopto says: "${apiError.Message ?? ''}"${details.length ? ` (${details.join(', ')})` : ''}.`;
}
