// The seeded OAuth clients. Redirect URIs are exact matches (oidc-provider never prefix-matches).
import type { ClientMetadata } from 'oidc-provider';

export const DEMO_CLIENT_ID = 'panopto-ng-demo';
export const TEST_CLIENT_ID = 'panopto-ng-test';
export const BROKER_CLIENT_ID = 'panopto-ng-broker';
export const DEFAULT_BROKER_SECRET = 'emulator-secret';

export const DEMO_REDIRECT_URI = 'http://localhost:4200/auth/callback';
/** The plain-HTML page of the web components (`npm start`, the elements e2e): it is its own redirect URI. */
export const ELEMENTS_DEMO_REDIRECT_URI = 'http://localhost:4210/';

/** Loopback redirect URIs the test client accepts (Karma on :9876, Node tests that only read the Location header). */
export const TEST_REDIRECT_URIS = [
  'http://localhost:9876/auth/callback',
  'http://127.0.0.1:9876/auth/callback',
  'http://localhost:9876/context.html',
  'http://localhost:4200/auth/callback',
  'http://127.0.0.1:4200/auth/callback',
  'http://localhost/auth/callback',
  'http://127.0.0.1/auth/callback',
];

const DEMO_POST_LOGOUT = ['http://localhost:4200/', 'http://localhost:4200/auth/signed-out', 'http://127.0.0.1:4200/'];

export function seededClients(brokerSecret: string): ClientMetadata[] {
  const common: Pick<ClientMetadata, 'grant_types' | 'response_types' | 'scope'> = {
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    scope: 'openid profile api offline_access',
  };
  return [
    {
      ...common,
      client_id: DEMO_CLIENT_ID,
      client_name: 'panopto-ng demo app',
      // Public client: no secret, PKCE (S256) required.
      token_endpoint_auth_method: 'none',
      redirect_uris: [DEMO_REDIRECT_URI, 'http://127.0.0.1:4200/auth/callback', ELEMENTS_DEMO_REDIRECT_URI],
      post_logout_redirect_uris: DEMO_POST_LOGOUT,
    },
    {
      ...common,
      client_id: TEST_CLIENT_ID,
      client_name: 'panopto-ng tests',
      token_endpoint_auth_method: 'none',
      redirect_uris: TEST_REDIRECT_URIS,
      post_logout_redirect_uris: [...DEMO_POST_LOGOUT, 'http://localhost:9876/', 'http://localhost/'],
    },
    {
      ...common,
      client_id: BROKER_CLIENT_ID,
      client_secret: brokerSecret,
      client_name: 'panopto-ng token broker',
      // The secret may be sent with HTTP Basic or in the form body (oidc-provider accepts both for this method).
      token_endpoint_auth_method: 'client_secret_basic',
      redirect_uris: [
        DEMO_REDIRECT_URI,
        'http://127.0.0.1:4200/auth/callback',
        ...TEST_REDIRECT_URIS.filter((u) => u !== DEMO_REDIRECT_URI),
        ELEMENTS_DEMO_REDIRECT_URI,
      ],
      post_logout_redirect_uris: DEMO_POST_LOGOUT,
    },
  ];
}
