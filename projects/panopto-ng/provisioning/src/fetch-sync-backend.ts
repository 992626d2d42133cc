// A SyncBackend over `fetch`, for running the planner in Node (a nightly server job). No Angular: retries, time
// and Panopto's error body go through `panopto-ng/core`.
import {
  NO_JITTER,
  PanoptoApiError,
  PanoptoClock,
  PanoptoRetryConfig,
  clockSleep,
  parseRetryAfter,
  readApiError,
  retryDelay,
  retryReasonForStatus,
  systemClock,
  validateRetryConfig,
} from 'panopto-ng/core';
import { SyncBackend, SyncBackendFolder } from './sync-backend';
import { CurrentPermission, SyncPrincipalType, SyncRole } from './sync-model';

export interface FetchSyncBackendOptions {
  /** `https://{host}`; the API lives under `/Panopto/api/v1`. */
  serverUrl: string;
  /** Bearer token, e.g. from the token broker's confidential client (client_credentials or a service user). */
  accessToken: string | (() => Promise<string>);
  /** Defaults to the global `fetch` (Node 18+). */
  fetch?: typeof fetch;
  /**
   * Minimum gap between two calls to the same endpoint; default 200 ms = Panopto's 5 calls/s per endpoint.
   * At 100 calls/min a long run is also throttled by 429s, which are retried after `Retry-After`.
   */
  minIntervalMs?: number;
  /**
   * Retries of 429 (any method) and 5xx (GET, PUT, DELETE), in the core's vocabulary. Default
   * `{ maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 60_000 }`: waits `Retry-After` when Panopto sends it
   * (capped at `maxDelayMs`), else 1 s, 2 s, 4 s.
   */
  retry?: Partial<PanoptoRetryConfig>;
  /**
   * Attempts in all (the first one included) for 429 and 5xx on idempotent calls; default 4.
   *
   * @deprecated Use `retry: { maxRetries }` instead (`maxRetries = maxAttempts - 1`). Removed in 0.3.
   */
  maxAttempts?: number;
  /** Time and timers; default real time (`systemClock`). Tests pass `FakePanoptoClock` from `panopto-ng/testing`. */
  clock?: PanoptoClock;
}

/** The retries of `createFetchSyncBackend()` when none are configured. */
export const DEFAULT_FETCH_SYNC_RETRY: Readonly<PanoptoRetryConfig> = Object.freeze({
  maxRetries: 3,
  initialDelayMs: 1000,
  maxDelayMs: 60_000,
});

/** The retry settings in effect: `retry` first, then the deprecated `maxAttempts`, then the defaults. */
function retryConfigOf(options: FetchSyncBackendOptions): PanoptoRetryConfig {
  const fromAttempts =
    options.maxAttempts === undefined
      ? DEFAULT_FETCH_SYNC_RETRY
      : { ...DEFAULT_FETCH_SYNC_RETRY, maxRetries: Math.max(0, Math.floor(options.maxAttempts) - 1) };
  return validateRetryConfig(options.retry, 'provisioning.retry', fromAttempts);
}

/**
 * The sync's Panopto calls over plain `fetch`: pages through listings, spaces calls per endpoint, retries 429.
 * A call that fails for good rejects with a `PanoptoApiError` whose message carries Panopto's own.
 *
 * @example
 * const backend = createFetchSyncBackend({ serverUrl: 'https://demo.hosted.panopto.com', accessToken: token });
 * const report = await applyPlan(plan(await resolveDesiredState(desired, backend),
 *   await readCurrentState(backend, rootId)), backend);
 */
