import { FakePanoptoClock } from 'panopto-ng/testing';
import { IdTokenVerifier } from './id-token-verifier';
import { CLIENT_ID, ENDPOINTS, FakeIdp, ISSUER } from '../testing-support/auth-test-kit';

describe('IdTokenVerifier', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  function setUp(verifySignature = true, keys: () => Promise<unknown> = async () => ({ keys: [idp.jwk] })) {
    const clock = new FakePanoptoClock(Date.UTC(2026, 0, 1, 9));
    const fetched: string[] = [];
    const verifier = new IdTokenVerifier({
      clientId: CLIENT_ID,
      verifySignature,
      now: () => clock.now(),
      jwksUrl: async () => ENDPOINTS.jwks,
      getJson: <T>(url: string) => {
        fetched.push(url);
        return keys() as Promise<T>;
      },
    });
    return { clock, verifier, fetched };
  }

  it('validates and verifies an ID token, loading the JWKS once per session', async () => {
    const { clock, verifier, fetched } = setUp();
    const idToken = await idp.idToken({ nonce: 'n' }, clock.now());
    const claims = await verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, 'n', true);
    expect(claims?.sub).toBe('user-1');
    await verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, 'n', true);
    expect(fetched).toEqual([ENDPOINTS.jwks]);
    verifier.forgetKeys();
    await verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, 'n', true);
    expect(fetched.length).toBe(2);
  });

  it('rejects a wrong nonce and a token for another issuer with invalid_id_token', async () => {
    const { clock, verifier } = setUp();
    const idToken = await idp.idToken({ nonce: 'n' }, clock.now());
    await expectAsync(
      verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, 'other', true),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 'invalid_id_token' }));
    await expectAsync(
      verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, 'https://elsewhere', 'n', true),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 'invalid_id_token' }));
  });

  it('does not cache a failed JWKS load', async () => {
    let fail = true;
    const { clock, verifier, fetched } = setUp(true, async () => {
      if (fail) throw new Error('offline');
      return { keys: [idp.jwk] };
    });
    const idToken = await idp.idToken({}, clock.now());
    await expectAsync(
      verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, undefined, true),
    ).toBeRejected();
    fail = false;
    await expectAsync(
      verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, undefined, true),
    ).toBeResolved();
    expect(fetched.length).toBe(2);
  });

  it('checks broker claims without keys, and without an ID token fails only when one is required', async () => {
    const { clock, verifier, fetched } = setUp();
    const idTokenClaims = {
      iss: ISSUER,
      aud: CLIENT_ID,
      sub: 'u',
      exp: Math.floor(clock.now() / 1000) + 60,
      nonce: 'n',
    };
    expect((await verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idTokenClaims }, ISSUER, 'n', true))?.sub).toBe(
      'u',
    );
    expect(fetched).toEqual([]);
    expect(await verifier.claimsOf({ accessToken: 'a', expiresIn: 60 }, ISSUER, undefined, false)).toBeNull();
    await expectAsync(verifier.claimsOf({ accessToken: 'a', expiresIn: 60 }, ISSUER, undefined, true)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'invalid_id_token' }),
    );
  });

  it('skips the signature check when verifyIdTokenSignature is false', async () => {
    const { clock, verifier, fetched } = setUp(false);
    const idToken = await idp.idToken({}, clock.now());
    expect((await verifier.claimsOf({ accessToken: 'a', expiresIn: 60, idToken }, ISSUER, undefined, true))?.sub).toBe(
      'user-1',
    );
    expect(fetched).toEqual([]);
  });
});
