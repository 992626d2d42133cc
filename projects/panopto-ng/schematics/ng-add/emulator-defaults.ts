// What `ng add panopto-ng --emulator` writes for the local emulator (the panopto-ng-emulator package). The port
// is the emulator's own default (DEFAULT_EMULATOR_PORT in projects/panopto-emulator/src/cli-args.ts); the two
// ship in different packages, so tests/schematics/ng-add-emulator.test.ts holds them equal.

/** The emulator's default port. */
export const DEFAULT_EMULATOR_PORT = 4300;

/** The public client ng add registers for the app in the emulator's clients file (not one of its seeded ids). */
export const EMULATOR_APP_CLIENT_ID = 'panopto-ng-app';

/** The clients file, at the workspace root, that the `panopto:emulator` script hands to the emulator. */
export const EMULATOR_CLIENTS_FILE = 'panopto-emulator.clients.json';

/** The npm script that starts the emulator. */
export const EMULATOR_SCRIPT = 'panopto:emulator';

/** The emulator package and its command. */
export const EMULATOR_PACKAGE = 'panopto-ng-emulator';

/** The origin `ng serve` uses by default; loopback redirect URIs match on any port in the emulator (RFC 8252). */
export const DEV_SERVER_ORIGIN = 'http://localhost:4200';
