/**
 * Where the demo finds Panopto. By default the local emulator that `npm start` runs; point it at a real
 * tenant by changing `serverUrl` (and registering an API client there, see the README).
 */
export const DEMO_SETTINGS = {
  serverUrl: 'http://localhost:4300',
  brokerUrl: 'http://localhost:4400',
  clientId: 'panopto-ng-demo',
  redirectUri: 'http://localhost:4200/auth/callback',
} as const;
