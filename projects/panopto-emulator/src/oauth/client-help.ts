// What the sign-in error page tells a developer whose client or redirect URI the emulator does not know: which
// file to edit and the exact entry to put there, built from the request that failed.
import type { ClientEntry } from './client-entry.js';
import type { ClientRegistry } from './client-registry.js';

export interface ClientHelp {
  title: string;
  /** Plain sentences (escaped by the page). */
  paragraphs: string[];
  /** JSON to paste. */
  snippet: string;
}

export interface FailedAuthorization {
  error: string;
  clientId: string | undefined;
  redirectUri: string | undefined;
  /** A PKCE request suggests a browser app: a "public" client. */
  usesPkce: boolean;
}

/** Help for `invalid_client` (unknown id) and `invalid_redirect_uri`; `null` for any other error. */
export function clientHelp(failure: FailedAuthorization, registry: ClientRegistry): ClientHelp | null {
  const { clientId, redirectUri } = failure;
  if (!clientId || (failure.error !== 'invalid_client' && failure.error !== 'invalid_redirect_uri')) return null;
  const known = registry.find(clientId);
  const fromFile = registry.file?.find(clientId);
  const where = registry.file
    ? `Edit ${registry.file.path} (the file PANOPTO_EMULATOR_CLIENTS names); the emulator re-reads it on the next request, no restart needed.`
    : 'No clients file is set: save the JSON below as clients.json and restart the emulator with PANOPTO_EMULATOR_CLIENTS=clients.json.';

  if (!known) {
    const entry = suggestedEntry(clientId, redirectUri, failure.usesPkce);
    return {
      title: 'Unknown API client',
      paragraphs: [
        `The client id '${clientId}' is not registered with this Panopto emulator.`,
        where,
        registry.file ? 'Add this entry to its "clients" array:' : 'clients.json:',
      ],
      snippet: registry.file ? json(entry) : json({ clients: [entry] }),
    };
  }

  const requested = redirectUri ?? '(none)';
  if (fromFile) {
    const index = registry.file?.list().indexOf(fromFile) ?? -1;
    const fixed = { ...fileShape(fromFile), redirectUris: [...fromFile.redirectUris, requested] };
    return {
      title: 'Redirect URI not registered',
      paragraphs: [
        `The client '${clientId}' does not list the redirect URI ${requested}.`,
        `Edit ${registry.file?.path}: add it to clients[${index}].redirectUris (loopback http URIs match on any port). The entry becomes:`,
      ],
      snippet: json(fixed),
    };
  }
  const entry = suggestedEntry(`${clientId}-local`, redirectUri, known.type === 'public');
  return {
    title: 'Redirect URI not registered',
    paragraphs: [
      `The seeded client '${clientId}' accepts only ${known.redirectUris.join(
        ', ',
      )} (on any port for loopback http URIs); ${requested} is not one of them.`,
      'Seeded clients cannot be changed. Register your own client instead.',
      where,
      registry.file ? 'Add this entry to its "clients" array:' : 'clients.json:',
    ],
    snippet: registry.file ? json(entry) : json({ clients: [entry] }),
  };
}

function suggestedEntry(id: string, redirectUri: string | undefined, usesPkce: boolean): Record<string, unknown> {
  const redirectUris = redirectUri ? [redirectUri] : ['http://localhost:9127/redirect'];
  let origin: string | undefined;
  try {
    origin = redirectUri ? new URL(redirectUri).origin : undefined;
  } catch {
    origin = undefined;
  }
  return usesPkce
    ? { id, name: id, type: 'public', redirectUris, corsOrigins: origin ? [origin] : [] }
    : { id, name: id, type: 'server-side-web-application', secret: 'replace-with-your-client-secret', redirectUris };
}

function fileShape(entry: ClientEntry): Record<string, unknown> {
  const shape: Record<string, unknown> = { id: entry.id, name: entry.name, type: entry.type };
  // The page never echoes a secret back.
  if (entry.secret !== undefined) shape['secret'] = '(unchanged)';
  shape['redirectUris'] = entry.redirectUris;
  if (entry.postLogoutRedirectUris.length) shape['postLogoutRedirectUris'] = entry.postLogoutRedirectUris;
  if (entry.corsOrigins.length) shape['corsOrigins'] = entry.corsOrigins;
  return shape;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);
