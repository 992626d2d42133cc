// Signing in through the demo app: click the header's Sign in button, fill the emulator's login form.
import { demoUrl } from './browser.mjs';

/** The emulator's seeded accounts (username = password). */
export const ACCOUNTS = {
  instructor: { username: 'instructor', password: 'instructor' },
  student: { username: 'student', password: 'student' },
  admin: { username: 'admin', password: 'admin' },
};

/**
 * Fills and submits the emulator's login form (fields `username`/`password`) on the current page, then
 * accepts a consent screen if the emulator shows one.
 * @param {import('playwright-core').Page} page
 */
export async function submitEmulatorLogin(page, account = ACCOUNTS.instructor) {
  await page.waitForSelector('input[name="username"]', { timeout: 15000 });
  await page.fill('input[name="username"]', account.username);
  await page.fill('input[name="password"]', account.password);
  await Promise.all([
    page.waitForNavigation({ timeout: 15000 }).catch(() => undefined),
    page.locator('form:has(input[name="password"]) [type="submit"]').first().click(),
  ]);
  // A consent/"authorize" step, if the emulator has one, is a form with a single submit button.
  const consent = page.locator('form [type="submit"]:has-text("Continue"), form [type="submit"]:has-text("Allow")');
  if ((await consent.count()) > 0 && !page.url().startsWith(demoUrl)) await consent.first().click();
}

/**
 * Opens the demo (at `path`), clicks "Sign in" in the header, logs in and waits until the header shows the
 * signed-in user. Returns the page back on the demo.
 * @param {import('playwright-core').Page} page
 */
export async function signInThroughDemo(page, account = ACCOUNTS.instructor, path = '/') {
  await page.goto(`${demoUrl}${path}`);
  await page.getByTestId('auth-sign-in').click();
  await submitEmulatorLogin(page, account);
  await page.waitForURL((url) => url.toString().startsWith(demoUrl) && !url.pathname.startsWith('/auth/callback'), {
    timeout: 20000,
  });
  await page.getByTestId('auth-user-name').waitFor({ timeout: 20000 });
  return page;
}

/**
 * Opens `path` of the demo in a signed-in tab and waits until the header names the user again. Every page load
 * resumes the session by refreshing with the stored refresh token, which the emulator rotates: a navigation that
 * leaves the page before that refresh answers aborts it after the server has rotated the token, and the next page
 * (holding the old one) is signed out. So a test must not navigate on before this resolves.
 * @param {import('playwright-core').Page} page
 */
export async function gotoSignedIn(page, path = '/') {
  await page.goto(`${demoUrl}${path}`);
  await page.getByTestId('auth-user-name').waitFor({ timeout: 20000 });
}
