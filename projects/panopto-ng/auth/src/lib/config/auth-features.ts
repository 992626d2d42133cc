import { Provider } from '@angular/core';
import { PANOPTO_REFRESH_LOCK, PanoptoRefreshLock } from '../core/refresh-lock';
import { PANOPTO_TOKEN_STORAGE, PanoptoTokenStorage } from '../core/token-storage';

/** An optional part of `withPanoptoAuth(config, ...features)`, built by a `withPanopto…()` function. */
export interface PanoptoAuthFeature {
  readonly kind: 'storage' | 'lock';
  readonly providers: Provider[];
}

/**
 * Keep the refresh token and the sign-in round trip somewhere else than `sessionStorage`.
 *
 * @example
 * ```ts
 * withPanoptoAuth(config, withPanoptoTokenStorage(() => localStorage)); // shared by tabs, survives restarts
 * ```
 */
export function withPanoptoTokenStorage(
  storage: PanoptoTokenStorage | (() => PanoptoTokenStorage),
): PanoptoAuthFeature {
  return {
    kind: 'storage',
    providers: [
      typeof storage === 'function'
        ? { provide: PANOPTO_TOKEN_STORAGE, useFactory: storage }
        : { provide: PANOPTO_TOKEN_STORAGE, useValue: storage },
    ],
  };
}

/**
 * Replace the cross-tab refresh lock (Web Locks by default).
 *
 * @example
 * ```ts
 * withPanoptoAuth(config, withPanoptoRefreshLock(new InProcessRefreshLock()));
 * ```
 */
export function withPanoptoRefreshLock(lock: PanoptoRefreshLock): PanoptoAuthFeature {
  return { kind: 'lock', providers: [{ provide: PANOPTO_REFRESH_LOCK, useValue: lock }] };
}
