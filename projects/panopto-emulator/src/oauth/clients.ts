// The seeded OAuth clients, always registered; the clients file (clients-file.ts) adds more. Redirect URIs
// match exactly, except loopback http ones, which match on any port (RFC 8252 section 7.3; loopback-redirects.ts).
import type { ClientMetadata } from 'oidc-provider';
import { type ClientEntry, toClientMetadata } from './client-entry.js';

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

export const SEEDED_CLIENT_IDS: ReadonlySet<string> = new Set([DEMO_CLIENT_ID, TEST_CLIENT_ID, BROKER_CLIENT_ID]);

export function seededClientEntries(brokerSecret: string): ClientEntry[] {
  return [
    {
      id: DEMO_CLIENT_ID,
      name: 'panopto-ng demo app',
      type: 'public',
      // Loopback URIs match on any port, so these also serve a developer's own app, e.g. on
      // http://localhost:4600/callback (RFC 8252 section 7.3).
      redirectUris: [
        DEMO_REDIRECT_URI,
        'http://127.0.0.1:4200/auth/callback',
        'http://localhost/callback',
        'http://127.0.0.1/callback',
        ELEMENTS_DEMO_REDIRECT_URI,
      ],
      postLogoutRedirectUris: [...DEMO_POST_LOGOUT, 'http://localhost/'],
      corsOrigins: [],
    },
    {
      id: TEST_CLIENT_ID,
      name: 'panopto-ng tests',
      type: 'public',
      redirectUris: TEST_REDIRECT_URIS,
      postLogoutRedirectUris: [...DEMO_POST_LOGOUT, 'http://localhost:9876/', 'http://localhost/'],
      corsOrigins: [],
    },
    {
      id: BROKER_CLIENT_ID,
      name: 'panopto-ng token broker',
      type: 'server-side-web-application',
      secret: brokerSecret,
      redirectUris: [
        DEMO_REDIRECT_URI,
        'http://127.0.0.1:4200/auth/callback',
        ...TEST_REDIRECT_URIS.filter((u) => u !== DEMO_REDIRECT_URI),
        ELEMENTS_DEMO_REDIRECT_URI,
      ],
      postLogoutRedirectUris: DEMO_POST_LOGOUT,
      corsOrigins: [],
    },
  ];
}

export function seededClients(brokerSecret: string): ClientMetadata[] {
  return seededClientEntries(brokerSecret).map(toClientMetadata);
}
