import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { InProcessRefreshLock, PanoptoRefreshLock } from './refresh-lock';
import { SessionLifecycle } from './session-lifecycle';
import { TabSync } from './tab-sync';
import { TokenGrant, TokenResult } from './token-grant';
import { TokenRefresher } from './token-refresher';
import { MemoryTokenStorage } from './token-storage';
import { CLIENT_ID, ENDPOINTS, FakeChannel, keylessVerifier, settle } from '../testing-support/auth-test-kit';

describe('TokenRefresher', () => {
  function setUp(options: { mode?: 'public' | 'broker'; lock?: PanoptoRefreshLock } = {}) {
    const clock = new FakePanoptoClock();
    const now = () => clock.now();
    const state = new AuthSessionState(now, 60_000);
    const store = new AuthSessionStore(new MemoryTokenStorage(), CLIENT_ID);
    const emitted: PanoptoAuthEvent[] = [];
    const published: string[] = [];
    const events = {
      emit: (e: PanoptoAuthEvent) => emitted.push(e),
      publish: (e: { type: string; outcome?: string; detail?: string }) =>
        published.push([e.type, e.outcome, e.detail].filter(Boolean).join(':')),
    };
    const session = new SessionLifecycle({ state, store, now, events });
    const channel = new FakeChannel();
    const tabs = new TabSync({ channel, store, state, session, clock, events });
    tabs.connect();
    const answers: (TokenResult | Error)[] = [];
    const presented: (string | null)[] = [];
    const grant: TokenGrant = {
      exchangeCode: () => Promise.reject(new Error('unused')),
      refresh: async (refreshToken) => {
        presented.push(refreshToken);
        const next = answers.shift() ?? new Error('no answer queued');
        if (next instanceof Error) throw next;
        return next;
      },
      revoke: () => Promise.resolve(),
    };
    const verifier = keylessVerifier(now);
    const refresher = new TokenRefresher({
      config: { clientId: CLIENT_ID, mode: options.mode ?? 'public' },
      retry: { maxRetries: 0, initialDelayMs: 10, maxDelayMs: 40 },
      clock,
      random: () => 0.5,
      state,
      store,
      lock: options.lock ?? new InProcessRefreshLock(),
      grant,
      endpoints: { resolve: async () => ({ discovery: '', ...ENDPOINTS }) },
      verifier,
      session,
      tabs,
      events,
      destroyed: () => false,
    });
    return { clock, state, store, emitted, published, session, channel, answers, presented, refresher };
  }

  it('concurrent refreshes share one token call; the rotated token is stored and broadcast', async () => {
    const t = setUp();
    t.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    t.answers.push({ accessToken: 'a2', expiresIn: 3600, refreshToken: 'r2' });
    const both = await Promise.all([t.refresher.refresh('manual'), t.refresher.refresh('expiring')]);
    expect(both).toEqual(['a2', 'a2']);
    expect(t.presented).toEqual(['r1']);
    expect(t.store.readSession()).toEqual(jasmine.objectContaining({ generation: 2, refreshToken: 'r2' }));
    expect(t.channel.posted).toEqual([jasmine.objectContaining({ type: 'tokens', generation: 2, accessToken: 'a2' })]);
    expect(t.emitted).toEqual([jasmine.objectContaining({ type: 'tokenRefreshed', reason: 'manual' })]);
    expect(t.published).toEqual(['auth-refresh:started:manual', 'auth-refresh:succeeded']);
  });

  it('public mode without a stored session: not_signed_in, and a signed-in tab is signed out', async () => {
    const t = setUp();
    t.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    t.store.clearSession();
    await expectAsync(t.refresher.refresh('manual')).toBeRejectedWith(
      jasmine.objectContaining({ code: 'not_signed_in' }),
    );
    expect(t.state.value.status).toBe('anonymous');
    expect(t.presented).toEqual([]);
    expect(t.published).toContain('auth-refresh:failed:not_signed_in');
  });

  it('uses the token another tab refreshed while this one waited for the lock, without a token call', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const t = setUp({ lock: { run: async (_name, task) => gate.then(task) } });
    t.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    const refresh = t.refresher.refresh('expiring');
    // The other tab wins the lock, rotates the token and broadcasts it.
    const record = t.store.readSession()!;
    t.store.writeSession({ ...record, generation: 2, refreshToken: 'r2' });
    t.channel.post({
      type: 'tokens',
      generation: 2,
      accessToken: 'a2',
      expiresAt: t.clock.now() + 3600_000,
      claims: {},
    });
    await settle();
    release();
    expect(await refresh).toBe('a2');
    expect(t.presented).toEqual([]);
  });

  it('a terminal failure is reported and ends the session', async () => {
    const t = setUp();
    t.session.begin({ accessToken: 'a1', expiresIn: 3600, refreshToken: 'r1' }, null);
    t.answers.push(new PanoptoSignInError('invalid_grant', 'dead', 400));
    await expectAsync(t.refresher.refresh('manual')).toBeRejectedWith(
      jasmine.objectContaining({ code: 'invalid_grant' }),
    );
    expect(t.emitted.map((e) => e.type)).toEqual(['refreshFailed', 'sessionExpired']);
    expect(t.store.readSession()).toBeNull();
    expect(t.published).toContain('auth-refresh:failed:invalid_grant');
  });

  it('a broker probe at startup without a session fails quietly (no refreshFailed event)', async () => {
    const t = setUp({ mode: 'broker' });
    t.answers.push(new PanoptoSignInError('invalid_grant', 'no cookie', 401));
    await expectAsync(t.refresher.refresh('startup')).toBeRejected();
    expect(t.emitted).toEqual([]);
    expect(t.presented).toEqual([null]);
  });
});
