import {
  BROKER,
  CLIENT_ID,
  ISSUER,
  REDIRECT,
  createKit,
  settle,
  waitForRequests,
} from '../testing-support/auth-test-kit';

// Broker mode: the broker verifies the ID token's nonce (so the browser sends it with the code), and logout
// revokes the access token as well (so the browser sends it).
describe('PanoptoAuthService in broker mode: what goes to the broker', () => {
  it('sends the nonce with the code, and the access token with logout', async () => {
    const kit = createKit({ auth: { mode: 'broker', brokerUrl: BROKER } });
    // The startup probe: no cookie yet.
    const [probe] = await waitForRequests(kit.http, (r) => r.url === `${BROKER}refresh`);
    probe.flush(
      { error: 'invalid_grant', error_description: 'No session' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle(2);
    await kit.service.login('/after');
    const authorize = new URL(kit.redirects[kit.redirects.length - 1]);
    const state = authorize.searchParams.get('state') as string;
    const nonce = authorize.searchParams.get('nonce') as string;
    const done = kit.service.handleCallback(`${REDIRECT}?code=the-code&state=${state}`);
    const [token] = await waitForRequests(kit.http, (r) => r.url === `${BROKER}token`);
    expect(token.request.body).toEqual(jasmine.objectContaining({ code: 'the-code', nonce }));
    const nowS = Math.floor(kit.clock.now() / 1000);
    token.flush({
      access_token: 'broker-access',
      expires_in: 3600,
      id_token_claims: { iss: ISSUER, aud: CLIENT_ID, sub: 'u', exp: nowS + 3600, iat: nowS, nonce },
    });
    await done;
    const out = kit.service.logout();
    const [logout] = await waitForRequests(kit.http, (r) => r.url === `${BROKER}logout`);
    expect(logout.request.body).toEqual({ access_token: 'broker-access' });
    logout.flush(null, { status: 204, statusText: 'No Content' });
    await out;
  });
});
