import { logging } from '@angular-devkit/core';
import { EMULATOR_CLIENTS_FILE, EMULATOR_SCRIPT } from './emulator-defaults';
import { PanoptoSetup } from './options';
import { callbackRouteSnippet } from './provider-code';
import { SetupResult } from './setup-result';

/** What sign-in still needs from the developer: a route of the app's own and the client's registration. */
function signInNextSteps(setup: PanoptoSetup): string | null {
  if (!setup.auth) return null;
  const steps = [
    'panopto-ng: to finish sign-in with Panopto:',
    `  1. Add the callback route (SignInFailedComponent is yours; it shows when sign-in fails):\n\n${callbackRouteSnippet(
      setup.auth,
    )}\n`,
  ];
  if (setup.emulator) {
    steps.push(
      `  ${steps.length}. Start the emulator with \`npm run ${EMULATOR_SCRIPT}\` (the app's client is in ` +
        `${EMULATOR_CLIENTS_FILE}), then \`ng serve\`; sign in as instructor/instructor.`,
    );
  }
  if (!setup.emulator || setup.emulator.besideProduction) {
    const n = steps.length;
    steps.push(
      `  ${n}. In Panopto (System → API Clients), register <your app's address>/${setup.auth.routePath} as the`,
      `     Redirect URL of client '${setup.auth.clientId}'.`,
      `  ${
        n + 1
      }. The setup uses public mode (PKCE, no secret). Panopto documents only clients with a secret, so with a`,
      `     real tenant you probably need broker mode: mode: 'broker' and brokerUrl (README: "Token broker").`,
    );
  }
  return steps.join('\n');
}

/** Logs what the run changed, what it left to the developer, and the next steps for sign-in. */
export function reportSetup(logger: logging.LoggerApi, result: SetupResult, setup: PanoptoSetup): void {
  for (const line of result.added) logger.info(`panopto-ng: added ${line}`);
  for (const step of result.manual) logger.warn(step);
  if (result.differences.length > 0) {
    // A re-run with other values must not read as if it had applied them.
    logger.warn(
      [
        'panopto-ng: the app is already set up with other values than the ones given; ng add does not overwrite ' +
          'code that is there, so these stay as they are (edit them yourself to change them):',
        ...result.differences.map((line) => `  - ${line}`),
      ].join('\n'),
    );
  } else if (result.added.length === 0 && result.manual.length === 0) {
    logger.info('panopto-ng: the app is already set up; nothing changed.');
  }
  const authWasAdded = result.added.some((line) => line.includes('withPanoptoAuth('));
  const nextSteps = authWasAdded ? signInNextSteps(setup) : null;
  if (nextSteps) logger.info(nextSteps);
}
