import type { PanoptoClock } from 'panopto-ng/core';
import { PanoptoAuthChannel, PanoptoAuthChannelMessage } from './auth-channel';
import { AuthSessionStore, SharedSessionRecord } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { PanoptoIdTokenClaims } from './id-token';
import { randomString } from './pkce';
import { AuthEventSink, SessionLifecycle } from './session-lifecycle';

/** How long a tab that waited for the lock waits for the winner's broadcast before refreshing itself. */
export const BROADCAST_WAIT_MS = 1500;

/** How long a refresh waits for the tabs known to share its session to say what they hold. */
export const PEER_WAIT_MS = 1000;

export interface TabSyncDeps {
  readonly channel: PanoptoAuthChannel;
  readonly store: AuthSessionStore;
  readonly state: AuthSessionState;
  readonly session: SessionLifecycle;
  readonly clock: PanoptoClock;
  readonly events: AuthEventSink;
  readonly broadcastWaitMs?: number;
  readonly peerWaitMs?: number;
}

/** Tokens another tab of the same session holds. */
interface PeerTokens {
  sessionId: string;
  generation: number;
  accessToken: string | null;
  expiresAt: number | null;
  claims: Record<string, unknown>;
  refreshToken?: string;
}

/**
 * Cross-tab coordination over the auth channel: adopts the fresh token another tab of the same session
 * broadcast, follows a sign-out in another tab, and lets a refresh wait for another tab's result.
 *
 * Duplicated tabs: the copy starts with the same session record (same session id, same refresh token) in its
 * own `sessionStorage`. It announces itself; every tab that holds the same session becomes a peer, and
 * before a refresh under the cross-tab lock a tab asks its peers for their newest tokens and adopts them
 * (refresh token included), so a rotated-away refresh token is never presented (with rotation that would
 * revoke the whole grant at the tenant).
 */
export class TabSync {
  private readonly waiters: (() => void)[] = [];
  /** This page's id on the channel. */
  private readonly tabId = randomString(12);
  /** Tabs seen holding the same session as this one. */
  private readonly peers = new Set<string>();
  private answered: ((from: string) => void) | null = null;

  constructor(private readonly deps: TabSyncDeps) {}

  /**
   * Starts listening, and announces this tab to any other holding the same session; returns the function that
   * stops. `run` wraps each message (the service passes `zone.run`, so what a message changes is seen by
   * change detection).
   */
  connect(run: (fn: () => void) => void = (fn) => fn()): () => void {
    const stop = this.deps.channel.subscribe((message) => run(() => this.receive(message)));
    this.query();
    return stop;
  }

  /** Tells the other tabs about the tokens of the session this tab just refreshed. */
  postTokens(
    generation: number,
    accessToken: string,
    expiresAt: number,
    claims: PanoptoIdTokenClaims | null,
    record?: SharedSessionRecord,
  ): void {
    this.deps.channel.post({
      type: 'tokens',
      generation,
      accessToken,
      expiresAt,
      claims: (claims ?? {}) as Record<string, unknown>,
      ...(record
        ? {
            sessionId: record.sessionId,
            from: this.tabId,
            ...(record.refreshToken ? { refreshToken: record.refreshToken } : {}),
          }
        : {}),
    });
  }

