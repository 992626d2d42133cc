import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { SessionLifecycle } from './session-lifecycle';
import { MemoryTokenStorage } from './token-storage';

describe('SessionLifecycle', () => {
  function setUp() {
    const clock = new FakePanoptoClock();
    const state = new AuthSessionState(() => clock.now(), 60_000);
    const store = new AuthSessionStore(new MemoryTokenStorage(), 'c');
    const emitted: PanoptoAuthEvent[] = [];
    const published: string[] = [];
    let ended = 0;
    const session = new SessionLifecycle({
      state,
      store,
      now: () => clock.now(),
      events: { emit: (e) => emitted.push(e), publish: (e) => published.push(e.type) },
      onEnd: () => ended++,
    });
    return { clock, state, store, emitted, published, session, ended: () => ended };
  }

  it('begin() starts a new session with the next generation and stores only the refresh token', () => {
    const { clock, state, store, session } = setUp();
    store.writeSession({ sessionId: 'old', generation: 4 });
    const record = session.begin({ accessToken: 'a', expiresIn: 3600, refreshToken: 'r' }, null);
    expect(record.generation).toBe(5);
    expect(record.sessionId).not.toBe('old');
    expect(store.readSession()).toEqual(record);
    expect(state.value).toEqual(
      jasmine.objectContaining({ status: 'authenticated', accessToken: 'a', expiresAt: clock.now() + 3600_000 }),
    );
    expect(JSON.stringify(store.readSession())).not.toContain('"a"');
  });

  it('expire() forgets the session and reports it once; without a session it reports nothing', () => {
    const { state, store, emitted, published, session, ended } = setUp();
    session.begin({ accessToken: 'a', expiresIn: 3600, refreshToken: 'r' }, null);
    const error = new PanoptoSignInError('invalid_grant', 'dead');
    session.expire(error);
    expect(state.value.status).toBe('anonymous');
    expect(store.readSession()).toBeNull();
    expect(emitted).toEqual([jasmine.objectContaining({ type: 'sessionExpired', error })]);
    expect(published).toEqual(['auth-signed-out']);
    expect(ended()).toBe(1);
    session.expire(error);
    expect(emitted.length).toBe(1);
  });
});
