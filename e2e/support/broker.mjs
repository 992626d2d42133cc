// Starts the token broker (`projects/panopto-token-broker/src/main.ts`) for e2e suites that need broker mode,
// unless one already answers on the port (e.g. `npm start` runs it). Stop it with the returned function.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { emulatorUrl } from './browser.mjs';

const root = new URL('../..', import.meta.url).pathname;

async function answers(url) {
  try {
    await fetch(url, { method: 'OPTIONS' });
    return true;
  } catch {
    return false;
  }
}

/** @returns {Promise<{ url: string, stop: () => Promise<void> }>} */
export async function ensureBroker(port = 4400) {
  const url = `http://localhost:${port}`;
  if (await answers(`${url}/token`)) return { url, stop: async () => undefined };
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'projects/panopto-token-broker/src/main.ts')], {
    cwd: root,
    env: { ...process.env, PANOPTO_BROKER_PORT: String(port), PANOPTO_SERVER_URL: emulatorUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    if (await answers(`${url}/token`)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
