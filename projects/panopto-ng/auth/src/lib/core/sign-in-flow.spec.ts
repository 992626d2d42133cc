import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoAuthEvent } from './auth-events';
import { AuthSessionStore } from './auth-session-store';
import { AuthSessionState } from './auth-session-state';
import { SessionLifecycle } from './session-lifecycle';
import { SignInFlow } from './sign-in-flow';
import { TokenGrant, TokenResult } from './token-grant';
import { MemoryTokenStorage } from './token-storage';
import { CLIENT_ID, ENDPOINTS, ISSUER, REDIRECT, keylessVerifier } from '../testing-support/auth-test-kit';

describe('SignInFlow', () => {
  function setUp() {
    const clock = new FakePanoptoClock(Date.UTC(2026, 0, 1, 9));
    const now = () => clock.now();
    const storage = new MemoryTokenStorage();
    const store = new AuthSessionStore(storage, CLIENT_ID);
    const state = new AuthSessionState(now, 60_000);
    const emitted: PanoptoAuthEvent[] = [];
    const events = { emit: (e: PanoptoAuthEvent) => emitted.push(e), publish: () => undefined };
    const exchanged: string[][] = [];
    let nonce = '';
    const grant: TokenGrant = {
      exchangeCode: async (code, verifier, redirectUri): Promise<TokenResult> => {
        exchanged.push([code, verifier, redirectUri]);
        const exp = Math.floor(clock.now() / 1000) + 3600;
        return {
          accessToken: 'at',
          expiresIn: 3600,
          refreshToken: 'rt',
          idTokenClaims: { iss: ISSUER, aud: CLIENT_ID, sub: 'u', exp, nonce, name: 'Ada' },
        };
      },
      refresh: () => Promise.reject(new Error('unused')),
      revoke: () => Promise.resolve(),
    };
    const endpoints = { resolve: async () => ({ discovery: '', ...ENDPOINTS }) };
    const verifier = keylessVerifier(now);
    const session = new SessionLifecycle({ state, store, now, events });
    const flow = new SignInFlow({
      config: { clientId: CLIENT_ID, redirectUri: REDIRECT, scopes: ['openid', 'api'] },
      now,
      store,
      endpoints,
      grant,
      verifier,
      state,
      session,
      events,
      document,
    });
    const start = async (returnUrl = '/back') => {
      const url = new URL(await flow.authorizationUrl(returnUrl));
      nonce = url.searchParams.get('nonce') as string;
      return url;
    };
    return { clock, storage, state, emitted, exchanged, flow, start };
  }

  it('builds the authorization request and keeps its round-trip data under the state', async () => {
    const { storage, start } = setUp();
    const url = await start('//evil.example');
    expect(`${url.origin}${url.pathname}`).toBe(ENDPOINTS.authorization);
    expect(url.searchParams.get('scope')).toBe('openid api');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    const pending = JSON.parse(
      storage.getItem(`panopto-ng.auth.${CLIENT_ID}.pending.${url.searchParams.get('state')}`) as string,
    );
    expect(pending.returnUrl).toBe('/');
    expect(pending.redirectUri).toBe(REDIRECT);
  });

  it('completes: redeems the code with the stored verifier and starts the session', async () => {
    const { state, emitted, exchanged, flow, start } = setUp();
    const url = await start();
    const s = url.searchParams.get('state');
    const result = await flow.complete(`${REDIRECT}?code=c0de&state=${s}&iss=${encodeURIComponent(ISSUER)}`);
    expect(result.returnUrl).toBe('/back');
    expect(result.user.name).toBe('Ada');
    expect(exchanged[0][0]).toBe('c0de');
    expect(exchanged[0][2]).toBe(REDIRECT);
    expect(state.value.status).toBe('authenticated');
    expect(emitted.map((e) => e.type)).toEqual(['login']);
    await expectAsync(flow.complete(`${REDIRECT}?code=c0de&state=${s}`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_replayed' }),
    );
  });

  it('refuses an issuer mix-up, a denied sign-in and a missing code before redeeming anything', async () => {
    const { exchanged, flow, start } = setUp();
    const a = (await start()).searchParams.get('state');
    await expectAsync(flow.complete(`${REDIRECT}?code=c&state=${a}&iss=https://other`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_mismatch' }),
    );
    const b = (await start()).searchParams.get('state');
    await expectAsync(flow.complete(`${REDIRECT}?error=access_denied&state=${b}`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'authorization_denied' }),
    );
    const c = (await start()).searchParams.get('state');
    await expectAsync(flow.complete(`${REDIRECT}?state=${c}`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'missing_code' }),
    );
    expect(exchanged).toEqual([]);
  });

  it('refuses a state older than the pending-login lifetime', async () => {
    const { clock, flow, start } = setUp();
    const s = (await start()).searchParams.get('state');
    clock.tick(16 * 60_000);
    await expectAsync(flow.complete(`${REDIRECT}?code=c&state=${s}`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_mismatch' }),
    );
  });
});
