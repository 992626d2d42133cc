import { FakePanoptoClock } from 'panopto-ng/testing';
import { ANONYMOUS_SESSION, AuthSessionState, SessionState, userFromClaims } from './auth-session-state';
import { PanoptoAuthStatus, PanoptoUser } from './auth-events';
import { PanoptoIdTokenClaims } from './id-token';

// A tenant may send a claim of an unexpected type; the user object leaves it out.
const claims = {
  iss: 'i',
  sub: 'u1',
  aud: 'c',
  exp: 0,
  name: 'Ada',
  preferred_username: 'ada',
  email: 3,
} as unknown as PanoptoIdTokenClaims;

function signedIn(clock: FakePanoptoClock, lifetimeMs: number, extra: Partial<SessionState> = {}): SessionState {
  return {
    status: 'authenticated',
    accessToken: 'a',
    expiresAt: clock.now() + lifetimeMs,
    lifetimeMs,
    claims,
    generation: 1,
    sessionId: 's',
    ...extra,
  };
}

describe('AuthSessionState', () => {
  it('starts unknown; isAuthenticated$ waits for the startup check', () => {
    const state = new AuthSessionState(() => 0, 60_000);
    const statuses: PanoptoAuthStatus[] = [];
    const authenticated: boolean[] = [];
    state.status$.subscribe((s) => statuses.push(s));
    state.isAuthenticated$.subscribe((a) => authenticated.push(a));
    expect(statuses).toEqual(['unknown']);
    expect(authenticated).toEqual([]);
    state.set({ ...ANONYMOUS_SESSION });
    expect(statuses).toEqual(['unknown', 'anonymous']);
    expect(authenticated).toEqual([false]);
  });

  it('user$ emits again only when the subject changes, with the user built from the claims', () => {
    const clock = new FakePanoptoClock();
    const state = new AuthSessionState(() => clock.now(), 60_000);
    const users: (PanoptoUser | null)[] = [];
    state.user$.subscribe((u) => users.push(u));
    state.set(signedIn(clock, 3600_000));
    state.set(signedIn(clock, 3600_000, { accessToken: 'b', generation: 2 }));
    expect(users.length).toBe(2);
    expect(users[1]).toEqual({
      sub: 'u1',
      name: 'Ada',
      preferredUsername: 'ada',
      email: undefined,
      displayName: 'Ada',
      claims,
    });
  });

  it('a token is expiring refreshSkewMs before expiry, but never earlier than half its lifetime', () => {
    const clock = new FakePanoptoClock();
    const state = new AuthSessionState(() => clock.now(), 60_000);
    const long = signedIn(clock, 600_000);
    const short = signedIn(clock, 4000);
    expect(state.skewFor(long)).toBe(60_000);
    expect(state.skewFor(short)).toBe(2000);
    expect(state.isExpiring(long)).toBeFalse();
    clock.tick(540_000);
    expect(state.isExpiring(long)).toBeTrue();
    expect(state.isExpiring({ ...ANONYMOUS_SESSION })).toBeTrue();
  });

  it('calls onChange after the observables saw the new state, and ignores set() once closed', () => {
    const order: string[] = [];
    const state = new AuthSessionState(
      () => 0,
      60_000,
      (s) => order.push(`change:${s.status}`),
    );
    state.status$.subscribe((s) => order.push(`status:${s}`));
    state.set({ ...ANONYMOUS_SESSION });
    expect(order).toEqual(['status:unknown', 'status:anonymous', 'change:anonymous']);
    let completed = false;
    state.status$.subscribe({ complete: () => (completed = true) });
    state.close();
    state.set({ ...ANONYMOUS_SESSION, status: 'authenticated' });
    expect(completed).toBeTrue();
    expect(state.value.status).toBe('anonymous');
  });

  it('userFromClaims keeps only string profile claims', () => {
    expect(userFromClaims(null)).toBeNull();
    expect(userFromClaims({ ...claims, name: 5 } as unknown as PanoptoIdTokenClaims)?.name).toBeUndefined();
  });

  it('displayName: name, else preferred_username, else email; absent (never empty) with only sub', () => {
    const only = (extra: Record<string, unknown>) =>
      userFromClaims({ iss: 'i', sub: 'u1', aud: 'c', exp: 0, ...extra } as PanoptoIdTokenClaims)?.displayName;
    expect(only({ name: 'Ada Lovelace', preferred_username: 'ada', email: 'ada@example.edu' })).toBe('Ada Lovelace');
    expect(only({ name: '  ', preferred_username: 'ada', email: 'ada@example.edu' })).toBe('ada');
    expect(only({ email: 'ada@example.edu' })).toBe('ada@example.edu');
    // The default scopes (no `profile`): the ID token carries `sub` alone, an opaque id not worth showing.
    expect(only({})).toBeUndefined();
    expect('displayName' in (userFromClaims({ ...claims, name: '', preferred_username: '' }) as object)).toBeFalse();
  });
});
