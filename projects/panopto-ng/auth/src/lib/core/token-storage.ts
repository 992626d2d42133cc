import { InjectionToken } from '@angular/core';

/**
 * Where the auth module keeps what must survive a reload: the refresh token (public mode only), the PKCE
 * round-trip data (state → verifier, nonce, return URL) and a small non-secret record shared between tabs.
 * The access token is never written here. Implementations may be synchronous key/value stores only.
 *
 * @example
 * ```ts
 * // Keep the refresh token only as long as the page lives (no persistence across reloads):
 * withPanoptoAuth(config, withPanoptoTokenStorage(new MemoryTokenStorage()));
 * ```
 */
export interface PanoptoTokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Keeps values in memory: nothing survives a reload and nothing is shared between tabs. */
export class MemoryTokenStorage implements PanoptoTokenStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

/**
 * The browser's `sessionStorage` (the default): per tab, survives reloads, cleared when the tab closes. Falls
 * back to memory where `sessionStorage` is missing or blocked (SSR, some privacy modes).
 */
export function browserSessionStorage(): PanoptoTokenStorage {
  try {
    if (typeof sessionStorage !== 'undefined') {
      const probe = '__panopto_probe__';
      sessionStorage.setItem(probe, '1');
      sessionStorage.removeItem(probe);
      return sessionStorage;
    }
  } catch {
    // Storage disabled: fall through to memory.
  }
  return new MemoryTokenStorage();
}

/** The storage used by the auth module; replace it with `withPanoptoTokenStorage()`. */
export const PANOPTO_TOKEN_STORAGE = new InjectionToken<PanoptoTokenStorage>('PANOPTO_TOKEN_STORAGE', {
  providedIn: 'root',
  factory: browserSessionStorage,
});
