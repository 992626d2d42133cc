// The clients file (PANOPTO_EMULATOR_CLIENTS=path.json): API clients registered on top of the seeded ones, as
// an administrator registers them on a Panopto tenant. Schema (every error names the field and the file):
//
//   {
//     "clients": [
//       {
//         "id": "python-samples",                      required, [A-Za-z0-9._~-]{1,100}, not a seeded id
//         "name": "Panopto's Python samples",           optional (default: the id)
//         "type": "server-side-web-application",        "public" | "server-side-web-application" | "user-based-server-application"
//         "secret": "change-me",                        required for the server types, refused for "public"
//         "redirectUris": ["http://localhost:9127/redirect"],   required (≥ 1) for public and server-side; none for user-based
//         "postLogoutRedirectUris": [],                 optional
//         "corsOrigins": ["http://localhost:9127"]      optional: origins such as https://app.example.edu
//       }
//     ]
//   }
//
// The file is re-read when it changes (checked on use), so an entry added after an error page works on the next
// try without a restart. A file that stops parsing keeps the last good entries and says why in the log.
import { readFileSync, statSync } from 'node:fs';
import { CLIENT_TYPES, type ClientEntry, type ClientType } from './client-entry.js';

export class ClientsFileError extends Error {}

const ENTRY_KEYS = ['id', 'name', 'type', 'secret', 'redirectUris', 'postLogoutRedirectUris', 'corsOrigins'];
const CLIENT_ID = /^[A-Za-z0-9._~-]{1,100}$/;

/** Parses and validates the file's text; throws {@link ClientsFileError} naming the file and the field. */
export function parseClientsFile(text: string, file: string, reservedIds: ReadonlySet<string>): ClientEntry[] {
  const fail = (field: string, message: string): never => {
    throw new ClientsFileError(`${file}: ${field ? `${field}: ` : ''}${message}`);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return fail('', `is not valid JSON (${(err as Error).message}).`);
  }
  if (!isObject(doc)) return fail('', 'must be a JSON object such as {"clients": [ … ]}.');
  for (const key of Object.keys(doc)) {
    if (key !== 'clients' && key !== '$schema') fail(key, 'is not a known key; the file holds "clients" only.');
  }
  const list = doc['clients'];
  if (!Array.isArray(list)) return fail('clients', 'must be an array of client entries.');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const at = `clients[${i}]`;
    if (!isObject(raw)) return fail(at, 'must be an object with id, type, secret, redirectUris, corsOrigins.');
    for (const key of Object.keys(raw)) {
      if (!ENTRY_KEYS.includes(key)) fail(`${at}.${key}`, `is not a known key (known: ${ENTRY_KEYS.join(', ')}).`);
    }
    const id = raw['id'];
    if (typeof id !== 'string' || !CLIENT_ID.test(id)) {
      fail(`${at}.id`, `must be 1 to 100 letters, digits or . _ ~ -; got ${JSON.stringify(id)}.`);
    }
    const clientId = id as string;
    if (reservedIds.has(clientId)) fail(`${at}.id`, `'${clientId}' is a seeded client; choose another id.`);
    if (seen.has(clientId)) fail(`${at}.id`, `'${clientId}' appears twice.`);
    seen.add(clientId);
    const type = raw['type'];
    if (!CLIENT_TYPES.includes(type as ClientType)) {
      fail(
        `${at}.type`,
        `must be one of ${CLIENT_TYPES.map((t) => `"${t}"`).join(', ')}; got ${JSON.stringify(type)}.`,
      );
    }
    const clientType = type as ClientType;
    const name = raw['name'] ?? clientId;
    if (typeof name !== 'string' || name.trim() === '') fail(`${at}.name`, 'must be a non-empty string.');
    const secret = raw['secret'];
    if (clientType === 'public') {
      if (secret !== undefined) fail(`${at}.secret`, 'a "public" client has no secret (it uses PKCE); remove it.');
    } else if (typeof secret !== 'string' || secret.length < 8) {
      fail(`${at}.secret`, `a "${clientType}" client needs a secret of at least 8 characters.`);
    }
    const redirectUris = uriList(raw['redirectUris'], `${at}.redirectUris`, fail);
    if (clientType === 'user-based-server-application') {
      if (redirectUris.length) {
        fail(
          `${at}.redirectUris`,
          'a "user-based-server-application" client signs in with grant_type=password and has no redirect URIs; remove them.',
        );
      }
    } else if (redirectUris.length === 0) {
      fail(
        `${at}.redirectUris`,
        `a "${clientType}" client needs at least one redirect URI, e.g. "http://localhost:9127/redirect".`,
      );
    }
    return {
      id: clientId,
      name: (name as string).trim(),
      type: clientType,
      secret: secret as string | undefined,
      redirectUris,
      postLogoutRedirectUris: uriList(raw['postLogoutRedirectUris'], `${at}.postLogoutRedirectUris`, fail),
      corsOrigins: originList(raw['corsOrigins'], `${at}.corsOrigins`, fail),
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

type Fail = (field: string, message: string) => never;

function stringList(value: unknown, field: string, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    return fail(field, 'must be an array of strings.');
  return value as string[];
}

function uriList(value: unknown, field: string, fail: Fail): string[] {
  return stringList(value, field, fail).map((uri, i) => {
    let url: URL | undefined;
    try {
      url = new URL(uri);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hash || uri.includes('#')) {
      fail(`${field}[${i}]`, `must be an absolute http or https URL without a fragment; got '${uri}'.`);
    }
    return uri;
  });
}

function originList(value: unknown, field: string, fail: Fail): string[] {
  return stringList(value, field, fail).map((origin, i) => {
    let parsed: string | undefined;
    try {
      parsed = new URL(origin).origin;
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed === 'null' || parsed !== origin.replace(/\/$/, '')) {
      fail(
        `${field}[${i}]`,
        `must be an origin (scheme, host, optional port; no path) such as "https://app.example.edu"; got '${origin}'.`,
      );
    }
    return parsed as string;
  });
}

/** The clients file on disk, re-read when its modification time or size changes. */
export class ClientsFile {
  private entries: ClientEntry[] = [];
  private stamp = '';

  constructor(
    /** Absolute or working-directory-relative path, as given in PANOPTO_EMULATOR_CLIENTS. */
    readonly path: string,
    private readonly reservedIds: ReadonlySet<string>,
    private readonly log: (message: string) => void,
  ) {
    // At start-up a broken file is an error (the emulator refuses to start); later it only logs.
    this.refresh(true);
  }

  /** The current entries (re-reads the file first when it changed). */
  list(): readonly ClientEntry[] {
    this.refresh(false);
    return this.entries;
  }

  find(id: string): ClientEntry | undefined {
    return this.list().find((c) => c.id === id);
  }

  private refresh(strict: boolean): void {
    let stamp: string;
    try {
      const stat = statSync(this.path);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = 'missing';
    }
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    if (stamp === 'missing') {
      if (this.entries.length || strict) this.log(`Clients file ${this.path} does not exist (yet): no extra clients.`);
      this.entries = [];
      return;
    }
    try {
      this.entries = parseClientsFile(readFileSync(this.path, 'utf8'), this.path, this.reservedIds);
      if (!strict)
        this.log(`Clients file ${this.path} re-read: ${this.entries.map((c) => c.id).join(', ') || 'no clients'}.`);
    } catch (err) {
      if (strict) throw err;
      this.log(`${(err as Error).message} Keeping the previous ${this.entries.length} client(s) until it is fixed.`);
    }
  }
}
