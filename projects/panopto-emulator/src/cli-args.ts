// The flags of the `panopto-ng-emulator` command. Each one stands for an environment variable of main.ts, so
// there is one set of settings (and one set of checks) whichever way they are given; a flag wins over the
// variable.

/** The emulator's port unless told otherwise; `ng add panopto-ng --emulator` writes the same into the app. */
export const DEFAULT_EMULATOR_PORT = 4300;

const FLAGS: Readonly<Record<string, string>> = {
  '--port': 'PANOPTO_EMULATOR_PORT',
  '--clients': 'PANOPTO_EMULATOR_CLIENTS',
  '--data': 'PANOPTO_EMULATOR_DATA',
  '--broker-secret': 'PANOPTO_EMULATOR_BROKER_SECRET',
  '--ffmpeg': 'PANOPTO_EMULATOR_FFMPEG',
};

export const EMULATOR_USAGE = `Usage: panopto-ng-emulator [--port 4300] [--clients clients.json] [--data dir] [--https]
                           [--broker-secret secret] [--ffmpeg path]

  --port N          port on loopback (default ${DEFAULT_EMULATOR_PORT}; PANOPTO_EMULATOR_PORT)
  --clients FILE    extra API clients, re-read when the file changes (PANOPTO_EMULATOR_CLIENTS)
  --data DIR        keep data and uploads across restarts (PANOPTO_EMULATOR_DATA)
  --https           serve https with a generated certificate (PANOPTO_EMULATOR_HTTPS=1)
  --broker-secret S secret of the confidential client panopto-ng-broker (PANOPTO_EMULATOR_BROKER_SECRET)
  --ffmpeg PATH     ffmpeg for the seed videos (default: the optional @ffmpeg-installer package;
                    without any, everything but the videos works) (PANOPTO_EMULATOR_FFMPEG)
`;

export class EmulatorArgsError extends Error {}

/**
 * The environment variables the flags stand for (`--port 4310` or `--port=4310` → PANOPTO_EMULATOR_PORT=4310).
 *
 * @throws EmulatorArgsError naming the flag, for an unknown flag or one without its value
 */
export function envFromArgs(args: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--https') {
      env['PANOPTO_EMULATOR_HTTPS'] = '1';
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const variable = FLAGS[flag];
    if (!variable) throw new EmulatorArgsError(`unknown option '${arg}'.\n\n${EMULATOR_USAGE}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new EmulatorArgsError(`${flag} needs a value.\n\n${EMULATOR_USAGE}`);
    }
    env[variable] = value;
  }
  return env;
}
