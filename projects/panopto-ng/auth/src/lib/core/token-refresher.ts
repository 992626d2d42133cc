import type { PanoptoClock, PanoptoRandom, PanoptoRetryConfig } from 'panopto-ng/core';
import { PanoptoAuthEndpoints, ResolvedPanoptoAuthConfig } from '../config/auth-config';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoRefreshReason } from './auth-events';
import { classifyTokenFailure } from './auth-http';
import { AuthSessionStore, SharedSessionRecord } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { IdTokenVerifier } from './id-token-verifier';
import { PanoptoIdTokenClaims } from './id-token';
import { randomString } from './pkce';
import { refreshWithRetries } from './refresh-retry';
import { PanoptoRefreshLock } from './refresh-lock';
import { AuthEventSink, SessionLifecycle } from './session-lifecycle';
import { TabSync } from './tab-sync';
import { TokenGrant, TokenResult } from './token-grant';

export interface TokenRefresherDeps {
  readonly config: Pick<ResolvedPanoptoAuthConfig, 'clientId' | 'mode'>;
  readonly retry: PanoptoRetryConfig;
  readonly clock: PanoptoClock;
  readonly random: PanoptoRandom;
  readonly state: AuthSessionState;
  readonly store: AuthSessionStore;
  readonly lock: PanoptoRefreshLock;
  readonly grant: TokenGrant;
  readonly endpoints: { resolve(): Promise<PanoptoAuthEndpoints> };
  readonly verifier: IdTokenVerifier;
  readonly session: SessionLifecycle;
  readonly tabs: TabSync;
  readonly events: AuthEventSink;
  readonly destroyed: () => boolean;
}

/**
 * Refreshes the access token: one refresh at a time in this tab (single flight) and across tabs (the refresh
 * lock), re-reading the rotated refresh token after the lock and adopting another tab's result instead of
 * refreshing twice; retries what is worth retrying and ends the session on a terminal failure.
 */
export class TokenRefresher {
  private inflight: Promise<string> | null = null;

  constructor(private readonly deps: TokenRefresherDeps) {}

  /** Refreshes now, or joins the refresh already running; resolves to the new access token. */
  refresh(reason: PanoptoRefreshReason): Promise<string> {
    if (!this.inflight) {
      const { state, store, clock, events } = this.deps;
      const observed = Math.max(state.value.generation, store.readSession()?.generation ?? 0);
      const started = clock.now();
      events.publish({ type: 'auth-refresh', outcome: 'started', detail: reason });
      this.inflight = this.deps.lock
        .run(`panopto-ng.auth.${this.deps.config.clientId}`, () => this.refreshUnderLock(reason, observed))
        .then(
          (token) => {
            events.publish({ type: 'auth-refresh', outcome: 'succeeded', durationMs: clock.now() - started });
            return token;
          },
          (error: unknown) => {
            const detail = error instanceof PanoptoSignInError ? error.code : 'error';
            events.publish({ type: 'auth-refresh', outcome: 'failed', durationMs: clock.now() - started, detail });
            throw error;
          },
        )
        .finally(() => (this.inflight = null));
    }
    return this.inflight;
  }

  private async refreshUnderLock(reason: PanoptoRefreshReason, observedGeneration: number): Promise<string> {
    const { state, store, session, clock } = this.deps;
    // Re-read after getting the lock: another tab may have rotated the refresh token meanwhile.
    let record = store.readSession();
    if (!record && this.deps.config.mode === 'public') {
      const error = new PanoptoSignInError('not_signed_in', 'There is no session to refresh; sign in.');
      if (state.value.status === 'authenticated') session.expire(error);
      throw error;
    }
    if (record && record.generation > observedGeneration) {
      await this.deps.tabs.waitForGeneration(record.generation);
      const s = state.value;
      if (s.accessToken && s.generation >= record.generation && !state.isExpiring(s)) return s.accessToken;
      record = store.readSession();
    }
    // A broker probe at startup without any stored session is not a failure worth an event.
    const quiet = reason === 'startup' && state.value.status === 'unknown' && !record;
    const result = await this.callWithRetries(record?.refreshToken ?? null, quiet);
    const { issuer } = await this.deps.endpoints.resolve();
    const previous = state.value.claims;
    let claims: PanoptoIdTokenClaims | null;
    try {
      claims = (await this.deps.verifier.claimsOf(result, issuer, undefined, false)) ?? previous;
      if (previous && claims && claims.sub !== previous.sub) {
        throw new PanoptoSignInError('invalid_id_token', 'The refreshed ID token is for a different user.');
      }
    } catch (e) {
      session.expire(e as PanoptoSignInError);
      throw e;
    }
    const next: SharedSessionRecord = {
      sessionId: record?.sessionId ?? randomString(16),
      generation: Math.max(record?.generation ?? 0, state.value.generation) + 1,
      ...(result.refreshToken ?? record?.refreshToken
        ? { refreshToken: result.refreshToken ?? record?.refreshToken }
        : {}),
    };
    store.writeSession(next);
    session.apply(result, claims, next);
    const expiresAt = state.value.expiresAt as number;
    this.deps.tabs.postTokens(next.generation, result.accessToken, expiresAt, claims);
    this.deps.events.emit({ type: 'tokenRefreshed', at: clock.now(), expiresAt, reason });
    return result.accessToken;
  }

  /** Reports every failed attempt (unless `quiet`); a terminal one ends the session. */
  private callWithRetries(refreshToken: string | null, quiet: boolean): Promise<TokenResult> {
    const { clock, events, session } = this.deps;
    return refreshWithRetries(() => this.deps.grant.refresh(refreshToken), {
      retry: this.deps.retry,
      clock,
      random: this.deps.random,
      cancelled: this.deps.destroyed,
      onFailure: (error, attempt, willRetry) => {
        if (!quiet) events.emit({ type: 'refreshFailed', at: clock.now(), error, attempt, willRetry });
        if (classifyTokenFailure(error) === 'terminal') session.expire(error);
      },
    });
  }
}
