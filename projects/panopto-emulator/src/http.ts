// Response helpers shared by every route module: JSON bodies, Panopto's APIError shape, body reading with a
// size limit, so bad input becomes a Panopto-style 400 instead of a crash.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Panopto's error body: `{"Error":{"ErrorCode","Message","Success":false,"ErrorSource"}}`. */
export interface ApiErrorBody {
  Error: { ErrorCode: string; Message: string; Success: false; ErrorSource: string };
}

/** Thrown by handlers (or helpers such as {@link readJson}) and turned into an APIError response by the server. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'BadRequest'): HttpError => new HttpError(400, code, message);
export const notFound = (message: string): HttpError => new HttpError(404, 'NotFound', message);
export const forbidden = (message: string): HttpError => new HttpError(403, 'Forbidden', message);
export const unauthorized = (message: string): HttpError =>
  new HttpError(401, 'Unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="Panopto"' });

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

export function apiErrorBody(errorCode: string, message: string, source = 'PublicAPI'): ApiErrorBody {
  return { Error: { ErrorCode: errorCode, Message: message, Success: false, ErrorSource: source } };
}

export function sendApiError(
  res: ServerResponse,
  status: number,
  errorCode: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, apiErrorBody(errorCode, message), headers);
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(html);
}

/** Default upper bound of a JSON body (REST calls are small; uploads stream through their own routes). */
export const DEFAULT_JSON_LIMIT = 1024 * 1024;

/** Reads the whole body; rejects with 413 once more than `limit` bytes arrive. */
export function readBody(req: IncomingMessage, limit = DEFAULT_JSON_LIMIT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new HttpError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

/** Reads and parses a JSON object body; malformed JSON or a non-object becomes a Panopto-style 400. */
export async function readJson(req: IncomingMessage, limit = DEFAULT_JSON_LIMIT): Promise<Record<string, unknown>> {
  const raw = (await readBody(req, limit)).toString('utf8');
  if (raw.trim() === '')
    throw badRequest('The request body is empty; a JSON object was expected.', 'InvalidRequestBody');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw badRequest(`The request body is not valid JSON: ${(err as Error).message}`, 'InvalidRequestBody');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('The request body must be a JSON object.', 'InvalidRequestBody');
  }
  return parsed as Record<string, unknown>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** Validates a GUID parameter and returns it lower-cased (store keys are lower-case). */
export function requireGuid(value: string | undefined | null, name: string): string {
  if (!isGuid(value))
    throw badRequest(
      `'${name}' must be a GUID such as 00000000-0000-0000-0000-000000000000; got '${value ?? ''}'.`,
      'InvalidId',
    );
  return value.toLowerCase();
}

/** A Host header value: a DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const HOST_HEADER =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin a request came in on: `https` when it arrived over TLS, and its Host header when well formed (anything
 * else falls back to `fallback`, so a forged header never reaches a URL the emulator hands out).
 */
export function requestOrigin(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  if (typeof host !== 'string' || !HOST_HEADER.test(host)) return fallback;
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  return `${scheme}://${host.toLowerCase()}`;
}
