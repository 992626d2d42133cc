import { PanoptoSignInError } from './auth-errors';
import { MemoryTokenStorage } from './token-storage';
import {
  CLIENT_ID,
  FakeIdp,
  createKit,
  flushJwks,
  formOf,
  isJwksRequest,
  isTokenRequest,
  settle,
  waitForRequests,
} from '../testing-support/auth-test-kit';

// Security review, point 3: a failed key fetch during a refresh after a reload must not end the session.
describe('PanoptoAuthService: the JWKS cannot be fetched during a refresh', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  const sessionKey = `panopto-ng.auth.${CLIENT_ID}.session`;

  it('keeps the rotated refresh token, reports retryable PanoptoSignInErrors and recovers on the next refresh', async () => {
    const storage = new MemoryTokenStorage();
    storage.setItem(sessionKey, JSON.stringify({ sessionId: 's-1', generation: 1, refreshToken: 'r1' }));
    const kit = createKit({ storage });
    // The reload's refresh: the tenant rotates r1 → r2, then every JWKS attempt fails.
    const [refresh] = await waitForRequests(kit.http, isTokenRequest);
    expect(formOf(refresh).get('refresh_token')).toBe('r1');
    refresh.flush({
      access_token: 'a2',
      expires_in: 3600,
      refresh_token: 'r2',
      id_token: await idp.idToken({}, kit.clock.now()),
    });
    for (let attempt = 0; attempt < 4; attempt++) {
      const [jwks] = await waitForRequests(kit.http, isJwksRequest);
      jwks.flush('unavailable', { status: 503, statusText: 'Service Unavailable' });
      await settle(2);
      kit.clock.tick(100);
    }
    await settle(5);
    kit.http.expectNone(isJwksRequest);

    expect(kit.events.some((e) => e.type === 'sessionExpired')).toBeFalse();
    const failures = kit.events.filter((e) => e.type === 'refreshFailed');
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      if (failure.type !== 'refreshFailed') continue;
      expect(failure.error).toEqual(jasmine.any(PanoptoSignInError));
      expect(failure.error.code).toBe('keys_unavailable');
    }
    const stored = JSON.parse(storage.getItem(sessionKey) as string);
    expect(stored.refreshToken).toBe('r2');

    // Keys are back: the next refresh uses the rotated token and signs the user in.
    const again = kit.service.refresh();
    const [next] = await waitForRequests(kit.http, isTokenRequest);
    expect(formOf(next).get('refresh_token')).toBe('r2');
    next.flush({
      access_token: 'a3',
      expires_in: 3600,
      refresh_token: 'r3',
      id_token: await idp.idToken({}, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    expect(await again).toBe('a3');
    expect(kit.service.snapshot.status).toBe('authenticated');
  });

  it('a signature that does not verify is terminal: the session ends with invalid_id_token', async () => {
    const storage = new MemoryTokenStorage();
    storage.setItem(sessionKey, JSON.stringify({ sessionId: 's-1', generation: 1, refreshToken: 'r1' }));
    const kit = createKit({ storage });
    const other = await FakeIdp.create();
    const [refresh] = await waitForRequests(kit.http, isTokenRequest);
    refresh.flush({
      access_token: 'a2',
      expires_in: 3600,
      refresh_token: 'r2',
      id_token: await other.idToken({}, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    await settle(5);
    const expired = kit.events.find((e) => e.type === 'sessionExpired');
    expect(expired?.type === 'sessionExpired' && expired.error.code).toBe('invalid_id_token');
    expect(storage.getItem(sessionKey)).toBeNull();
  });
});
