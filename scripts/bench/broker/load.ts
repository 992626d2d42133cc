// The broker under load: simulated signed-in users, each like one browser tab in broker mode. A user keeps
// the broker's cookie (updated from every answer, as a browser does), calls the REST API with its access token,
// refreshes through the broker when its own clock says the token is expiring or the API answers 401, and
// retries what is worth retrying with the core's one backoff formula. Users' clocks jump (a laptop waking up:
// hours ahead; a clock set back: the token looks valid when it is not). Bounded: stops after `durationMs`.
import { performance } from 'node:perf_hooks';
import { EQUAL_JITTER, backoffDelay } from '../../../projects/panopto-ng/core/src/retry/retry-policy.js';
import { authorizationCode } from '../../../projects/panopto-token-broker/test/support/emulator-login.js';

export interface LoadOptions {
  emulatorUrl: string;
  brokerUrl: string;
  /** The broker's allowed app origin (sent as Origin) and the redirect URI's origin. */
  appOrigin: string;
  users: number;
  /** Seeded randomness, so runs are comparable. */
  seed?: number;
}

export interface LoadPhase {
  durationMs: number;
  /** Mean pause between a user's API calls. */
  thinkMs: number;
  /** Probability per API call that the user's clock jumps (half forward by hours, half back by minutes). */
  clockJumpRate: number;
  /** Every user refreshes once as it starts (a baseline measures refresh latency). */
  refreshAtStart?: boolean;
}

export interface LoadFigures {
  users: number;
  durationMs: number;
  apiRequests: number;
  apiUpstreamFailures: number;
  brokerRequests: number;
  refreshes: number;
  refreshRetries: number;
  clockJumps: number;
  invalidGrant: number;
  /** 502 temporarily_unavailable: Panopto (the emulator) failed, the broker said so. */
  forwardedUpstreamFailures: number;
  /** Any other 5xx from the broker: its own failures. */
  brokerMade5xx: number;
  brokerLatencyMs: { p50: number; p95: number; max: number };
  unexpected: string[];
}

const ACCOUNTS = ['instructor', 'student', 'admin'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class User {
  cookie = '';
  accessToken = '';
  /** By this user's own clock. */
  expiresAt = 0;
  clockOffsetMs = 0;

  constructor(readonly id: number) {}

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  storeCookie(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      if (!/^(__Host-|__Secure-)?panopto_rt=/.test(pair)) continue;
      this.cookie = /Max-Age=0/i.test(line) ? '' : pair;
    }
  }
}

