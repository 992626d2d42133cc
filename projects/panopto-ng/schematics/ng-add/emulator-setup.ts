import { Tree } from '@angular-devkit/schematics';
import { addDevDependency } from './app-dependencies';
import { DEV_SERVER_ORIGIN, EMULATOR_CLIENTS_FILE, EMULATOR_PACKAGE, EMULATOR_SCRIPT } from './emulator-defaults';
import { EmulatorSetup } from './options';
import { ownPackage } from './own-package';

/** What setting up the emulator did, in the shape of the run's report. */
export interface EmulatorResult {
  readonly added: string[];
  readonly manual: string[];
  readonly differences: string[];
}

interface ClientEntry {
  id: string;
  name?: string;
  type: string;
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  [key: string]: unknown;
}

/** The redirect URIs of the app's callback route under `ng serve` (the emulator matches them on any port). */
function redirectUris(routePath: string): string[] {
  return [`${DEV_SERVER_ORIGIN}/${routePath}`, `${DEV_SERVER_ORIGIN.replace('localhost', '127.0.0.1')}/${routePath}`];
}

/**
 * Registers the app's public client in the emulator's clients file (the format panopto-ng-emulator reads with
 * `--clients`), creating the file or adding to the one there: an entry of the same id gets the redirect URIs it
 * lacks, and everything else in the file stays.
 */
function writeClientsFile(tree: Tree, emulator: EmulatorSetup, routePath: string, result: EmulatorResult): void {
  const path = `/${EMULATOR_CLIENTS_FILE}`;
  const wanted = redirectUris(routePath);
  let doc: { clients: ClientEntry[] } = { clients: [] };
  if (tree.exists(path)) {
    try {
      const parsed = JSON.parse(tree.readText(path));
      if (!parsed || !Array.isArray(parsed.clients)) throw new Error('it has no "clients" array');
      doc = parsed;
    } catch (e) {
      result.manual.push(
        `panopto-ng: ${EMULATOR_CLIENTS_FILE} could not be read (${(e as Error).message}), so it was left as it is. ` +
          `Add this entry to its "clients": ${JSON.stringify({
            id: emulator.clientId,
            type: 'public',
            redirectUris: wanted,
          })}`,
      );
      return;
    }
  }
  const entry = doc.clients.find((client) => client.id === emulator.clientId);
  if (entry) {
    const missing = wanted.filter((uri) => !(entry.redirectUris ?? []).includes(uri));
    if (missing.length === 0) return;
    entry.redirectUris = [...(entry.redirectUris ?? []), ...missing];
    result.added.push(
      `the redirect URI ${missing.join(', ')} to client '${emulator.clientId}' in ${EMULATOR_CLIENTS_FILE}`,
    );
  } else {
    doc.clients.push({
      id: emulator.clientId,
      name: 'This app under ng serve (written by ng add panopto-ng --emulator)',
      type: 'public',
      redirectUris: wanted,
      postLogoutRedirectUris: [`${DEV_SERVER_ORIGIN}/`],
    });
    result.added.push(`the emulator's public client '${emulator.clientId}' to ${EMULATOR_CLIENTS_FILE}`);
  }
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  if (tree.exists(path)) tree.overwrite(path, text);
  else tree.create(path, text);
}

/** The `panopto:emulator` script and the emulator package in devDependencies. */
function addScript(tree: Tree, emulator: EmulatorSetup, result: EmulatorResult): void {
  const command = `${EMULATOR_PACKAGE} --port ${emulator.port} --clients ${EMULATOR_CLIENTS_FILE}`;
  const manifest = JSON.parse(tree.readText('/package.json'));
  const scripts: Record<string, string> = manifest.scripts ?? {};
  if (scripts[EMULATOR_SCRIPT] === undefined) {
    manifest.scripts = { ...scripts, [EMULATOR_SCRIPT]: command };
    tree.overwrite('/package.json', `${JSON.stringify(manifest, null, 2)}\n`);
    result.added.push(`the script "${EMULATOR_SCRIPT}": "${command}" to package.json`);
  } else if (scripts[EMULATOR_SCRIPT] !== command) {
    result.differences.push(
      `the script "${EMULATOR_SCRIPT}" is "${scripts[EMULATOR_SCRIPT]}" in package.json; given: "${command}"`,
    );
  }
  const version = `^${ownPackage().version}`;
  if (addDevDependency(tree, EMULATOR_PACKAGE, version)) {
    result.added.push(`${EMULATOR_PACKAGE}@${version} to the devDependencies in package.json`);
  }
}

/**
 * Sets the workspace up to run the emulator next to `ng serve`: the clients file with the app's client and the
 * `npm run panopto:emulator` script. The app's code (the emulator's server URL and client in dev mode) is
 * written with the providers.
 */
export function setUpEmulator(tree: Tree, emulator: EmulatorSetup, routePath: string): EmulatorResult {
  const result: EmulatorResult = { added: [], manual: [], differences: [] };
  if (!tree.exists('/package.json')) {
    result.manual.push(
      `panopto-ng: no package.json at the workspace root; start the emulator with ` +
        `npx ${EMULATOR_PACKAGE} --port ${emulator.port} --clients ${EMULATOR_CLIENTS_FILE}.`,
    );
  } else {
    addScript(tree, emulator, result);
  }
  writeClientsFile(tree, emulator, routePath, result);
  return result;
}
