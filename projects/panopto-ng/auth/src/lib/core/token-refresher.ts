import type { PanoptoClock, PanoptoRandom, PanoptoRetryConfig } from 'panopto-ng/core';
import { PanoptoAuthEndpoints, ResolvedPanoptoAuthConfig } from '../config/auth-config';
import { PanoptoSignInError, asSignInError } from './auth-errors';
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
    // A tab sharing this session (a duplicated tab, with its own copy of the record) may have rotated the
    // refresh token: take what it holds before presenting ours.
    await this.deps.tabs.syncWithPeers();
    // Re-read after getting the lock: another tab may have rotated the refresh token meanwhile.
    let record = store.readSession();
    const adopted = state.value;
    if (
      reason === 'startup' &&
      record &&
      adopted.accessToken &&
      adopted.sessionId === record.sessionId &&
      adopted.generation >= record.generation &&
      !state.isExpiring(adopted)
    ) {
      // A duplicated tab took the other tab's current token: nothing to refresh.
      return adopted.accessToken;
    }
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
    const next: SharedSessionRecord = {
      sessionId: record?.sessionId ?? randomString(16),
      generation: Math.max(record?.generation ?? 0, state.value.generation) + 1,
      ...(result.refreshToken ?? record?.refreshToken
        ? { refreshToken: result.refreshToken ?? record?.refreshToken }
        : {}),
    };
    let claims: PanoptoIdTokenClaims | null;
    try {
      claims = await this.verifyWithRetries(result, quiet);
    } catch (e) {
      const error = asSignInError(e);
      // Keys that could not be loaded say nothing against the tokens: keep the rotated refresh token (the old
      // one is dead at the tenant) so the next try can use it. Only a failed check ends the session.
      if (classifyTokenFailure(error) === 'retryable') store.writeSession(next);
      else session.expire(error);
      throw error;
    }
    store.writeSession(next);
    session.apply(result, claims, next);
    const expiresAt = state.value.expiresAt as number;
    this.deps.tabs.postTokens(next.generation, result.accessToken, expiresAt, claims, next);
    this.deps.events.emit({ type: 'tokenRefreshed', at: clock.now(), expiresAt, reason });
    return result.accessToken;
  }

  /** The refreshed ID token's claims (or the previous ones), retrying a key fetch that failed. */
  private verifyWithRetries(result: TokenResult, quiet: boolean): Promise<PanoptoIdTokenClaims | null> {
    const { clock, events, state } = this.deps;
    const previous = state.value.claims;
    return refreshWithRetries(
      async () => {
        const { issuer } = await this.deps.endpoints.resolve();
        const claims = (await this.deps.verifier.claimsOf(result, issuer, undefined, false)) ?? previous;
        if (previous && claims && claims.sub !== previous.sub) {
          throw new PanoptoSignInError('invalid_id_token', 'The refreshed ID token is for a different user.');
        }
        return claims;
      },
      {
        retry: this.deps.retry,
        clock,
        random: this.deps.random,
        cancelled: this.deps.destroyed,
        onFailure: (error, attempt, willRetry) => {
          if (!quiet) events.emit({ type: 'refreshFailed', at: clock.now(), error, attempt, willRetry });
        },
      },
    );
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
