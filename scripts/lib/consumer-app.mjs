// Running commands in an app made outside the workspace (the fresh-repo test, `npm run test:matrix`), as a
// developer would in their own shell.
import { execFileSync } from 'node:child_process';

/**
 * The environment of the app's commands: this process's, without what `npm test`, `npm run` and the test runner add
 * (npm's own settings for the workspace, NODE_ENV=test, tsx's loader), so npm and the CLI behave as in a user's shell.
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function userEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_|^NODE_ENV$|^NODE_OPTIONS$|^INIT_CWD$|^NODE_TEST_CONTEXT$/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NG_CLI_ANALYTICS: 'false', ...extra };
}

/**
 * Runs a command in `cwd` with {@link userEnv}; returns its output, or throws with the end of it.
 * @param {string} cwd
 * @param {string} command
 * @param {string[]} args
 * @param {number} [timeoutMs]
 * @returns {string}
 */
export function runIn(cwd, command, args, timeoutMs = 10 * 60_000) {
  try {
    return execFileSync(command, args, {
      cwd,
      env: userEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const { stdout = '', stderr = '' } = e;
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${`${stdout}\n${stderr}`.slice(-6000)}`);
  }
}
