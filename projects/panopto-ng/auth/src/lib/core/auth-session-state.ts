import { BehaviorSubject, Observable, distinctUntilChanged, filter, map } from 'rxjs';
import { PanoptoAuthStatus, PanoptoUser } from './auth-events';
import { PanoptoIdTokenClaims } from './id-token';

/** What this tab knows about the session at one moment. Kept in memory only (the access token is never stored). */
export interface SessionState {
  status: PanoptoAuthStatus;
  accessToken: string | null;
  expiresAt: number | null;
  /** Lifetime the server gave the token, so the skew never exceeds half of it (no refresh loop for short tokens). */
  lifetimeMs: number;
  claims: PanoptoIdTokenClaims | null;
  generation: number;
  sessionId: string | null;
}

/** Nobody signed in. */
export const ANONYMOUS_SESSION: Readonly<SessionState> = Object.freeze({
  status: 'anonymous',
  accessToken: null,
  expiresAt: null,
  lifetimeMs: 0,
  claims: null,
  generation: 0,
  sessionId: null,
});

/** A string claim, or undefined when it is missing or not a string. */
function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The signed-in user as the app sees it, from the ID token's claims (null without claims). */
export function userFromClaims(claims: PanoptoIdTokenClaims | null): PanoptoUser | null {
  if (!claims) return null;
  const name = stringClaim(claims.name);
  const preferredUsername = stringClaim(claims.preferred_username);
  const email = stringClaim(claims.email);
  // `sub` is an opaque id (a GUID at Panopto), not a name: without profile claims there is nothing to show.
  const displayName = [name, preferredUsername, email].map((v) => v?.trim()).find((v) => !!v);
  return {
    sub: claims.sub,
    name,
    preferredUsername,
    email,
    ...(displayName ? { displayName } : {}),
    claims,
  };
}

/**
 * The session state of one `PanoptoAuthService` and the observables derived from it, plus the one rule of when
 * a token counts as expiring (`refreshSkewMs` before expiry, at most half its lifetime).
 */
export class AuthSessionState {
  private readonly subject = new BehaviorSubject<SessionState>({ ...ANONYMOUS_SESSION, status: 'unknown' });
  private closed = false;

  /** `unknown` until a stored session was checked at startup, then `authenticated` or `anonymous`. */
  readonly status$: Observable<PanoptoAuthStatus> = this.subject.pipe(
    map((s) => s.status),
    distinctUntilChanged(),
  );
  /** Whether someone is signed in; waits until the startup check is done (never flashes `false` first). */
  readonly isAuthenticated$: Observable<boolean> = this.status$.pipe(
    filter((s) => s !== 'unknown'),
    map((s) => s === 'authenticated'),
  );
  /** The signed-in user, emitted again only when the subject changes. */
  readonly user$: Observable<PanoptoUser | null> = this.subject.pipe(
    map((s) => (s.claims ? s.claims.sub : null)),
    distinctUntilChanged(),
    map(() => this.user()),
  );
  /** When the access token expires (epoch ms), or null when signed out. */
  readonly expiresAt$: Observable<number | null> = this.subject.pipe(
    map((s) => s.expiresAt),
    distinctUntilChanged(),
  );

  /**
   * @param now the clock (`PANOPTO_CLOCK.now`)
   * @param refreshSkewMs refresh this long before expiry
   * @param onChange called after every change, after the observables have emitted (the refresh timer)
   */
  constructor(
    private readonly now: () => number,
    private readonly refreshSkewMs: number,
    private readonly onChange: (next: SessionState) => void = () => undefined,
  ) {}

  get value(): SessionState {
    return this.subject.value;
  }

  /** Replaces the state (ignored once closed). */
  set(next: SessionState): void {
    if (this.closed) return;
    this.subject.next(next);
    this.onChange(next);
  }

  user(): PanoptoUser | null {
    return userFromClaims(this.subject.value.claims);
  }

  /** The configured skew, but at most half the token's lifetime: a 4-second token is renewed after 2 s, not at once. */
  skewFor(s: SessionState = this.subject.value): number {
    return Math.min(this.refreshSkewMs, s.lifetimeMs / 2);
  }

  /** True when the token is inside the skew window, already expired, or missing. */
  isExpiring(s: SessionState = this.subject.value): boolean {
    return s.expiresAt === null || s.expiresAt - this.skewFor(s) <= this.now();
  }

  /** Completes the observables; later `set()` calls are ignored. */
  close(): void {
    this.closed = true;
    this.subject.complete();
  }
}
