import { PanoptoSignInError } from './auth-errors';
import { PanoptoIdTokenClaims } from './id-token';

/** The signed-in user, from the ID token's claims. */
export interface PanoptoUser {
  /** Panopto's stable user id (`sub`). */
  sub: string;
  /** Display name (`name`), when the tenant sends it. */
  name?: string;
  /** Login name (`preferred_username`), e.g. `instructor` or `unimelb\jsmith`. */
  preferredUsername?: string;
  email?: string;
  /**
   * The name to show: `name`, else `preferredUsername`, else `email` (the first that is not blank). Absent when
   * the ID token carries none of them, as with the default scopes (`openid api offline_access`: only `sub`);
   * show a plain "Signed in" then, never an empty name. Request the `profile` scope to get the user's name.
   *
   * @example
   * ```ts
   * auth.user$.subscribe((user) => (this.label = user?.displayName ?? 'Signed in'));
   * ```
   */
  displayName?: string;
  /** Every claim of the ID token, as received. */
  claims: Readonly<PanoptoIdTokenClaims>;
}

/** Why a refresh happened. */
export type PanoptoRefreshReason = 'expiring' | 'unauthorized' | 'resume' | 'startup' | 'manual';

/**
 * What the auth module reports on `PanoptoAuthService.events$`. Discriminated by `type`.
 *
 * @example
 * ```ts
 * auth.events$.pipe(filter((e) => e.type === 'sessionExpired')).subscribe(() => snackBar.open('Please sign in again'));
 * ```
 */
export type PanoptoAuthEvent =
  | { type: 'login'; at: number; user: PanoptoUser }
  | { type: 'tokenRefreshed'; at: number; expiresAt: number; reason: PanoptoRefreshReason }
  | { type: 'refreshFailed'; at: number; error: PanoptoSignInError; attempt: number; willRetry: boolean }
  | { type: 'sessionExpired'; at: number; error: PanoptoSignInError }
  | { type: 'loggedOut'; at: number; source: 'this-tab' | 'other-tab'; revoked: boolean }
  | { type: 'loginRequired'; at: number; url?: string };

export type PanoptoAuthEventType = PanoptoAuthEvent['type'];

/** Whether the service knows yet if someone is signed in. `unknown` lasts until a stored session was checked. */
export type PanoptoAuthStatus = 'unknown' | 'authenticated' | 'anonymous';
