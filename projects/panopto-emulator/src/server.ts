// startEmulator(): the whole emulator in one call. Used by main.ts (npm run emulator) and by the tests,
// which start their own instance on port 0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type Provider from 'oidc-provider';
import { Router } from './router.js';
import { HttpError, requestOrigin, sendApiError, unauthorized } from './http.js';
import type { AuthenticatedAccount, Clock, EmulatorContext } from './context.js';
import { EmulatorStore } from './store/store.js';
import { loadSnapshot, Persistence } from './store/persistence.js';
import { Metrics } from './ops/metrics.js';
import { Faults } from './ops/faults.js';
import { MediaLibrary } from './media/library.js';
import { createAuthorizationServer, OAUTH_MOUNT } from './oauth/provider.js';
import { DEFAULT_BROKER_SECRET } from './oauth/clients.js';
import { ClientRegistry } from './oauth/client-registry.js';
import { loadOrCreateCertificate, type EmulatorCertificate } from './tls.js';
import { registerAllRoutes } from './routes.js';
import { defaultMediaCacheDir } from './media/cache-dir.js';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one (tests). Default 4300. */
  port?: number;
  /** Persist data (data.json, uploaded files, media cache) here; in-memory when omitted. */
  dataDir?: string;
  /** No console output. */
  quiet?: boolean;
  /** Where log lines go (default: stdout unless quiet). */
  logger?: (line: string) => void;
  /** Secret of the confidential client `panopto-ng-broker`. Default `emulator-secret`. */
  brokerSecret?: string;
  /** Where generated seed media is cached; default `<dataDir>/media-cache` or `node_modules/.cache/panopto-emulator`. */
  mediaCacheDir?: string;
  /** Injectable clock (ms since epoch). */
  now?: () => number;
  /** Skip starting seed-media generation (tests that never touch media). Media routes still generate on demand. */
  lazyMedia?: boolean;
  /** The clients file (PANOPTO_EMULATOR_CLIENTS): API clients on top of the seeded ones, re-read when it changes. */
  clientsFile?: string;
  /**
   * Serve https (PANOPTO_EMULATOR_HTTPS=1) with a certificate generated into `certDir` (default: `<dataDir>/tls`,
   * else `tls` inside the media cache) and reused while valid.
   */
  https?: boolean | { certDir?: string };
}

export interface RunningEmulator {
  /** e.g. `http://localhost:4300` */
  url: string;
  port: number;
  context: EmulatorContext;
  router: Router;
  /** With `https`: the certificate to trust (`certFile`) and its SPKI hash for Chromium. */
  certificate?: EmulatorCertificate;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = ['127.0.0.1', '::1'];

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const quiet = options.quiet ?? false;
  const log = (m: string): void => {
    if (options.logger) options.logger(m);
    else if (!quiet) process.stdout.write(`[panopto-emulator] ${m}\n`);
  };
  const clock: Clock = { now: options.now ?? Date.now };
  // Everything reads time through ctx.clock, so a module that replaces clock.now (the live module's
  // controllable clock) moves the store, the rate limiter and the metrics along with the routes.
  const now = (): number => clock.now();

