import { SchematicsException } from '@angular-devkit/schematics';
import { DEFAULT_EMULATOR_PORT, EMULATOR_APP_CLIENT_ID } from './emulator-defaults';
import { NgAddOptions } from './schema';

/** Sign-in settings, present only when `clientId` was given. */
export interface AuthSetup {
  readonly clientId: string;
  /** The callback route relative to the base href, without a leading slash, e.g. `panopto/callback`. */
  readonly routePath: string;
}

/** The local emulator's settings (`--emulator`). */
export interface EmulatorSetup {
  /** `http://localhost:<port>` */
  readonly serverUrl: string;
  readonly port: number;
  /** The public client registered for the app in the emulator's clients file. */
  readonly clientId: string;
  /**
   * True when production settings were given too: the code then picks the emulator's values in dev mode
   * (`isDevMode()`, i.e. `ng serve`) and the production ones in production builds.
   */
  readonly besideProduction: boolean;
}

/** The options after validation: what the schematic writes into the app. */
export interface PanoptoSetup {
  /**
   * The site's origin, as `providePanopto()` would resolve it (`https://myuni.hosted.panopto.com`); with
   * `--emulator` and no `--server-url`, the emulator's.
   */
  readonly serverUrl: string;
  /** Sign-in; its `clientId` is the production client's (or the emulator's when that is all there is). */
  readonly auth: AuthSetup | null;
  readonly emulator: EmulatorSetup | null;
}

/** The same rule as the library applies at startup: plain http is only for the local machine. */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Paths `providePanopto()` accepts after the origin. */
const ACCEPTED_SERVER_PATHS: ReadonlySet<string> = new Set(['/', '/Panopto', '/Panopto/']);

function optionError(field: keyof NgAddOptions, problem: string): SchematicsException {
  return new SchematicsException(`panopto-ng ng-add: \`${field}\` ${problem}`);
}

function resolveServerUrl(raw: string | undefined): string {
  const value = raw?.trim() ?? '';
  const example = `e.g. --server-url=https://myuni.hosted.panopto.com`;
  if (value === '') {
    throw optionError('serverUrl', `is required: your Panopto site's address, ${example} (or pass --skip-provider).`);
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw optionError('serverUrl', `is not a URL ('${value}'); ${example}.`);
  }
  const isLocalHttp = parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !isLocalHttp) {
    throw optionError(
      'serverUrl',
      `must use https ('${value}'); plain http is accepted only for localhost, 127.0.0.1 and [::1].`,
    );
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw optionError('serverUrl', `must not contain credentials, a query or a fragment ('${value}').`);
  }
  if (!ACCEPTED_SERVER_PATHS.has(parsed.pathname)) {
    throw optionError(
      'serverUrl',
      `must be the site's origin only ('${parsed.origin}'), without '${parsed.pathname}'.`,
    );
  }
  return parsed.origin;
}

function resolveClientId(raw: string): string {
  const clientId = raw.trim();
  if (clientId === '' || /\s/.test(clientId)) {
    throw optionError('clientId', `must be the API client's id from Panopto (System → API Clients); got '${raw}'.`);
  }
  return clientId;
}

function resolveRoutePath(raw: string | undefined): string {
  const value = (raw ?? '/panopto/callback').trim();
  const routePath = value.replace(/^\/+/, '');
  if (routePath === '' || /[\s?#\\'"`]/.test(routePath) || value.includes('//')) {
    throw optionError('redirectPath', `must be an app route such as '/panopto/callback'; got '${value}'.`);
  }
  return routePath;
}

function resolveEmulator(options: NgAddOptions, besideProduction: boolean): EmulatorSetup {
  const port = options.emulatorPort ?? DEFAULT_EMULATOR_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw optionError('emulatorPort', `must be a port number from 1 to 65535; got '${options.emulatorPort}'.`);
  }
  return { serverUrl: `http://localhost:${port}`, port, clientId: EMULATOR_APP_CLIENT_ID, besideProduction };
}

/**
 * Validates the options and resolves them to what will be written; `null` when `skipProvider` asks for no
 * source change. A wrong value throws a `SchematicsException` naming the option, before any file is touched.
 * `--emulator` alone sets the app up for the emulator only; with `--server-url` it needs `--client-id` too, so
 * that both the production site and the emulator can sign in.
 */
export function resolveSetup(options: NgAddOptions): PanoptoSetup | null {
  if (options.skipProvider) return null;
  if (options.emulator) {
    const hasProduction = (options.serverUrl?.trim() ?? '') !== '';
    if (!hasProduction) {
      if (options.clientId !== undefined) {
        throw optionError(
          'clientId',
          "is your production client's id, so it needs --server-url too; with --emulator alone the emulator's " +
            `client '${EMULATOR_APP_CLIENT_ID}' is used.`,
        );
      }
      const emulator = resolveEmulator(options, false);
      const routePath = resolveRoutePath(options.redirectPath);
      return { serverUrl: emulator.serverUrl, auth: { clientId: emulator.clientId, routePath }, emulator };
    }
    if (options.clientId === undefined) {
      throw optionError(
        'clientId',
        "is required with --emulator and --server-url: your production API client's id (the emulator's " +
          'client is registered for you).',
      );
    }
  }
  const serverUrl = resolveServerUrl(options.serverUrl);
  const auth =
    options.clientId === undefined
      ? null
      : { clientId: resolveClientId(options.clientId), routePath: resolveRoutePath(options.redirectPath) };
  const emulator = options.emulator ? resolveEmulator(options, true) : null;
  return { serverUrl, auth, emulator };
}
