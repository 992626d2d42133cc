import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { SessionLifecycle } from './session-lifecycle';
import { TabSync } from './tab-sync';
import { MemoryTokenStorage } from './token-storage';
import { FakeChannel, settle } from '../testing-support/auth-test-kit';

// Security review, point 2: a duplicated tab starts with a copy of the other's sessionStorage record. Each tab
// here has its own storage (as sessionStorage is per tab) and they share one channel.
describe('TabSync: a duplicated tab', () => {
  const clock = new FakePanoptoClock(Date.UTC(2026, 0, 1, 9));
  const channel = new FakeChannel();
  function tab(copyOf?: AuthSessionStore) {
    const now = () => clock.now();
    const state = new AuthSessionState(now, 60_000);
    const storage = new MemoryTokenStorage();
    const store = new AuthSessionStore(storage, 'c');
    if (copyOf) store.writeSession(copyOf.readSession()!);
    const emitted: PanoptoAuthEvent[] = [];
    const events = { emit: (e: PanoptoAuthEvent) => emitted.push(e), publish: () => undefined };
    const session = new SessionLifecycle({ state, store, now, events });
    const tabs = new TabSync({ channel, store, state, session, clock, events, peerWaitMs: 500 });
    return { state, store, session, tabs, emitted, connect: () => tabs.connect() };
  }

  it("adopts the original's current token at startup instead of refreshing with the copied refresh token", async () => {
    const a = tab();
    a.connect();
    a.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    const b = tab(a.store);
    b.connect();
    await settle();
    expect(b.state.value.accessToken).toBe('a1');
    expect(b.state.value.sessionId).toBe(a.state.value.sessionId);
  });

  it("the original adopts the copy's rotated refresh token; a refresh under the lock asks its peers first", async () => {
    const a = tab();
    a.connect();
    a.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    const b = tab(a.store);
    b.connect();
    await settle();
    // B refreshes (r1 → r2) and tells the others.
    const rotated = { ...b.store.readSession()!, generation: 2, refreshToken: 'r2' };
    b.store.writeSession(rotated);
    b.tabs.postTokens(2, 'a2', clock.now() + 3600_000, null, rotated);
    await settle();
    expect(a.store.readSession()?.refreshToken).toBe('r2');
    expect(a.state.value.accessToken).toBe('a2');

    // B rotates again but its broadcast is lost; A, about to refresh under the lock, asks B and gets r3.
    const again = { ...rotated, generation: 3, refreshToken: 'r3' };
    b.store.writeSession(again);
    b.session.apply({ accessToken: 'a3', expiresIn: 3600 }, null, again);
    await a.tabs.syncWithPeers();
    expect(a.store.readSession()).toEqual(jasmine.objectContaining({ generation: 3, refreshToken: 'r3' }));
    expect(a.state.value.accessToken).toBe('a3');
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('a peer that closed costs one wait, then is forgotten', async () => {
    const a = tab();
    a.connect();
    a.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    const b = tab(a.store);
    const stopB = b.connect();
    await settle();
    stopB();
    let done = false;
    a.tabs.syncWithPeers().then(() => (done = true));
    await settle();
    expect(done).toBeFalse();
    clock.tick(500);
    await settle();
    expect(done).toBeTrue();
    let second = false;
    a.tabs.syncWithPeers().then(() => (second = true));
    await settle();
    expect(second).toBeTrue();
  });

  it('signing out in one ends the copy too (its grant was revoked)', async () => {
    const a = tab();
    a.connect();
    a.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    const b = tab(a.store);
    b.connect();
    await settle();
    a.tabs.postSignedOut(a.state.value.sessionId ?? undefined);
    await settle();
    expect(b.state.value.status).toBe('anonymous');
    expect(b.store.readSession()).toBeNull();
    expect(b.emitted).toEqual([jasmine.objectContaining({ type: 'loggedOut', source: 'other-tab' })]);
  });
});