export function createFetchSyncBackend(options: FetchSyncBackendOptions): SyncBackend {
  const base = `${options.serverUrl.replace(/\/+$/, '')}/Panopto/api/v1`;
  const doFetch = options.fetch ?? fetch;
  const gap = options.minIntervalMs ?? 200;
  const retry = retryConfigOf(options);
  const clock = options.clock ?? systemClock;
  const nextSlot = new Map<string, number>();
  const backoff = { initialDelayMs: retry.initialDelayMs, maxDelayMs: retry.maxDelayMs, jitter: NO_JITTER };

  async function call<T>(method: string, endpoint: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const slotKey = `${method} ${endpoint}`;
      const now = clock.now();
      const slot = Math.max(now, nextSlot.get(slotKey) ?? 0);
      nextSlot.set(slotKey, slot + gap);
      if (slot > now) await clockSleep(clock, slot - now);
      const token = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
      const res = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok && retryReasonForStatus(res.status, method) && attempt <= retry.maxRetries) {
        // `Retry-After` wins (capped at maxDelayMs); without one (or `0`), the backoff without jitter: 1 s, 2 s, 4 s.
        const retryAfterMs = parseRetryAfter(res.headers.get('Retry-After'), clock.now()) || null;
        await clockSleep(clock, retryDelay(attempt, retryAfterMs, backoff, () => 0).delayMs);
        continue;
      }
      if (!res.ok) throw fetchError(method, endpoint, `${base}${path}`, res, text, attempt);
      return (text ? JSON.parse(text) : null) as T;
    }
  }

  async function allPages<T>(endpoint: string, path: string): Promise<T[]> {
    const all: T[] = [];
    for (let page = 0; ; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const { Results } = await call<{ Results?: T[] }>('GET', endpoint, `${path}${sep}pageNumber=${page}`);
      if (!Results?.length) return all;
      all.push(...Results);
    }
  }

  const enc = encodeURIComponent;
  return {
    children: (id) => allPages<SyncBackendFolder>('/folders/{id}/children', `/folders/${enc(id)}/children`),
    permissions: async (id) =>
      (
        await allPages<{
          IsInherited: boolean;
          Principal?: { Id?: string; Type: SyncPrincipalType };
          Role?: { Name?: string };
        }>('/folders/{id}/permissions', `/folders/${enc(id)}/permissions`)
      ).map<CurrentPermission>((p) => ({
        principalId: (p.Principal?.Id ?? '').toLowerCase(),
        principalType: p.Principal?.Type ?? 'User',
        role: p.Role?.Name ?? '',
        inherited: p.IsInherited,
      })),
    createFolder: (Name, Parent, Description) =>
      call<SyncBackendFolder>('POST', '/folders', '/folders', { Name, Parent, Description }),
    setAutomaticCaptionProvider: async (id, providerId) => {
      await call('PUT', '/folders/{id}/settings', `/folders/${enc(id)}/settings`, {
        AutomaticCaptionProviderId: providerId,
      });
    },
    updateFolder: async (id, changes) => {
      await call('PUT', '/folders/{id}', `/folders/${enc(id)}`, changes);
    },
    grant: async (id, PrincipalId, PrincipalType, RoleType: SyncRole) => {
      await call('POST', '/folders/{id}/permissions', `/folders/${enc(id)}/permissions`, {
        PrincipalId,
        PrincipalType,
        RoleType,
      });
    },
    revoke: async (id, principalId, principalType, role) => {
      const q = `PrincipalId=${enc(principalId)}&PrincipalType=${enc(principalType)}&RoleType=${enc(role)}`;
      await call('DELETE', '/folders/{id}/permissions', `/folders/${enc(id)}/permissions?${q}`);
    },
    setFolderAccess: async (id, Level) => {
      await call('PUT', '/folders/{id}/settings/access', `/folders/${enc(id)}/settings/access`, { IsInherited: false, Level });
    },
    folderSessions: (id) => allPages<{ Id: string; Name: string }>('/folders/{id}/sessions', `/folders/${enc(id)}/sessions`),
    copySession: async (id, FolderId, Name) => {
      await call('POST', '/sessions/{id}/sessioncopy', `/sessions/${enc(id)}/sessioncopy`, { CopyType: 'Reference', FolderId, Name });
    },
    searchUsers: async (q) =>
      (
        await call<{ Results?: { Id: string; Username?: string }[] }>(
          'GET',
          '/users/search',
          `/users/search?searchQuery=${enc(q)}`,
        )
      ).Results ?? [],
    searchGroups: async (q) =>
      (
        await call<{ Results?: { Id: string; Name?: string }[] }>(
          'GET',
          '/groups/search',
          `/groups/search?searchQuery=${enc(q)}`,
        )
      ).Results ?? [],
  };
}

/**
 * The error of a call that failed for good: `METHOD /endpoint failed (HTTP n): <Panopto's message>` (else the body,
 * shortened), as a `PanoptoApiError` carrying the status, Panopto's `APIError` and the body.
 */
function fetchError(
  method: string,
  endpoint: string,
  url: string,
  res: Response,
  text: string,
  attempts: number,
): PanoptoApiError {
  const apiError = readApiError(text);
  const said = apiError?.Message || text.slice(0, 300) || '(empty body)';
  return new PanoptoApiError(`${method} ${endpoint} failed (HTTP ${res.status}): ${said}`, {
    status: res.status,
    statusText: res.statusText,
    method,
    url,
    endpoint: `${method} ${endpoint}`,
    attempts,
    apiError,
    body: text,
  });
}
