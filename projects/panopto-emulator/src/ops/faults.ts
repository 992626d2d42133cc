// The "bad day" switchboard behind POST/DELETE /__emulator/faults. The server asks `decide()` once per
// request, before any route handler runs, so every route — including ones added by other modules — gets
// the same latency, errors, 429 bursts, dropped connections and rate limits.
import { HttpError } from '../http.js';

/** Which requests a rule applies to: a path glob (`*` = any characters, case-insensitive) and an optional method. */
export interface RouteSelector {
  route?: string;
  method?: string;
}

/** How often a matching request is hit: `every: N` (deterministic: the Nth, 2Nth, …) or `rate` (0..1, seeded RNG). */
export interface Frequency {
  every?: number;
  rate?: number;
  /** Stop after this many injections. */
  count?: number;
}

export interface ErrorRule extends RouteSelector, Frequency {
  status: number;
  /** Sent as Retry-After on 429/503. */
  retryAfterSeconds?: number;
}

export interface DropRule extends RouteSelector, Frequency {}

export interface LatencyRule extends RouteSelector {
  ms: number;
}

/**
 * A shaped link: request bodies that the upload target stores (S3 parts and objects) are read no faster than
 * `bytesPerSecond`, per request — i.e. per connection, as a slow uplink limits each TCP stream. With `latencyMs`
 * (added before every request) it models a remote tenant: `{"bandwidth": [{"route": "/Panopto/Upload/*",
 * "bytesPerSecond": 8000000}], "latencyMs": 50}` is 8 MB/s and 50 ms per request.
 */
export interface BandwidthRule extends RouteSelector {
  bytesPerSecond: number;
}

export interface FaultConfig {
  /** Extra delay before every request (ms), or per route. */
  latencyMs?: number;
  latency?: LatencyRule[];
  errors?: ErrorRule[];
  /** The next `count` matching requests get 429 with Retry-After. */
  burst429?: RouteSelector & { count: number; retryAfterSeconds?: number };
  /** Matching requests have their connection destroyed without a response. */
  drop?: DropRule[];
  /** Lifetime of access tokens issued from now on (seconds). Default 3600. */
  accessTokenTtlSeconds?: number;
  /** Panopto's published limits: per endpoint (route) per client, per second and per minute. */
  rateLimit?: { enabled: boolean; perSecond?: number; perMinute?: number };
  /** Seed of the RNG used by `rate` rules (default 1), so runs are reproducible. */
  seed?: number;
  /** Per-connection body rate limits (the lowest matching rule wins); see {@link BandwidthRule}. */
  bandwidth?: BandwidthRule[];
}

export type FaultDecision =
  | { kind: 'none'; delayMs: number }
  | { kind: 'error'; delayMs: number; error: HttpError; fault: 'error' | 'burst429' | 'rateLimit' }
  | { kind: 'drop'; delayMs: number };

export const DEFAULT_ACCESS_TOKEN_TTL = 3600;

/** Paths the faults never touch, so a test can always read metrics and reset faults. */
const EXEMPT = /^\/__emulator(\/|$)/i;

/** REST surfaces that Panopto's rate limits apply to. */
const RATE_LIMITED = /^\/Panopto\/(api\/|PublicAPI\/REST\/)/i;

interface RuleState {
  seen: number;
  injected: number;
}

export class Faults {
  private config: FaultConfig = {};
  private rng: () => number = mulberry32(1);
  private ruleState = new Map<object, RuleState>();
  private burstLeft = 0;
  /** Request timestamps per `${route}|${client}` for the rate limiter. */
  private windows = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  get current(): FaultConfig {
    return JSON.parse(JSON.stringify(this.config)) as FaultConfig;
  }

  get accessTokenTtlSeconds(): number {
    return this.config.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL;
  }

  /** Merges top-level keys into the active configuration (validated first; throws a 400 HttpError when invalid). */
  apply(input: unknown): FaultConfig {
    const parsed = validateFaultConfig(input);
    this.config = { ...this.config, ...parsed };
    if (parsed.seed !== undefined || !this.ruleState.size) this.rng = mulberry32(this.config.seed ?? 1);
    if (parsed.errors || parsed.drop) this.ruleState = new Map();
    if (parsed.burst429) this.burstLeft = parsed.burst429.count;
    if (parsed.rateLimit) this.windows.clear();
    return this.current;
  }

  reset(): void {
    this.config = {};
    this.rng = mulberry32(1);
    this.ruleState = new Map();
    this.burstLeft = 0;
    this.windows.clear();
  }

  /** The body rate (bytes per second) a request to `path` is shaped to, or null when no rule matches. */
  bandwidthFor(method: string, path: string): number | null {
    if (EXEMPT.test(path)) return null;
    let rate: number | null = null;
    for (const rule of this.config.bandwidth ?? []) {
      if (matches(rule, method, path)) rate = Math.min(rate ?? Infinity, rule.bytesPerSecond);
    }
    return rate;
  }

