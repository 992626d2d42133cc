import { PanoptoTokenStorage } from './token-storage';

/**
 * The record tabs share through `PanoptoTokenStorage`: the refresh token (public mode only), a generation
 * number bumped by every refresh, and a session id that tells apart sessions of different tabs. No access
 * token is ever written.
 */
export interface SharedSessionRecord {
  sessionId: string;
  generation: number;
  refreshToken?: string;
}

/** One PKCE round trip, stored under its `state` between `login()` and the callback. */
export interface PendingLogin {
  codeVerifier: string;
  nonce: string;
  returnUrl: string;
  redirectUri: string;
  createdAt: number;
}

/** A pending login older than this is discarded (the user abandoned the sign-in page). */
export const PENDING_LOGIN_TTL_MS = 15 * 60_000;

/** Reads and writes the auth module's keys, namespaced by client id. */
export class AuthSessionStore {
  private readonly prefix: string;

  constructor(private readonly storage: PanoptoTokenStorage, clientId: string) {
    this.prefix = `panopto-ng.auth.${clientId}.`;
  }

  readSession(): SharedSessionRecord | null {
    const value = this.parse<SharedSessionRecord>(this.storage.getItem(`${this.prefix}session`));
    return value && typeof value.sessionId === 'string' && typeof value.generation === 'number' ? value : null;
  }

  writeSession(record: SharedSessionRecord): void {
    this.storage.setItem(`${this.prefix}session`, JSON.stringify(record));
  }

  clearSession(): void {
    this.storage.removeItem(`${this.prefix}session`);
  }

  savePending(state: string, pending: PendingLogin): void {
    this.storage.setItem(`${this.prefix}pending.${state}`, JSON.stringify(pending));
    this.storage.setItem(`${this.prefix}pending-index`, JSON.stringify([...this.pendingStates(), state]));
  }

  /** True when a sign-in started in this tab waits for the answer to `state` (and has not gone stale). */
  hasPending(state: string, now: number): boolean {
    const pending = this.parse<PendingLogin>(this.storage.getItem(`${this.prefix}pending.${state}`));
    return pending !== null && now - pending.createdAt < PENDING_LOGIN_TTL_MS;
  }

  /** Returns and deletes the pending login of `state` (single use), and drops stale ones. */
  takePending(state: string, now: number): PendingLogin | null {
    const key = `${this.prefix}pending.${state}`;
    const pending = this.parse<PendingLogin>(this.storage.getItem(key));
    this.storage.removeItem(key);
    const remaining: string[] = [];
    for (const other of this.pendingStates()) {
      if (other === state) continue;
      const value = this.parse<PendingLogin>(this.storage.getItem(`${this.prefix}pending.${other}`));
      if (value && now - value.createdAt < PENDING_LOGIN_TTL_MS) remaining.push(other);
      else this.storage.removeItem(`${this.prefix}pending.${other}`);
    }
    if (remaining.length) this.storage.setItem(`${this.prefix}pending-index`, JSON.stringify(remaining));
    else this.storage.removeItem(`${this.prefix}pending-index`);
    if (!pending || now - pending.createdAt >= PENDING_LOGIN_TTL_MS) return null;
    return pending;
  }

  private pendingStates(): string[] {
    const list = this.parse<unknown>(this.storage.getItem(`${this.prefix}pending-index`));
    return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  }

  private parse<T>(raw: string | null): T | null {
    if (!raw) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  }
}
