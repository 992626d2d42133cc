// A SyncBackend over `fetch`, for running the planner in Node (a nightly server job). No Angular.
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
   * At 100 calls/min a long run is also throttled by 429s, which are retried after `Retry-After` or 1 s.
   */
  minIntervalMs?: number;
  /** Attempts for 429 and 5xx on idempotent calls (GET/PUT/DELETE); default 4. */
  maxAttempts?: number;
}

/**
 * The sync's Panopto calls over plain `fetch`: pages through listings, spaces calls per endpoint, retries 429.
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
  const maxAttempts = options.maxAttempts ?? 4;
  const nextSlot = new Map<string, number>();
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  async function call<T>(method: string, endpoint: string, path: string, body?: unknown): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const slotKey = `${method} ${endpoint}`;
      const now = Date.now();
      const slot = Math.max(now, nextSlot.get(slotKey) ?? 0);
      nextSlot.set(slotKey, slot + gap);
      if (slot > now) await sleep(slot - now);
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
      const retryable = res.status === 429 || (res.status >= 500 && method !== 'POST');
      if (retryable && attempt < maxAttempts) {
        const after = Number(res.headers.get('Retry-After'));
        await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : 1000 * 2 ** (attempt - 1));
        continue;
      }
      if (!res.ok) throw new Error(`${method} ${endpoint} failed (HTTP ${res.status}): ${panoptoMessage(text)}`);
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

/** Panopto's `Error.Message` from an APIError body, else the body itself (shortened). */
function panoptoMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { Error?: { Message?: string } | string; Message?: string };
    const err = body.Error;
    const msg = typeof err === 'string' ? err : err?.Message ?? body.Message;
    if (msg) return msg;
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 300) || '(empty body)';
}
