import type { PanoptoEventInput } from 'panopto-ng';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore, SharedSessionRecord } from './auth-session-store';
import { ANONYMOUS_SESSION, AuthSessionState } from './auth-session-state';
import { PanoptoIdTokenClaims } from './id-token';
import { randomString } from './pkce';
import { TokenResult } from './token-grant';

/** Where the auth parts report what happened. */
export interface AuthEventSink {
  /** On `PanoptoAuthService.events$`. */
  emit(event: PanoptoAuthEvent): void;
  /** On the library-wide `PanoptoEvents` bus. */
  publish(event: PanoptoEventInput): void;
}

export interface SessionLifecycleDeps {
  readonly state: AuthSessionState;
  readonly store: AuthSessionStore;
  readonly now: () => number;
  readonly events: AuthEventSink;
  /** Called when a session ends (the ID token keys are loaded again for the next one). */
  readonly onEnd?: () => void;
}

/**
 * Starts, updates and ends the session: keeps the in-memory state and the shared storage record in step, and
 * reports a session that died.
 */
export class SessionLifecycle {
  constructor(private readonly deps: SessionLifecycleDeps) {}

  /** After a redeemed authorization code: a new session (new id, next generation) with these tokens. */
  begin(result: TokenResult, claims: PanoptoIdTokenClaims | null): SharedSessionRecord {
    const record: SharedSessionRecord = {
      sessionId: randomString(16),
      generation: (this.deps.store.readSession()?.generation ?? 0) + 1,
      ...(result.refreshToken ? { refreshToken: result.refreshToken } : {}),
    };
    this.deps.store.writeSession(record);
    this.apply(result, claims, record);
    return record;
  }

  /** Makes `result`'s access token the current one, for the session `record`. */
  apply(result: TokenResult, claims: PanoptoIdTokenClaims | null, record: SharedSessionRecord): void {
    const now = this.deps.now();
    this.deps.state.set({
      status: 'authenticated',
      accessToken: result.accessToken,
      expiresAt: now + result.expiresIn * 1000,
      lifetimeMs: result.expiresIn * 1000,
      claims,
      generation: record.generation,
      sessionId: record.sessionId,
    });
  }

  /** A terminal refresh failure (`invalid_grant`, revoked, different user): forget everything, tell the app. */
  expire(error: PanoptoSignInError): void {
    const hadSession = this.deps.state.value.status === 'authenticated' || this.deps.store.readSession() !== null;
    this.deps.store.clearSession();
    this.end();
    if (hadSession) {
      this.deps.events.emit({ type: 'sessionExpired', at: this.deps.now(), error });
      this.deps.events.publish({ type: 'auth-signed-out', reason: error.code });
    }
  }

  /** Back to anonymous in this tab (the storage record is left to the caller). */
  end(): void {
    this.deps.onEnd?.();
    this.deps.state.set({ ...ANONYMOUS_SESSION });
  }
}
