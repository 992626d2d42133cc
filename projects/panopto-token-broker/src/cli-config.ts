// The environment of `npm run broker`, turned into broker options. The emulator's well-known secret is used
// only when both the tenant and the listening address are loopback: anywhere else a missing secret stops the
// broker instead of starting it with a secret everyone knows.
import { isLoopback, TokenBrokerConfigError, type TokenBrokerOptions } from './options.js';

/** The seeded secret of the emulator's `panopto-ng-broker` client. */
export const EMULATOR_SECRET = 'emulator-secret';

/**
 * The client secret to use: `given` when set; the emulator's well-known one only when the broker listens on a
 * loopback address and the tenant is loopback too. `field` names where the secret is read from in the error.
 *
 * @throws TokenBrokerConfigError naming `field`
 */
export function clientSecretFor(host: string, serverUrl: string, given: string | undefined, field: string): string {
  if (given) return given;
  let tenantHost = '';
  try {
    tenantHost = new URL(serverUrl).hostname;
  } catch {
    // resolveOptions() reports the bad URL by name.
  }
  if (!isLoopback(host) || !isLoopback(tenantHost)) {
    throw new TokenBrokerConfigError(
      field,
      `is required when the broker listens on '${host}' or the tenant is '${serverUrl}': the emulator's ` +
        'default secret is only used when both are loopback.',
    );
  }
  return EMULATOR_SECRET;
}

/** Where the standalone broker listens unless told otherwise. */
export const DEFAULT_BROKER_PORT = 4400;

/** A TCP port number (0 picks a free one), or a TokenBrokerConfigError naming `field`. */
export function portFrom(value: unknown, field: string): number {
  const port = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TokenBrokerConfigError(field, `must be a port number from 0 to 65535 (got ${JSON.stringify(value)}).`);
  }
  return port;
}

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
  const port = portFrom(env['PANOPTO_BROKER_PORT'] ?? DEFAULT_BROKER_PORT, 'PANOPTO_BROKER_PORT');
  const host = env['PANOPTO_BROKER_HOST'] || 'localhost';
  const serverUrl = env['PANOPTO_SERVER_URL'] || 'http://localhost:4300';
  const secret = clientSecretFor(host, serverUrl, env['PANOPTO_BROKER_CLIENT_SECRET'], 'PANOPTO_BROKER_CLIENT_SECRET');
  return {
    port,
    host,
    options: {
      panoptoServerUrl: serverUrl,
      clientId: env['PANOPTO_BROKER_CLIENT_ID'] || 'panopto-ng-broker',
      clientSecret: secret,
      // The demo app (:4200) and the web components' plain page (:4210), as `npm start` serves them.
      allowedOrigins: (
        env['PANOPTO_BROKER_ALLOWED_ORIGINS'] ?? 'http://localhost:4200,http://127.0.0.1:4200,http://localhost:4210'
      )
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
  };
}
