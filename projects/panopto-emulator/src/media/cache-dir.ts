import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `node_modules/.cache/panopto-emulator` of the project the emulator is installed in (found from this file's
 * location), so every emulator started there (tests, `npm run emulator`) shares one generated copy.
 */
export function defaultMediaCacheDir(): string {
  const require = createRequire(import.meta.url);
  try {
    // Any installed package tells us where node_modules is.
    const pkg = require.resolve('oidc-provider/package.json');
    return join(pkg.slice(0, pkg.lastIndexOf('node_modules') + 'node_modules'.length), '.cache', 'panopto-emulator');
  } catch {
    return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.media-cache');
  }
}
