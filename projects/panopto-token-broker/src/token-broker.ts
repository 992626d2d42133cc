// createTokenBroker(): one request handler for Node's http, Express or Fastify (raw req/res).
//
//   POST {basePath}/token    { code, code_verifier, redirect_uri } → { access_token, expires_in, id_token_claims } + cookie
//   POST {basePath}/refresh  (cookie)                              → { access_token, expires_in, id_token_claims? } + rotated cookie
//   POST {basePath}/logout   (cookie)                              → 204, refresh token revoked, cookie cleared
//
// The refresh token only ever travels between the broker and Panopto, and in an httpOnly cookie.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BrokerHttpError,
  clearedCookie,
  parseJsonObject,
  readBody,
  readCookie,
  refreshCookie,
  sendJson,
} from './http-helpers.js';
import { isLoopback, resolveOptions, type TokenBrokerOptions } from './options.js';
import { PanoptoOAuth, idTokenClaims, type UpstreamTokens } from './panopto-oauth.js';

export type { TokenBrokerOptions } from './options.js';
export { TokenBrokerConfigError } from './options.js';

/** `(req, res, next?)`: calls `next()` for paths that aren't the broker's (middleware use), else answers 404. */
export type TokenBrokerHandler = (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => void;

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://broker.invalid').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const ROUTES = ['token', 'refresh', 'logout'] as const;
type Route = (typeof ROUTES)[number];

/**
 * Creates the broker. Options are validated at once (a `TokenBrokerConfigError` names the bad option).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * const broker = createTokenBroker({ panoptoServerUrl: 'https://myuni.hosted.panopto.com', clientId: 'id',
 *   clientSecret: process.env.PANOPTO_BROKER_CLIENT_SECRET!, allowedOrigins: ['https://app.example.edu'] });
 * createServer(broker).listen(4400);            // or: app.use('/panopto-broker', broker) with basePath '/panopto-broker'
 * ```
 */
export function createTokenBroker(options: TokenBrokerOptions): TokenBrokerHandler {
  const o = resolveOptions(options);
  const oauth = new PanoptoOAuth(o);
  const cookiePath = o.basePath || '/';

  function routeOf(req: IncomingMessage): Route | null {
    const path = pathOf(req.url);
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    for (const route of ROUTES) {
      if (path === `${o.basePath}/${route}`) return route;
      // Express strips its mount path from req.url (app.use('/prefix', broker)); check the full URL then.
      if (original && path === `/${route}` && pathOf(original) === `${o.basePath}/${route}`) return route;
    }
    return null;
  }

  function secureFor(req: IncomingMessage): boolean {
    if (o.secureCookie !== 'auto') return o.secureCookie;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return !isLoopback(host);
  }

  function corsHeaders(res: ServerResponse, origin: string): void {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }

  function setTokenCookie(req: IncomingMessage, res: ServerResponse, refreshToken: string | undefined): void {
    if (!refreshToken) return;
    res.setHeader(
      'Set-Cookie',
      refreshCookie(o.cookieName, refreshToken, {
        path: cookiePath,
        secure: secureFor(req),
        maxAgeSeconds: o.cookieMaxAgeSeconds,
      }),
    );
  }

  function clearCookie(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Set-Cookie', clearedCookie(o.cookieName, { path: cookiePath, secure: secureFor(req) }));
  }

  async function browserResponse(tokens: UpstreamTokens): Promise<Record<string, unknown>> {
    const { issuer } = await oauth.endpoints();
    const expiresIn = Number(tokens.expires_in) > 0 ? Number(tokens.expires_in) : 300;
    return {
      access_token: tokens.access_token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      expires_at: Date.now() + expiresIn * 1000,
      ...(tokens.scope ? { scope: tokens.scope } : {}),
      ...(tokens.id_token
        ? { id_token_claims: idTokenClaims(tokens.id_token, { issuer, clientId: o.clientId, nowMs: Date.now() }) }
        : {}),
    };
  }

  function checkRedirectUri(value: string): void {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new BrokerHttpError(400, 'invalid_request', '`redirect_uri` is not a valid URL.');
    }
    const allowed = o.allowedRedirectUris
      ? o.allowedRedirectUris.includes(value)
      : o.allowedOrigins.includes(url.origin);
    if (!allowed) throw new BrokerHttpError(400, 'invalid_request', '`redirect_uri` is not one this broker accepts.');
  }

  async function handleRoute(route: Route, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseJsonObject(await readBody(req, o.maxBodyBytes), req.headers['content-type']);
    if (route === 'token') {
      const { code, code_verifier: verifier, redirect_uri: redirectUri } = body;
      if (typeof code !== 'string' || code === '' || code.length > 2048) {
        throw new BrokerHttpError(400, 'invalid_request', '`code` is required (a string of at most 2048 characters).');
      }
      if (typeof verifier !== 'string' || !VERIFIER.test(verifier)) {
        throw new BrokerHttpError(
          400,
          'invalid_request',
          '`code_verifier` must be 43–128 unreserved characters (RFC 7636).',
        );
      }
      if (typeof redirectUri !== 'string')
        throw new BrokerHttpError(400, 'invalid_request', '`redirect_uri` is required.');
      checkRedirectUri(redirectUri);
      const tokens = await oauth.token({
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: redirectUri,
      });
      setTokenCookie(req, res, tokens.refresh_token);
      sendJson(res, 200, await browserResponse(tokens));
      return;
    }
    const refreshToken = readCookie(req, o.cookieName);
    if (route === 'refresh') {
      if (!refreshToken)
        throw new BrokerHttpError(401, 'invalid_grant', 'No session: there is no refresh-token cookie.');
      try {
        const tokens = await oauth.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
        setTokenCookie(req, res, tokens.refresh_token);
        sendJson(res, 200, await browserResponse(tokens));
      } catch (e) {
        if (e instanceof BrokerHttpError && e.status === 401) clearCookie(req, res);
        throw e;
      }
      return;
    }
    // logout
    const revoked = refreshToken ? await oauth.revoke(refreshToken, 'refresh_token') : true;
    clearCookie(req, res);
    if (!revoked)
      throw new BrokerHttpError(
        502,
        'temporarily_unavailable',
        'The cookie was cleared but Panopto did not confirm the revocation.',
      );
    res.statusCode = 204;
    res.setHeader('Cache-Control', 'no-store');
    res.end();
  }

  return (req, res, next) => {
    const route = routeOf(req);
    if (!route) {
      if (next) next();
      else sendJson(res, 404, { error: 'not_found', error_description: 'Unknown broker route.' });
      return;
    }
    const started = Date.now();
    res.on('finish', () => o.log(`${req.method} ${route} ${res.statusCode} ${Date.now() - started}ms`));
    const origin = req.headers.origin;
    const allowed = typeof origin === 'string' && o.allowedOrigins.includes(origin);
    if (allowed) corsHeaders(res, origin);
    if (req.method === 'OPTIONS') {
      if (!allowed) {
        sendJson(res, 403, { error: 'origin_not_allowed', error_description: 'This origin may not call the broker.' });
        return;
      }
      res.statusCode = 204;
      res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      res.end();
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST, OPTIONS');
      sendJson(res, 405, { error: 'invalid_request', error_description: 'Use POST.' });
      return;
    }
    // Origin check on every POST: with SameSite=Strict this stops cross-site request forgery of /refresh.
    if (!allowed) {
      req.resume();
      sendJson(res, 403, { error: 'origin_not_allowed', error_description: 'Missing or unknown Origin header.' });
      return;
    }
    handleRoute(route, req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof BrokerHttpError) {
        sendJson(res, e.status, { error: e.error, error_description: e.description });
      } else {
        o.log(`${req.method} ${route} failed: ${(e as Error)?.name ?? 'Error'}`);
        sendJson(res, 500, { error: 'server_error', error_description: 'The broker hit an unexpected error.' });
      }
    });
  };
}
