// Request/response plumbing for plain Node `http` objects (Express and Fastify's raw req/res are the same).
import type { IncomingMessage, ServerResponse } from 'node:http';

export class BrokerHttpError extends Error {
  constructor(readonly status: number, readonly error: string, readonly description: string) {
    super(description);
  }
}

/** A body over the limit: answered 413 with `Connection: close` (the rest of the body is never read). */
export class BodyTooLargeError extends BrokerHttpError {
  constructor(limit: number) {
    super(413, 'invalid_request', `The request body is larger than ${limit} bytes.`);
  }
}

/**
 * Reads at most `limit` bytes. A larger body (declared, or chunked and counted) is refused with
 * `BodyTooLargeError` before it is buffered; what still arrives is discarded, so the client reads the 413
 * instead of a reset connection.
 */
export async function readBody(req: IncomingMessage & { body?: unknown }, limit: number): Promise<string> {
  // Frameworks that parsed the body already (express.json()) leave it on req.body.
  if (req.body !== undefined && typeof req.body === 'object' && req.body !== null) return JSON.stringify(req.body);
  if (typeof req.body === 'string') return req.body;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new BodyTooLargeError(limit);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Parses a JSON object body; empty bodies are `{}`. */
export function parseJsonObject(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw.trim() === '') return {};
  if (!contentType || !/^application\/json\b/i.test(contentType)) {
    throw new BrokerHttpError(415, 'invalid_request', 'Send the body as application/json.');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BrokerHttpError(400, 'invalid_request', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BrokerHttpError(400, 'invalid_request', 'The body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** Reads one cookie from the Cookie header. */
export function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      try {
        return value ? decodeURIComponent(value) : null;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export interface CookieFlags {
  path: string;
  secure: boolean;
  maxAgeSeconds: number;
}

/** `Set-Cookie` for the refresh token: httpOnly, SameSite=Strict, path-scoped, Secure unless the app is loopback http. */
export function refreshCookie(name: string, value: string, flags: CookieFlags): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${flags.path}`,
    `Max-Age=${flags.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(flags.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedCookie(name: string, flags: Omit<CookieFlags, 'maxAgeSeconds'>): string {
  return [
    `${name}=`,
    `Path=${flags.path}`,
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'HttpOnly',
    'SameSite=Strict',
    ...(flags.secure ? ['Secure'] : []),
  ].join('; ');
}
