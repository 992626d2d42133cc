import type { PanoptoClock } from 'panopto-ng/core';
import { PanoptoAuthChannel, PanoptoAuthChannelMessage } from './auth-channel';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { PanoptoIdTokenClaims } from './id-token';
import { AuthEventSink, SessionLifecycle } from './session-lifecycle';

/** How long a tab that waited for the lock waits for the winner's broadcast before refreshing itself. */
export const BROADCAST_WAIT_MS = 1500;

export interface TabSyncDeps {
  readonly channel: PanoptoAuthChannel;
  readonly store: AuthSessionStore;
  readonly state: AuthSessionState;
  readonly session: SessionLifecycle;
  readonly clock: PanoptoClock;
  readonly events: AuthEventSink;
  readonly broadcastWaitMs?: number;
}

/**
 * Cross-tab coordination over the auth channel: adopts the fresh token another tab of the same session
 * broadcast, follows a sign-out in another tab, and lets a refresh wait for another tab's result.
 */
export class TabSync {
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly deps: TabSyncDeps) {}

  /**
   * Starts listening; returns the function that stops. `run` wraps each message (the service passes
   * `zone.run`, so what a message changes is seen by change detection).
   */
  connect(run: (fn: () => void) => void = (fn) => fn()): () => void {
    return this.deps.channel.subscribe((message) => run(() => this.receive(message)));
  }

  /** Tells the other tabs about the tokens of the session this tab just refreshed. */
  postTokens(generation: number, accessToken: string, expiresAt: number, claims: PanoptoIdTokenClaims | null): void {
    this.deps.channel.post({
      type: 'tokens',
      generation,
      accessToken,
      expiresAt,
      claims: (claims ?? {}) as Record<string, unknown>,
    });
  }

  postSignedOut(): void {
    this.deps.channel.post({ type: 'signedOut' });
  }

  /**
   * Resolves once this tab has adopted tokens of `generation` (another tab's refresh), or after
   * `broadcastWaitMs` (its broadcast was lost), whichever comes first.
   */
  waitForGeneration(generation: number): Promise<void> {
    if (this.deps.state.value.generation >= generation) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        cancelTimer();
        const i = this.waiters.indexOf(check);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve();
      };
      const check = () => {
        if (this.deps.state.value.generation >= generation) done();
      };
      const cancelTimer = this.deps.clock.setTimeout(done, this.deps.broadcastWaitMs ?? BROADCAST_WAIT_MS);
      this.waiters.push(check);
    });
  }

  private receive(message: PanoptoAuthChannelMessage): void {
    const { store, state } = this.deps;
    const record = store.readSession();
    if (message.type === 'signedOut') {
      // Only when the shared record is gone too: a tab with its own session (sessionStorage) stays signed in.
      if (!record && state.value.status === 'authenticated') {
        this.deps.session.end();
        this.deps.events.emit({ type: 'loggedOut', at: this.deps.clock.now(), source: 'other-tab', revoked: true });
      }
      return;
    }
    // Adopt another tab's fresh token only when it belongs to the session this tab shares (same storage record).
    if (!record || message.generation > record.generation || message.generation <= state.value.generation) return;
    if (state.value.sessionId !== null && state.value.sessionId !== record.sessionId) return;
    state.set({
      status: 'authenticated',
      accessToken: message.accessToken,
      expiresAt: message.expiresAt,
      lifetimeMs: Math.max(0, message.expiresAt - this.deps.clock.now()),
      claims: message.claims as PanoptoIdTokenClaims,
      generation: message.generation,
      sessionId: record.sessionId,
    });
    for (const waiter of [...this.waiters]) waiter();
  }
}
