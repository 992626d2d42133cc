import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { SessionLifecycle } from './session-lifecycle';
import { TabSync } from './tab-sync';
import { MemoryTokenStorage } from './token-storage';
import { FakeChannel, settle } from '../testing-support/auth-test-kit';

describe('TabSync', () => {
  function setUp() {
    const clock = new FakePanoptoClock();
    const now = () => clock.now();
    const state = new AuthSessionState(now, 60_000);
    const store = new AuthSessionStore(new MemoryTokenStorage(), 'c');
    const emitted: PanoptoAuthEvent[] = [];
    const events = { emit: (e: PanoptoAuthEvent) => emitted.push(e), publish: () => undefined };
    const session = new SessionLifecycle({ state, store, now, events });
    const channel = new FakeChannel();
    const tabs = new TabSync({ channel, store, state, session, clock, events, broadcastWaitMs: 1500 });
    const stop = tabs.connect();
    session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    return { clock, state, store, emitted, channel, tabs, stop };
  }

  it("adopts another tab's newer token of the same session, and wakes a waiting refresh", async () => {
    const { clock, state, store, tabs } = setUp();
    const record = store.readSession()!;
    store.writeSession({ ...record, generation: 2, refreshToken: 'r2' });
    let woke = false;
    tabs.waitForGeneration(2).then(() => (woke = true));
    tabs.postTokens(2, 'a2', clock.now() + 3600_000, { iss: 'i', sub: 'u', aud: 'c', exp: 0 });
    await settle();
    expect(state.value.accessToken).toBe('a2');
    expect(state.value.generation).toBe(2);
    expect(woke).toBeTrue();
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('ignores an older generation, one not yet in storage and one of another session', async () => {
    const { clock, state, store, channel } = setUp();
    const record = store.readSession()!;
    channel.post({ type: 'tokens', generation: 1, accessToken: 'old', expiresAt: clock.now() + 1, claims: {} });
    channel.post({ type: 'tokens', generation: 5, accessToken: 'future', expiresAt: clock.now() + 1, claims: {} });
    await settle();
    expect(state.value.accessToken).toBe('a1');
    store.writeSession({ sessionId: 'someone-else', generation: 3 });
    channel.post({ type: 'tokens', generation: 3, accessToken: 'theirs', expiresAt: clock.now() + 1, claims: {} });
    await settle();
    expect(state.value.accessToken).toBe('a1');
    expect(state.value.sessionId).toBe(record.sessionId);
  });

  it('waitForGeneration gives up after broadcastWaitMs on the clock when no broadcast comes', async () => {
    const { clock, tabs } = setUp();
    let woke = false;
    tabs.waitForGeneration(7).then(() => (woke = true));
    expect(clock.pendingDelays()).toEqual([1500]);
    clock.tick(1499);
    await settle();
    expect(woke).toBeFalse();
    clock.tick(1);
    await settle();
    expect(woke).toBeTrue();
  });

  it("follows another tab's sign-out only when the shared record is gone; stops when disconnected", async () => {
    const { state, store, emitted, channel, tabs, stop } = setUp();
    tabs.postSignedOut();
    await settle();
    expect(state.value.status).toBe('authenticated');
    store.clearSession();
    channel.post({ type: 'signedOut' });
    await settle();
    expect(state.value.status).toBe('anonymous');
    expect(emitted).toEqual([jasmine.objectContaining({ type: 'loggedOut', source: 'other-tab' })]);
    stop();
    expect(channel.posted.length).toBe(2);
  });
});