  // Listen first: the issuer (and every URL we hand out) needs the real port.
  const router = new Router();
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503).end();
  };
  const mediaCacheDir =
    options.mediaCacheDir ?? (options.dataDir ? join(options.dataDir, 'media-cache') : defaultMediaCacheDir());
  const certificate = options.https
    ? loadOrCreateCertificate(
        (typeof options.https === 'object' && options.https.certDir) ||
          (options.dataDir ? join(options.dataDir, 'tls') : join(mediaCacheDir, 'tls')),
        log,
      )
    : undefined;
  const newServer = (): Server =>
    certificate
      ? createTlsServer({ key: certificate.key, cert: certificate.cert }, (req, res) => handler(req, res))
      : createServer((req, res) => handler(req, res));
  const servers: Server[] = [];
  const primary = newServer();
  await listen(primary, options.port ?? 4300, LOOPBACK_HOSTS[0]);
  servers.push(primary);
  const port = (primary.address() as AddressInfo).port;
  // `localhost` may resolve to ::1 first; answer there too when the machine has IPv6.
  const secondary = newServer();
  try {
    await listen(secondary, port, LOOPBACK_HOSTS[1]);
    servers.push(secondary);
  } catch {
    // No IPv6 loopback here; 127.0.0.1 is enough.
  }
  const configuredUrl = `${certificate ? 'https' : 'http'}://localhost:${port}`;
  // Inside a request, the URLs the emulator hands out use the scheme and host it came in on (as a tenant
  // reached under several names would); elsewhere (start-up, timers) the configured one.
  const origins = new AsyncLocalStorage<string>();
  const baseUrl = (): string => origins.getStore() ?? configuredUrl;
  const clients = new ClientRegistry(options.brokerSecret ?? DEFAULT_BROKER_SECRET, options.clientsFile, log);

  const closers: (() => void | Promise<void>)[] = [];
  const dataDir = options.dataDir;
  let filesDir: string;
  if (dataDir) {
    filesDir = join(dataDir, 'files');
    mkdirSync(filesDir, { recursive: true });
  } else {
    filesDir = mkdtempSync(join(tmpdir(), 'panopto-emulator-'));
    closers.push(() => rmSync(filesDir, { recursive: true, force: true }));
  }
  const store = new EmulatorStore(await loadSnapshot(dataDir, log), now);
  const persistence = dataDir ? new Persistence(store, dataDir, log) : undefined;
  const metrics = new Metrics(now);
  const faults = new Faults(now);
  const media = new MediaLibrary(baseUrl, mediaCacheDir, filesDir, log);
  if (!options.lazyMedia) media.prepare().catch(() => undefined);

  const oidc: Provider = createAuthorizationServer({ baseUrl: configuredUrl, store, faults, metrics, clients });

  async function authenticate(req: IncomingMessage): Promise<AuthenticatedAccount | null> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return null;
    const token = await oidc.AccessToken.find(match[1]);
    if (!token || token.isExpired || !token.accountId || !token.clientId) return null;
    const scopes = new Set(
      String(token.scope ?? '')
        .split(' ')
        .filter(Boolean),
    );
    if (!scopes.has('api')) return null;
    const user = store.users.get(token.accountId);
    if (!user) return null;
    return { user, clientId: token.clientId, scopes, expiresAt: token.exp ?? 0 };
  }

  const context: EmulatorContext = {
    get baseUrl() {
      return baseUrl();
    },
    configuredUrl,
    requestOrigin: (req) => requestOrigin(req, configuredUrl),
    clients,
    store,
    metrics,
    faults,
    clock,
    media,
    oidc,
    dataDir,
    filesDir,
    authenticate,
    async requireAccount(req) {
      const account = await authenticate(req);
      if (!account) {
        throw unauthorized(
          req.headers.authorization
            ? 'The access token is invalid, expired or lacks the api scope. Refresh it or sign in again.'
            : 'Authorization is required: send "Authorization: Bearer <access token>".',
        );
      }
      return account;
    },
    onClose(fn) {
      closers.push(fn);
    },
    log,
  };

  registerAllRoutes(router, context);
  const pipeline = createRequestHandler(router, context);
  handler = (req, res) => origins.run(requestOrigin(req, configuredUrl), () => pipeline(req, res));

  let closed = false;
  return {
    url: configuredUrl,
    port,
    context,
    router,
    certificate,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
      for (const fn of closers.reverse()) await fn();
      await persistence?.flush();
      persistence?.stop();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  // Node closes idle keep-alive sockets after 5 s; a client reusing one at that moment sees "fetch failed".
  // Browsers and undici keep connections longer, so keep them open longer too (close() ends them anyway).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** The authorization endpoint, the sign-in interaction pages and sign-out, which tests drive with fetch. */
function isBrowserSignInPath(path: string): boolean {
  const lower = path.toLowerCase();
  return (
    lower.startsWith(`${OAUTH_MOUNT.toLowerCase()}/connect/authorize`) ||
    lower.startsWith(`${OAUTH_MOUNT.toLowerCase()}/interaction/`) ||
    // Tests sign the browser out first (the confirmation page, then "yes"), so random spec order cannot leak a
    // session from one user into another's sign-in.
    lower.startsWith(`${OAUTH_MOUNT.toLowerCase()}/connect/endsession`)
  );
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The one place every request goes through: CORS, metrics, faults, routing, error mapping. */
function createRequestHandler(
  router: Router,
  ctx: EmulatorContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(router, ctx, req, res).catch((err: unknown) => {
      ctx.log(`Unhandled error on ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent) sendApiError(res, 500, 'InternalServerError', 'The emulator hit an unexpected error.');
      else res.destroy();
    });
  };
}

async function handle(router: Router, ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  let url: URL;
  try {
    url = new URL(req.url ?? '/', ctx.configuredUrl);
  } catch {
    sendApiError(res, 400, 'BadRequest', 'The request URL is malformed.');
    return;
  }
  const path = url.pathname;
  const isOAuth = path.toLowerCase().startsWith(OAUTH_MOUNT.toLowerCase());
  const found = router.find(method === 'OPTIONS' ? 'GET' : method, path);
  const routeName =
    typeof found === 'object'
      ? found.routeName === OAUTH_MOUNT
        ? oauthRouteName(method, path)
        : found.routeName
      : `${method} (unmatched)`;

  // The /__emulator endpoints are not counted: reading metrics must not change them.
  let counted = /^\/__emulator(\/|$)/i.test(path);
  const count = (status: number): void => {
    if (counted) return;
    counted = true;
    ctx.metrics.countRequest(routeName, status);
  };
  res.on('finish', () => count(res.statusCode));
  res.on('close', () => count(res.writableFinished ? res.statusCode : 0));

  // oidc-provider answers CORS (preflight included) on its own endpoints, by the same policy (loopback origins and
  // the clients' registered CORS origins). The
  // authorization and sign-in pages are navigations on a real tenant and get no CORS there; the emulator also
  // opens them to those origins (with credentials) so browser tests can sign in with fetch. Any other
  // page still cannot drive the emulator's sign-in.
  if (!isOAuth || isBrowserSignInPath(path)) {
    const origin = req.headers.origin;
    if (ctx.clients.allowsOrigin(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader(
        'Access-Control-Expose-Headers',
        'Retry-After, ETag, Location, Content-Range, Accept-Ranges, Content-Length',
      );
      res.setHeader('Vary', 'Origin');
    }
    if (method === 'OPTIONS') {
      if (ctx.clients.allowsOrigin(origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
        res.setHeader(
          'Access-Control-Allow-Headers',
          String(req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type'),
        );
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.writeHead(204).end();
      return;
    }
  }

  const decision = ctx.faults.decide(method, path, routeName, await clientKey(ctx, req));
  if (decision.delayMs > 0) {
    ctx.metrics.countFault('latency');
    await sleep(decision.delayMs);
  }
  if (decision.kind === 'drop') {
    ctx.metrics.countFault('drop');
    req.socket.destroy();
    return;
  }
  if (decision.kind === 'error') {
    ctx.metrics.countFault(decision.fault);
    req.resume();
    sendApiError(res, decision.error.status, decision.error.errorCode, decision.error.message, decision.error.headers);
    return;
  }

  if (found === undefined) {
    sendApiError(res, 404, 'NotFound', `No such endpoint: ${method} ${path}.`);
    return;
  }
  if (found === 'method') {
    sendApiError(res, 405, 'MethodNotAllowed', `${method} is not supported on ${path}.`);
    return;
  }
  try {
    await found.handler(req, res, { params: found.params, url, routeName });
  } catch (err) {
    if (err instanceof HttpError) {
      req.resume();
      sendApiError(res, err.status, err.errorCode, err.message, err.headers);
      return;
    }
    throw err;
  }
}

/** Metrics name of an oidc-provider request: its path with the interaction uid generalised. */
function oauthRouteName(method: string, path: string): string {
  const rest = path
    .slice(OAUTH_MOUNT.length)
    .replace(/\/interaction\/[^/]+/i, '/interaction/:uid')
    .replace(/\/auth\/[^/]+$/i, '/auth/:uid');
  return `${method} ${OAUTH_MOUNT}${rest}`;
}

/** Who is calling, for per-client rate limits: the OAuth client of the bearer token, else the peer address. */
async function clientKey(ctx: EmulatorContext, req: IncomingMessage): Promise<string> {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)/i.exec(header) : null;
  if (match) {
    const token = await ctx.oidc.AccessToken.find(match[1]).catch(() => undefined);
    if (token?.clientId) return `client:${token.clientId}`;
  }
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}
