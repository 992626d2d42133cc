import { SchematicsException } from '@angular-devkit/schematics';
import { NgAddOptions } from './schema';

/** Sign-in settings, present only when `clientId` was given. */
export interface AuthSetup {
  readonly clientId: string;
  /** The callback route relative to the base href, without a leading slash, e.g. `panopto/callback`. */
  readonly routePath: string;
}

/** The options after validation: what the schematic writes into the app. */
export interface PanoptoSetup {
  /** The site's origin, as `providePanopto()` would resolve it (`https://myuni.hosted.panopto.com`). */
  readonly serverUrl: string;
  readonly auth: AuthSetup | null;
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

/**
 * Validates the options and resolves them to what will be written; `null` when `skipProvider` asks for no
 * source change. A wrong value throws a `SchematicsException` naming the option, before any file is touched.
 */
export function resolveSetup(options: NgAddOptions): PanoptoSetup | null {
  if (options.skipProvider) return null;
  const serverUrl = resolveServerUrl(options.serverUrl);
  const auth =
    options.clientId === undefined
      ? null
      : { clientId: resolveClientId(options.clientId), routePath: resolveRoutePath(options.redirectPath) };
  return { serverUrl, auth };
}