/** Signs `o.users` users in through the broker (authorization code with PKCE, at the emulator's login form). */
export async function signInUsers(o: LoadOptions): Promise<User[]> {
  const users = Array.from({ length: o.users }, (_, i) => new User(i));
  const redirect = `${o.appOrigin}/auth/callback`;
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const user = users[next++];
      const username = ACCOUNTS[user.id % ACCOUNTS.length];
      const code = await authorizationCode(o.emulatorUrl, 'panopto-ng-broker', redirect, {
        username,
        password: username,
      });
      const res = await fetch(`${o.brokerUrl}/token`, {
        method: 'POST',
        headers: { origin: o.appOrigin, 'content-type': 'application/json' },
        body: JSON.stringify({
          code: code.code,
          code_verifier: code.verifier,
          redirect_uri: redirect,
          nonce: code.nonce,
        }),
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (res.status !== 200) {
        throw new Error(`sign-in of user ${user.id} failed: HTTP ${res.status} ${JSON.stringify(json)}`);
      }
      user.storeCookie(res);
      user.accessToken = String(json['access_token']);
      user.expiresAt = user.now() + Number(json['expires_in']) * 1000;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return users;
}

/**
 * Runs one phase of load with users signed in by `signInUsers()` and returns its figures. Faults (if any) are
 * the caller's, set on the emulator before calling.
 */
export async function runPhase(o: LoadOptions, users: User[], phase: LoadPhase): Promise<LoadFigures> {
  const random = mulberry32(o.seed ?? 7);
  const figures: LoadFigures = {
    users: users.length,
    durationMs: phase.durationMs,
    apiRequests: 0,
    apiUpstreamFailures: 0,
    brokerRequests: 0,
    refreshes: 0,
    refreshRetries: 0,
    clockJumps: 0,
    invalidGrant: 0,
    forwardedUpstreamFailures: 0,
    brokerMade5xx: 0,
    brokerLatencyMs: { p50: 0, p95: 0, max: 0 },
    unexpected: [],
  };
  const latencies: number[] = [];
  const deadline = performance.now() + phase.durationMs;
  const retry = { initialDelayMs: 200, maxDelayMs: 2000, jitter: EQUAL_JITTER };

  /** One refresh through the broker, retried while the broker says Panopto is temporarily unavailable. */
  async function refresh(user: User): Promise<boolean> {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const started = performance.now();
      const res = await fetch(`${o.brokerUrl}/refresh`, {
        method: 'POST',
        headers: { origin: o.appOrigin, cookie: user.cookie },
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      latencies.push(performance.now() - started);
      figures.brokerRequests++;
      user.storeCookie(res);
      if (res.status === 200) {
        figures.refreshes++;
        user.accessToken = String(json['access_token']);
        user.expiresAt = user.now() + Number(json['expires_in']) * 1000;
        return true;
      }
      if (res.status === 401 && json['error'] === 'invalid_grant') {
        figures.invalidGrant++;
        figures.unexpected.push(`user ${user.id}: invalid_grant (${String(json['error_description'])})`);
        return false;
      }
      if (res.status === 502 && json['error'] === 'temporarily_unavailable') figures.forwardedUpstreamFailures++;
      else if (res.status >= 500) {
        figures.brokerMade5xx++;
        figures.unexpected.push(`user ${user.id}: broker HTTP ${res.status} ${JSON.stringify(json)}`);
      } else {
        figures.unexpected.push(`user ${user.id}: refresh HTTP ${res.status} ${JSON.stringify(json)}`);
        return false;
      }
      figures.refreshRetries++;
      await sleep(backoffDelay(attempt, retry, random));
    }
    figures.unexpected.push(`user ${user.id}: refresh still failing after 6 attempts`);
    return false;
  }

  async function run(user: User): Promise<void> {
    await sleep(random() * phase.thinkMs);
    if (phase.refreshAtStart && !(await refresh(user))) return;
    while (performance.now() < deadline) {
      if (random() < phase.clockJumpRate) {
        figures.clockJumps++;
        // Forward: the laptop slept two hours. Back: the clock was set back ten minutes.
        user.clockOffsetMs += random() < 0.5 ? 2 * 3600_000 : -10 * 60_000;
      }
      // Refresh a little before expiry by this user's clock (a forward jump makes it refresh at once).
      if (user.expiresAt - user.now() < 5000 && !(await refresh(user))) return;
      const res = await fetch(`${o.emulatorUrl}/Panopto/api/v1/folders/search?searchQuery=a`, {
        headers: { authorization: `Bearer ${user.accessToken}` },
      });
      await res.arrayBuffer();
      figures.apiRequests++;
      if (res.status === 401) {
        // Expired although this user's clock said otherwise (it was set back): refresh once, then go on.
        if (!(await refresh(user))) return;
      } else if (res.status >= 500) figures.apiUpstreamFailures++;
      else if (res.status !== 200) figures.unexpected.push(`user ${user.id}: API HTTP ${res.status}`);
      await sleep(phase.thinkMs * (0.5 + random()));
    }
  }

  await Promise.all(users.map(run));
  latencies.sort((a, b) => a - b);
  figures.brokerLatencyMs = {
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    max: Math.round(latencies[latencies.length - 1] ?? 0),
  };
  return figures;
}
