import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoRefreshReason } from './auth-events';
import { ANONYMOUS_SESSION, AuthSessionState, SessionState } from './auth-session-state';
import { LATE_TIMER_MS, MAX_TIMER_MS, RefreshScheduler } from './refresh-scheduler';

describe('RefreshScheduler', () => {
  function setUp(enabled = true) {
    const clock = new FakePanoptoClock();
    const reasons: PanoptoRefreshReason[] = [];
    let scheduler: RefreshScheduler | null = null;
    const state = new AuthSessionState(
      () => clock.now(),
      60_000,
      (s) => scheduler?.schedule(s),
    );
    scheduler = new RefreshScheduler({
      clock,
      state,
      enabled,
      refresh: async (reason) => reasons.push(reason),
    });
    const signIn = (lifetimeMs: number): SessionState => {
      const s: SessionState = {
        status: 'authenticated',
        accessToken: 'a',
        expiresAt: clock.now() + lifetimeMs,
        lifetimeMs,
        claims: null,
        generation: 1,
        sessionId: 's',
      };
      state.set(s);
      return s;
    };
    return { clock, state, scheduler, reasons, signIn };
  }

  it('arms one timer refreshSkewMs before expiry and clears it at sign-out', () => {
    const { clock, state, reasons, signIn } = setUp();
    signIn(600_000);
    expect(clock.pendingDelays()).toEqual([540_000]);
    clock.tick(540_000);
    expect(reasons).toEqual(['expiring']);
    signIn(600_000);
    state.set({ ...ANONYMOUS_SESSION });
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('caps the timer at the longest delay browsers honour', () => {
    const { clock, signIn } = setUp();
    signIn(60 * 24 * 3600_000);
    expect(clock.pendingDelays()).toEqual([MAX_TIMER_MS]);
  });

  it('reports a timer that fired long after its due time (the page slept) as resume', () => {
    const { clock, reasons, signIn } = setUp();
    signIn(600_000);
    clock.jump(540_000 + LATE_TIMER_MS);
    expect(reasons).toEqual(['expiring']);
    signIn(600_000);
    clock.jump(540_000 + LATE_TIMER_MS + 1);
    expect(reasons).toEqual(['expiring', 'resume']);
  });

  it('re-arms instead of refreshing when the check finds the token still fresh', () => {
    const { clock, scheduler, reasons, signIn } = setUp();
    signIn(600_000);
    scheduler.refreshIfExpiring('resume');
    expect(reasons).toEqual([]);
    expect(clock.pendingDelays()).toEqual([540_000]);
  });

  it('checks expiry when the window goes online or the document becomes visible; stops when told', () => {
    const { state, scheduler, reasons, signIn } = setUp(false);
    signIn(600_000);
    state.set({ ...state.value, expiresAt: 0 });
    const outside: string[] = [];
    const stop = scheduler.listenForResume(document, (fn) => {
      outside.push('registered');
      fn();
    });
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(outside).toEqual(['registered']);
    expect(reasons).toEqual(document.visibilityState === 'visible' ? ['resume', 'resume'] : ['resume']);
    const before = reasons.length;
    stop();
    window.dispatchEvent(new Event('online'));
    expect(reasons.length).toBe(before);
  });

  it('arms no timer when disabled (server render)', () => {
    const { clock, signIn } = setUp(false);
    signIn(600_000);
    expect(clock.pendingDelays()).toEqual([]);
  });
});
