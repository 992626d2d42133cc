import { PanoptoAuthMode } from 'panopto-ng/auth';

const MODE_KEY = 'panopto-ng-demo.auth-mode';

/**
 * The sign-in mode the gallery uses: public by default, broker when the visitor chose it on the Sign-in page.
 * Read once at startup (the auth module is configured at bootstrap), so switching reloads the page.
 */
export function demoAuthMode(): PanoptoAuthMode {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(MODE_KEY) === 'broker' ? 'broker' : 'public';
  } catch {
    return 'public';
  }
}

export function rememberDemoAuthMode(mode: PanoptoAuthMode): void {
  try {
    localStorage.setItem(MODE_KEY, mode);
  } catch {
    // Storage blocked: the choice lasts until reload only.
  }
}
