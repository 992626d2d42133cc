// `panopto-ng-token-broker --config broker.json`: the standalone broker's settings from a JSON file. The file
// holds everything but the secret, which comes from the environment (PANOPTO_BROKER_CLIENT_SECRET) so that the
// file can be committed and the secret stays in the deployment's secret store.
import { readFileSync } from 'node:fs';
import { clientSecretFor, DEFAULT_BROKER_PORT, portFrom, type BrokerCli } from './cli-config.js';
import { TokenBrokerConfigError, type TokenBrokerOptions } from './options.js';

/** The keys the file may hold: `port`, `host` and the JSON-serialisable options of `createTokenBroker()`. */
const OPTION_KEYS = [
  'panoptoServerUrl',
  'clientId',
  'allowedOrigins',
  'allowedRedirectUris',
  'basePath',
  'cookieName',
  'cookieMaxAgeSeconds',
  'secureCookie',
  'maxBodyBytes',
  'endpoints',
  'upstreamTimeoutMs',
] as const;
const KEYS: readonly string[] = ['$schema', 'port', 'host', ...OPTION_KEYS];

/**
 * Parses the file's text into the broker's settings. Every error names the file and the key; the options
 * themselves are checked by `createTokenBroker()` with the same names.
 *
 * @example
 * ```json
 * { "port": 4400, "host": "0.0.0.0", "panoptoServerUrl": "https://myuni.hosted.panopto.com",
 *   "clientId": "my-server-client", "allowedOrigins": ["https://app.example.edu"] }
 * ```
 * @throws TokenBrokerConfigError naming the key (as `file: key`)
 */
export function parseBrokerConfig(text: string, file: string, env: Record<string, string | undefined>): BrokerCli {
  const fail = (key: string, message: string): never => {
    throw new TokenBrokerConfigError(`${file}: ${key}`, message);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail('(file)', `is not valid JSON (${(e as Error).message}).`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return fail('(file)', 'must be a JSON object such as {"panoptoServerUrl": "…", "clientId": "…", …}.');
  }
  const config = doc as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (key === 'clientSecret') {
      fail(key, 'does not belong in the file: set PANOPTO_BROKER_CLIENT_SECRET in the environment instead.');
    }
    if (!KEYS.includes(key)) fail(key, `is not a known key (known: ${KEYS.slice(1).join(', ')}).`);
  }
  const host = config['host'] ?? 'localhost';
  if (typeof host !== 'string' || host === '') fail('host', 'must be a host name or address, e.g. "0.0.0.0".');
  const port = portFrom(config['port'] ?? DEFAULT_BROKER_PORT, `${file}: port`);
  const serverUrl = config['panoptoServerUrl'];
  if (typeof serverUrl !== 'string') fail('panoptoServerUrl', "is required: the Panopto site's origin.");
  const options: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) if (config[key] !== undefined) options[key] = config[key];
  options['clientSecret'] = clientSecretFor(
    host as string,
    serverUrl as string,
    env['PANOPTO_BROKER_CLIENT_SECRET'],
    'PANOPTO_BROKER_CLIENT_SECRET',
  );
  return { port, host: host as string, options: options as unknown as TokenBrokerOptions };
}

/** Reads and parses the file; a missing file is a TokenBrokerConfigError naming it. */
export function readBrokerConfig(file: string, env: Record<string, string | undefined>): BrokerCli {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new TokenBrokerConfigError('--config', `cannot read '${file}' (${(e as NodeJS.ErrnoException).code}).`);
  }
  return parseBrokerConfig(text, file, env);
}