  postSignedOut(sessionId?: string): void {
    this.deps.channel.post({ type: 'signedOut', ...(sessionId ? { sessionId } : {}) });
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

  /**
   * Asks the tabs known to share this session what they hold, and adopts anything newer; resolves when all of
   * them answered or after `peerWaitMs` (a peer that stays silent was closed and is forgotten). Immediate when
   * no other tab shares the session. Called under the refresh lock, so the answers reflect every refresh
   * that finished before.
   */
  syncWithPeers(): Promise<void> {
    const sessionId = this.sessionId();
    if (!sessionId || this.peers.size === 0) return Promise.resolve();
    const waiting = new Set(this.peers);
    return new Promise((resolve) => {
      const done = () => {
        cancelTimer();
        this.answered = null;
        for (const silent of waiting) this.peers.delete(silent);
        resolve();
      };
      this.answered = (from) => {
        waiting.delete(from);
        if (waiting.size === 0) done();
      };
      const cancelTimer = this.deps.clock.setTimeout(done, this.deps.peerWaitMs ?? PEER_WAIT_MS);
      this.query();
    });
  }

  /** The session this tab holds or is about to restore. */
  private sessionId(): string | null {
    return this.deps.state.value.sessionId ?? this.deps.store.readSession()?.sessionId ?? null;
  }

  private query(): void {
    const sessionId = this.sessionId();
    if (!sessionId) return;
    const generation = Math.max(this.deps.state.value.generation, this.deps.store.readSession()?.generation ?? 0);
    this.deps.channel.post({ type: 'sessionQuery', from: this.tabId, sessionId, generation });
  }

  private receive(message: PanoptoAuthChannelMessage): void {
    switch (message.type) {
      case 'signedOut':
        return this.receiveSignedOut(message.sessionId);
      case 'sessionQuery':
        return this.answer(message);
      case 'sessionState':
        if (message.to !== this.tabId || message.sessionId !== this.sessionId()) return;
        this.peers.add(message.from);
        this.adoptIfNewer(message);
        this.answered?.(message.from);
        return;
      case 'tokens':
        if (message.sessionId !== undefined) {
          if (message.from === this.tabId || message.sessionId !== this.sessionId()) return;
          if (message.from) this.peers.add(message.from);
          this.adoptIfNewer({ ...message, sessionId: message.sessionId });
          return;
        }
        return this.receiveLegacyTokens(message);
    }
  }

  /** Another tab announced or asked: if it holds our session, it is a peer, and it gets what we hold. */
  private answer(query: { from: string; sessionId: string }): void {
    if (query.from === this.tabId || query.sessionId !== this.sessionId()) return;
    this.peers.add(query.from);
    const s = this.deps.state.value;
    const record = this.deps.store.readSession();
    this.deps.channel.post({
      type: 'sessionState',
      from: this.tabId,
      to: query.from,
      sessionId: query.sessionId,
      generation: Math.max(s.generation, record?.generation ?? 0),
      accessToken: s.status === 'authenticated' ? s.accessToken : null,
      expiresAt: s.status === 'authenticated' ? s.expiresAt : null,
      claims: (s.claims ?? {}) as Record<string, unknown>,
      ...(record?.sessionId === query.sessionId && record.refreshToken ? { refreshToken: record.refreshToken } : {}),
    });
  }

  /**
   * Takes a peer's tokens when they are newer than ours (or as new, and we have no access token yet: a
   * duplicated tab at startup). The refresh token goes into this tab's own record.
   */
  private adoptIfNewer(peer: PeerTokens): void {
    const { store, state, clock } = this.deps;
    const s = state.value;
    const record = store.readSession();
    const newest = Math.max(s.generation, record?.generation ?? 0);
    const fresh = peer.accessToken !== null && peer.expiresAt !== null && peer.expiresAt > clock.now();
    const takeTokens = fresh && peer.generation >= newest && (peer.generation > s.generation || !s.accessToken);
    if (record?.sessionId === peer.sessionId && peer.generation > record.generation) {
      const refreshToken = peer.refreshToken ?? record.refreshToken;
      store.writeSession({
        sessionId: peer.sessionId,
        generation: peer.generation,
        ...(refreshToken ? { refreshToken } : {}),
      });
    }
    if (takeTokens) {
      this.adopt(peer.generation, peer.accessToken as string, peer.expiresAt as number, peer.claims, peer.sessionId);
    }
  }

  private adopt(
    generation: number,
    accessToken: string,
    expiresAt: number,
    claims: Record<string, unknown>,
    sessionId: string,
  ): void {
    this.deps.state.set({
      status: 'authenticated',
      accessToken,
      expiresAt,
      lifetimeMs: Math.max(0, expiresAt - this.deps.clock.now()),
      claims: claims as PanoptoIdTokenClaims,
      generation,
      sessionId,
    });
    for (const waiter of [...this.waiters]) waiter();
  }

  private receiveSignedOut(sessionId: string | undefined): void {
    const { store, state } = this.deps;
    const record = store.readSession();
    // Our own session signed out in another tab (a duplicate): its grant is revoked, so ours is too.
    const ours = sessionId !== undefined && sessionId === this.sessionId();
    if (ours) store.clearSession();
    // Otherwise only when the shared record is gone too: a tab with its own session stays signed in.
    if ((ours || !record) && state.value.status === 'authenticated') {
      this.deps.session.end();
      this.deps.events.emit({ type: 'loggedOut', at: this.deps.clock.now(), source: 'other-tab', revoked: true });
    }
  }

  /** A broadcast without a session id (a shared storage record): adopted when the record is already there. */
  private receiveLegacyTokens(message: Extract<PanoptoAuthChannelMessage, { type: 'tokens' }>): void {
    const { store, state } = this.deps;
    const record = store.readSession();
    if (!record || message.generation > record.generation || message.generation <= state.value.generation) return;
    if (state.value.sessionId !== null && state.value.sessionId !== record.sessionId) return;
    this.adopt(message.generation, message.accessToken, message.expiresAt, message.claims, record.sessionId);
  }
}
