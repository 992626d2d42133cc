// <panopto-wc-sign-in>'s button with the real PanoptoAuthService, signed in with the claims Panopto and the
// emulator give the default scopes (`openid api offline_access`): `sub` alone. The token endpoint is answered by
// HttpTestingController; the ID token is unsigned (`verifyIdTokenSignature: false`), the endpoints are given.
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import {
  MemoryTokenStorage,
  PANOPTO_AUTH_REDIRECT,
  PanoptoAuthService,
  providePanoptoAuth,
  withPanoptoTokenStorage,
} from 'panopto-ng/auth';
import { PanoptoSignInButtonComponent } from './sign-in-button.component';

const SERVER = 'https://tenant.example.edu';
const ISSUER = `${SERVER}/Panopto/oauth2`;
const CLIENT_ID = 'elements-spec';
const REDIRECT = 'https://app.example.edu/';
const SUB = '5f0c5a8e-2b1d-4c7e-9a3f-0d6b2c1e4f77';

function unsignedIdToken(claims: Record<string, unknown>): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('PanoptoSignInButtonComponent', () => {
  let redirects: string[];

  beforeEach(() => {
    redirects = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        providePanopto({ serverUrl: SERVER }),
        providePanoptoAuth(
          {
            clientId: CLIENT_ID,
            redirectUri: REDIRECT,
            verifyIdTokenSignature: false,
            endpoints: {
              issuer: ISSUER,
              authorization: `${ISSUER}/connect/authorize`,
              token: `${ISSUER}/connect/token`,
              revocation: `${ISSUER}/connect/revocation`,
              jwks: `${ISSUER}/.well-known/openid-configuration/jwks`,
            },
          },
          withPanoptoTokenStorage(new MemoryTokenStorage()),
        ),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
      ],
    });
  });

  async function signIn(claims: Record<string, unknown>): Promise<void> {
    const auth = TestBed.inject(PanoptoAuthService);
    await auth.whenReady();
    await auth.login('/');
    const authorize = new URL(redirects[0]);
    const done = auth.handleCallback(`${REDIRECT}?code=c&state=${authorize.searchParams.get('state')}`);
    const http = TestBed.inject(HttpTestingController);
    for (let i = 0; i < 100; i++) {
      const [token] = http.match(`${ISSUER}/connect/token`);
      if (token) {
        const now = Math.floor(Date.now() / 1000);
        token.flush({
          access_token: 'at',
          token_type: 'Bearer',
          expires_in: 3600,
          id_token: unsignedIdToken({
            iss: ISSUER,
            aud: CLIENT_ID,
            sub: SUB,
            iat: now,
            exp: now + 3600,
            nonce: authorize.searchParams.get('nonce'),
            ...claims,
          }),
        });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve));
    }
    await done;
  }

  function shownName(): string {
    const fixture = TestBed.createComponent(PanoptoSignInButtonComponent);
    fixture.detectChanges();
    return (
      (fixture.nativeElement as HTMLElement).querySelector('[data-panopto="user-name"]')?.textContent?.trim() ?? ''
    );
  }

  it('with the default scopes (sub only) says "Signed in": never an empty name, nor the opaque sub', async () => {
    await signIn({});
    expect(shownName()).toBe('Signed in');
  });

  it('shows the name when the profile scope brought one', async () => {
    await signIn({ name: 'Ada Lovelace', preferred_username: 'ada' });
    expect(shownName()).toBe('Ada Lovelace');
  });
});
