// createTokenBroker(): one request handler for Node's http, Express or Fastify (raw req/res).
//
//   POST {basePath}/token    { code, code_verifier, redirect_uri, nonce } → { access_token, expires_in, id_token_claims } + cookie
//   POST {basePath}/refresh  (cookie)                                     → { access_token, expires_in, id_token_claims? } + rotated cookie
//   POST {basePath}/logout   (cookie) { access_token? }                   → 204, both tokens revoked, cookie cleared
//
// The refresh token only ever travels between the broker and Panopto, and in an httpOnly cookie. ID tokens are
// verified (signature against the tenant's JWKS, issuer, audience, expiry, nonce) before their claims go out.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BodyTooLargeError,
  BrokerHttpError,
  clearedCookie,
  parseJsonObject,
  readBody,
  readCookie,
  refreshCookie,
  sendJson,
} from './http-helpers.js';
import { resolveOptions, type TokenBrokerOptions } from './options.js';
import { IdTokenRejected, IdTokenVerifier } from './id-token.js';
import { PanoptoOAuth, type UpstreamTokens } from './panopto-oauth.js';

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
/** A nonce as the library makes them (base64url), with room for other clients' printable ones. */
const NONCE = /^[\x21-\x7e]{8,256}$/;
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
  const idTokens = new IdTokenVerifier(o.upstreamTimeoutMs);
  const cookieFlags = { path: o.cookiePath, secure: o.secureCookie };

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

  function corsHeaders(res: ServerResponse, origin: string): void {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }

  function setTokenCookie(res: ServerResponse, refreshToken: string): void {
    res.setHeader(
      'Set-Cookie',
      refreshCookie(o.effectiveCookieName, refreshToken, { ...cookieFlags, maxAgeSeconds: o.cookieMaxAgeSeconds }),
    );
  }

  function clearCookie(res: ServerResponse): void {
    res.setHeader('Set-Cookie', clearedCookie(o.effectiveCookieName, cookieFlags));
  }

  /**
   * The browser's answer, after the ID token (if any) verified. The cookie is written first when `keepCookie`
   * says so: a refresh whose keys could not be loaded must not lose the rotated refresh token.
   */
  async function browserResponse(
    res: ServerResponse,
    tokens: UpstreamTokens,
    nonce: string | undefined,
    cookie: 'set-or-clear' | 'set-if-rotated',
  ): Promise<Record<string, unknown>> {
    const { issuer, jwks } = await oauth.endpoints();
    const writeCookie = () => {
      if (tokens.refresh_token) setTokenCookie(res, tokens.refresh_token);
      // A sign-in without a refresh token must not leave the previous user's cookie behind.
      else if (cookie === 'set-or-clear') clearCookie(res);
    };
    let claims: Record<string, unknown> | undefined;
    if (tokens.id_token) {
      try {
        claims = await idTokens.verify(tokens.id_token, jwks, { issuer, clientId: o.clientId, nonce, nowMs: o.now() });
      } catch (e) {
        if (e instanceof IdTokenRejected && e.retryable && cookie === 'set-if-rotated') writeCookie();
        else if (e instanceof IdTokenRejected && cookie === 'set-if-rotated') clearCookie(res);
        throw e;
      }
    } else if (nonce !== undefined) {
      throw new BrokerHttpError(502, 'server_error', "Panopto's answer has no ID token; is 'openid' among the scopes?");
    }
    writeCookie();
    const expiresIn = Number(tokens.expires_in) > 0 ? Number(tokens.expires_in) : 300;
    return {
      access_token: tokens.access_token,
      token_type: 'Bearer',
      expires_in: expiresIn,
      expires_at: o.now() + expiresIn * 1000,
      ...(tokens.scope ? { scope: tokens.scope } : {}),
      ...(claims ? { id_token_claims: claims } : {}),
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
      const nonce = body['nonce'];
      if (typeof nonce !== 'string' || !NONCE.test(nonce)) {
        throw new BrokerHttpError(
          400,
          'invalid_request',
          '`nonce` is required: the one sent with the authorization request (8–256 printable characters).',
        );
      }
      const tokens = await oauth.token({
        grant_type: 'authorization_code',
        code,
        code_verifier: verifier,
        redirect_uri: redirectUri,
      });
      sendJson(res, 200, await browserResponse(res, tokens, nonce, 'set-or-clear'));
      return;
    }
    const refreshToken = readCookie(req, o.effectiveCookieName);
    if (route === 'refresh') {
      if (!refreshToken)
        throw new BrokerHttpError(401, 'invalid_grant', 'No session: there is no refresh-token cookie.');
      try {
        const tokens = await oauth.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
        sendJson(res, 200, await browserResponse(res, tokens, undefined, 'set-if-rotated'));
      } catch (e) {
        if (e instanceof BrokerHttpError && e.status === 401) clearCookie(res);
        throw e;
      }
      return;
    }
    // logout: the refresh token ends the grant; the access token is revoked too (a tenant may not cascade).
    const accessToken = body['access_token'];
    if (accessToken !== undefined && (typeof accessToken !== 'string' || accessToken.length > 8192)) {
      throw new BrokerHttpError(400, 'invalid_request', '`access_token` must be the access token string.');
    }
    const [refreshRevoked, accessRevoked] = await Promise.all([
      refreshToken ? oauth.revoke(refreshToken, 'refresh_token') : true,
      accessToken ? oauth.revoke(accessToken, 'access_token') : true,
    ]);
    const revoked = refreshRevoked && accessRevoked;
    clearCookie(res);
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
        // Over the limit: answer, then close (the rest of the body is discarded, never read into memory).
        if (e instanceof BodyTooLargeError) res.setHeader('Connection', 'close');
        sendJson(res, e.status, { error: e.error, error_description: e.description });
      } else {
        o.log(`${req.method} ${route} failed: ${(e as Error)?.name ?? 'Error'}`);
        sendJson(res, 500, { error: 'server_error', error_description: 'The broker hit an unexpected error.' });
      }
    });
  };
}