  /** Decides what happens to one request. `clientKey` identifies the caller (OAuth client id, else address). */
  decide(method: string, path: string, routeName: string, clientKey: string): FaultDecision {
    if (EXEMPT.test(path)) return { kind: 'none', delayMs: 0 };
    let delayMs = this.config.latencyMs ?? 0;
    for (const rule of this.config.latency ?? []) if (matches(rule, method, path)) delayMs = Math.max(delayMs, rule.ms);

    for (const rule of this.config.drop ?? []) {
      if (matches(rule, method, path) && this.fires(rule)) return { kind: 'drop', delayMs };
    }
    const burst = this.config.burst429;
    if (burst && this.burstLeft > 0 && matches(burst, method, path)) {
      this.burstLeft -= 1;
      const retry = String(burst.retryAfterSeconds ?? 1);
      return {
        kind: 'error',
        delayMs,
        fault: 'burst429',
        error: new HttpError(429, 'TooManyRequests', 'Rate limit exceeded (emulator 429 burst).', {
          'Retry-After': retry,
        }),
      };
    }
    for (const rule of this.config.errors ?? []) {
      if (matches(rule, method, path) && this.fires(rule)) {
        const headers: Record<string, string> = {};
        if (rule.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rule.retryAfterSeconds);
        return {
          kind: 'error',
          delayMs,
          fault: 'error',
          error: new HttpError(rule.status, statusCode(rule.status), `Injected fault: HTTP ${rule.status}.`, headers),
        };
      }
    }
    const limit = this.config.rateLimit;
    if (limit?.enabled && RATE_LIMITED.test(path)) {
      const retryAfter = this.rateLimited(`${routeName}|${clientKey}`, limit.perSecond ?? 5, limit.perMinute ?? 100);
      if (retryAfter !== null) {
        return {
          kind: 'error',
          delayMs,
          fault: 'rateLimit',
          error: new HttpError(
            429,
            'TooManyRequests',
            'Rate limit exceeded: Panopto allows 5 requests per second and 100 per minute per endpoint.',
            {
              'Retry-After': String(retryAfter),
            },
          ),
        };
      }
    }
    return { kind: 'none', delayMs };
  }

  private fires(rule: Frequency): boolean {
    let state = this.ruleState.get(rule);
    if (!state) this.ruleState.set(rule, (state = { seen: 0, injected: 0 }));
    if (rule.count !== undefined && state.injected >= rule.count) return false;
    state.seen += 1;
    const hit = rule.every !== undefined ? state.seen % rule.every === 0 : this.rng() < (rule.rate ?? 1);
    if (hit) state.injected += 1;
    return hit;
  }

  /** Sliding windows; returns Retry-After seconds when over a limit, else records the request and returns null. */
  private rateLimited(key: string, perSecond: number, perMinute: number): number | null {
    const now = this.now();
    const stamps = (this.windows.get(key) ?? []).filter((t) => now - t < 60_000);
    const lastSecond = stamps.filter((t) => now - t < 1000);
    if (lastSecond.length >= perSecond) {
      this.windows.set(key, stamps);
      return Math.max(1, Math.ceil((1000 - (now - lastSecond[0])) / 1000));
    }
    if (stamps.length >= perMinute) {
      this.windows.set(key, stamps);
      return Math.max(1, Math.ceil((60_000 - (now - stamps[0])) / 1000));
    }
    stamps.push(now);
    this.windows.set(key, stamps);
    return null;
  }
}

function matches(selector: RouteSelector, method: string, path: string): boolean {
  if (selector.method && selector.method.toUpperCase() !== method.toUpperCase()) return false;
  if (!selector.route) return true;
  return globToRegex(selector.route).test(path);
}

