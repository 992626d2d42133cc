// The environment of `npm run broker`, turned into broker options. The emulator's well-known secret is used
// only when both the tenant and the listening address are loopback: anywhere else a missing secret stops the
// broker instead of starting it with a secret everyone knows.
import { isLoopback, TokenBrokerConfigError, type TokenBrokerOptions } from './options.js';

/** The seeded secret of the emulator's `panopto-ng-broker` client. */
export const EMULATOR_SECRET = 'emulator-secret';

export interface BrokerCli {
  port: number;
  host: string;
  options: TokenBrokerOptions;
}

/**
 * Reads `PANOPTO_BROKER_PORT` (4400), `PANOPTO_BROKER_HOST` (localhost), `PANOPTO_SERVER_URL`
 * (http://localhost:4300), `PANOPTO_BROKER_CLIENT_ID` (panopto-ng-broker), `PANOPTO_BROKER_CLIENT_SECRET`
 * (required unless everything is loopback) and `PANOPTO_BROKER_ALLOWED_ORIGINS` (comma-separated).
 *
 * @throws TokenBrokerConfigError naming the variable
 */
export function brokerCliFromEnv(env: Record<string, string | undefined>): BrokerCli {
  const port = Number(env['PANOPTO_BROKER_PORT'] ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TokenBrokerConfigError(
      'PANOPTO_BROKER_PORT',
      `must be a port number (got '${env['PANOPTO_BROKER_PORT']}').`,
    );
  }
  const host = env['PANOPTO_BROKER_HOST'] || 'localhost';
  const serverUrl = env['PANOPTO_SERVER_URL'] || 'http://localhost:4300';
  let secret = env['PANOPTO_BROKER_CLIENT_SECRET'];
  if (!secret) {
    let tenantHost = '';
    try {
      tenantHost = new URL(serverUrl).hostname;
    } catch {
      // resolveOptions() reports the bad URL by name.
    }
    if (!isLoopback(host) || !isLoopback(tenantHost)) {
      throw new TokenBrokerConfigError(
        'PANOPTO_BROKER_CLIENT_SECRET',
        `is required when the broker listens on '${host}' or the tenant is '${serverUrl}': the emulator's ` +
          'default secret is only used when both are loopback.',
      );
    }
    secret = EMULATOR_SECRET;
  }
  return {
    port,
    host,
    options: {
      panoptoServerUrl: serverUrl,
      clientId: env['PANOPTO_BROKER_CLIENT_ID'] || 'panopto-ng-broker',
      clientSecret: secret,
      // The demo app, and the web components' plain page (projects/panopto-elements/demo, `npm start`).
      allowedOrigins: (
        env['PANOPTO_BROKER_ALLOWED_ORIGINS'] ?? 'http://localhost:4200,http://127.0.0.1:4200,http://localhost:4210'
      )
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
  };
}
