import { PanoptoSignInError } from './auth-errors';
import { AuthEndpointsResolver } from './auth-endpoints';
import { AuthHttp } from './auth-http';

// Security review, point 11: discovered endpoints and the issuer must be https (or loopback http) on the
// tenant's own origin before the library sends a code, a refresh token or a redirect there.
const SERVER = 'https://tenant.hosted.panopto.com';
const GOOD = {
  issuer: `${SERVER}/Panopto/oauth2`,
  authorization_endpoint: `${SERVER}/Panopto/oauth2/connect/authorize`,
  token_endpoint: `${SERVER}/Panopto/oauth2/connect/token`,
  revocation_endpoint: `${SERVER}/Panopto/oauth2/connect/revocation`,
  jwks_uri: `${SERVER}/Panopto/oauth2/.well-known/openid-configuration/jwks`,
};
const resolver = (doc: object, server = SERVER) =>
  new AuthEndpointsResolver({ getJson: async () => doc } as unknown as AuthHttp, server, {});

describe('AuthEndpointsResolver: discovered endpoints stay on the tenant', () => {
  it('accepts endpoints on the tenant origin (https, or loopback http for the emulator)', async () => {
    expect((await resolver(GOOD).resolve()).token).toBe(GOOD.token_endpoint);
    const local = 'http://localhost:4300';
    const doc = Object.fromEntries(Object.entries(GOOD).map(([k, v]) => [k, v.replace(SERVER, local)]));
    expect((await resolver(doc, local).resolve()).issuer).toBe(`${local}/Panopto/oauth2`);
  });

  const hostile: [string, object][] = [
    ['token endpoint on another host', { token_endpoint: 'https://evil.example/token' }],
    ['authorization endpoint on another host', { authorization_endpoint: 'https://evil.example/authorize' }],
    ['http token endpoint', { token_endpoint: 'http://tenant.hosted.panopto.com/Panopto/oauth2/connect/token' }],
    ['revocation on a look-alike host', { revocation_endpoint: 'https://tenant.hosted.panopto.com.evil.example/r' }],
    ['JWKS on another port', { jwks_uri: 'https://tenant.hosted.panopto.com:8443/jwks' }],
    ['issuer on another origin', { issuer: 'https://evil.example/Panopto/oauth2' }],
    ['javascript: authorization endpoint', { authorization_endpoint: 'javascript:alert(1)' }],
    ['credentials in the token endpoint', { token_endpoint: 'https://u:p@tenant.hosted.panopto.com/token' }],
  ];
  for (const [name, override] of hostile) {
    it(`refuses ${name}`, async () => {
      let error: unknown;
      await resolver({ ...GOOD, ...override })
        .resolve()
        .catch((e) => (error = e));
      expect(error).toEqual(jasmine.any(PanoptoSignInError));
      expect((error as PanoptoSignInError).code).toBe('discovery_failed');
      expect((error as Error).message).toMatch(/tenant/);
    });
  }
});