const globCache = new Map<string, RegExp>();
function globToRegex(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const source = glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${source}$`, 'i');
    globCache.set(glob, re);
  }
  return re;
}

function statusCode(status: number): string {
  if (status === 429) return 'TooManyRequests';
  if (status === 503) return 'ServiceUnavailable';
  if (status >= 500) return 'InternalServerError';
  if (status === 404) return 'NotFound';
  if (status === 403) return 'Forbidden';
  if (status === 401) return 'Unauthorized';
  return 'BadRequest';
}

/** Small seeded PRNG so `rate` rules are reproducible across runs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- validation -----------------------------------------------------------------------------------------

function fail(message: string): never {
  throw new HttpError(400, 'InvalidFaultConfig', message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function num(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    fail(`'${name}' must be a number from ${min} to ${max}.`);
  return v;
}

function selector(v: Record<string, unknown>, name: string): RouteSelector {
  const out: RouteSelector = {};
  if (v['route'] !== undefined) {
    if (typeof v['route'] !== 'string' || !(v['route'].startsWith('/') || v['route'].startsWith('*'))) {
      fail(`'${name}.route' must be a path glob such as '/Panopto/api/v1/folders/*' or '*'.`);
    }
    out.route = v['route'];
  }
  if (v['method'] !== undefined) {
    if (typeof v['method'] !== 'string') fail(`'${name}.method' must be an HTTP method.`);
    out.method = v['method'].toUpperCase();
  }
  return out;
}

function frequency(v: Record<string, unknown>, name: string): Frequency {
  const out: Frequency = {};
  if (v['every'] !== undefined) out.every = Math.floor(num(v['every'], `${name}.every`, 1, 1e9));
  if (v['rate'] !== undefined) out.rate = num(v['rate'], `${name}.rate`, 0, 1);
  if (v['count'] !== undefined) out.count = Math.floor(num(v['count'], `${name}.count`, 0, 1e9));
  return out;
}

function list(v: unknown, name: string): Record<string, unknown>[] {
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((item, i) => {
    if (!isObject(item)) fail(`'${name}[${i}]' must be an object.`);
    return item;
  });
}

const KNOWN_KEYS = [
  'latencyMs',
  'latency',
  'errors',
  'burst429',
  'drop',
  'accessTokenTtlSeconds',
  'rateLimit',
  'seed',
  'bandwidth',
];

export function validateFaultConfig(input: unknown): FaultConfig {
  if (!isObject(input)) fail('The fault configuration must be a JSON object.');
  const unknown = Object.keys(input).filter((k) => !KNOWN_KEYS.includes(k));
  if (unknown.length) fail(`Unknown fault setting(s): ${unknown.join(', ')}. Known: ${KNOWN_KEYS.join(', ')}.`);
  const out: FaultConfig = {};
  if (input['latencyMs'] !== undefined) out.latencyMs = num(input['latencyMs'], 'latencyMs', 0, 120_000);
  if (input['latency'] !== undefined) {
    out.latency = list(input['latency'], 'latency').map((r, i) => ({
      ...selector(r, `latency[${i}]`),
      ms: num(r['ms'], `latency[${i}].ms`, 0, 120_000),
    }));
  }
  if (input['errors'] !== undefined) {
    out.errors = list(input['errors'], 'errors').map((r, i) => {
      const rule: ErrorRule = {
        ...selector(r, `errors[${i}]`),
        ...frequency(r, `errors[${i}]`),
        status: Math.floor(num(r['status'], `errors[${i}].status`, 400, 599)),
      };
      if (r['retryAfterSeconds'] !== undefined)
        rule.retryAfterSeconds = num(r['retryAfterSeconds'], `errors[${i}].retryAfterSeconds`, 0, 3600);
      return rule;
    });
  }
  if (input['drop'] !== undefined) {
    out.drop = list(input['drop'], 'drop').map((r, i) => ({
      ...selector(r, `drop[${i}]`),
      ...frequency(r, `drop[${i}]`),
    }));
  }
  if (input['burst429'] !== undefined) {
    const b = input['burst429'];
    if (!isObject(b)) fail('\'burst429\' must be an object such as { "count": 3 }.');
    out.burst429 = { ...selector(b, 'burst429'), count: Math.floor(num(b['count'], 'burst429.count', 0, 1e9)) };
    if (b['retryAfterSeconds'] !== undefined)
      out.burst429.retryAfterSeconds = num(b['retryAfterSeconds'], 'burst429.retryAfterSeconds', 0, 3600);
  }
  if (input['accessTokenTtlSeconds'] !== undefined) {
    out.accessTokenTtlSeconds = Math.floor(
      num(input['accessTokenTtlSeconds'], 'accessTokenTtlSeconds', 1, 86_400 * 30),
    );
  }
  if (input['rateLimit'] !== undefined) {
    const r = input['rateLimit'];
    if (typeof r === 'boolean') out.rateLimit = { enabled: r };
    else if (isObject(r)) {
      out.rateLimit = { enabled: r['enabled'] === undefined ? true : r['enabled'] === true };
      if (r['perSecond'] !== undefined)
        out.rateLimit.perSecond = Math.floor(num(r['perSecond'], 'rateLimit.perSecond', 1, 1e6));
      if (r['perMinute'] !== undefined)
        out.rateLimit.perMinute = Math.floor(num(r['perMinute'], 'rateLimit.perMinute', 1, 1e6));
    } else fail("'rateLimit' must be true/false or { enabled, perSecond, perMinute }.");
  }
  if (input['bandwidth'] !== undefined) {
    out.bandwidth = list(input['bandwidth'], 'bandwidth').map((r, i) => ({
      ...selector(r, `bandwidth[${i}]`),
      bytesPerSecond: num(r['bytesPerSecond'], `bandwidth[${i}].bytesPerSecond`, 1024, 1e12),
    }));
  }
  if (input['seed'] !== undefined) out.seed = Math.floor(num(input['seed'], 'seed', 0, 2 ** 32));
  return out;
}
