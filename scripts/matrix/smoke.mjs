// The matrix's smoke test of one built consumer app, in Chromium: sign in against the emulator (public mode,
// PKCE), see the folder tree, follow the app's link to the README's player example and see the session play.
import { CHROMIUM_ARGS, launchBrowser, newPage } from '../../e2e/support/browser.mjs';
import { submitEmulatorLogin } from '../../e2e/support/login.mjs';

/**
 * Resolves when every step passed; rejects with the step that failed and the page's errors.
 * @param {{ appUrl: string, emulatorUrl: string }} urls
 */
export async function smokeTest({ appUrl, emulatorUrl }) {
  const browser = await launchBrowser({ args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
  const page = await newPage(browser);
  let step = 'sign in';
  try {
    await page.goto(`${appUrl}/library`);
    // The guard sends the browser to the emulator's sign-in page, and the callback route back to /library.
    await page.waitForURL((url) => url.toString().startsWith(emulatorUrl), { timeout: 30_000 });
    await submitEmulatorLogin(page);
    await page.waitForURL(`${appUrl}/library`, { timeout: 30_000 });
    step = 'folder tree';
    await page.getByRole('treeitem', { name: /Faculty of Science/ }).waitFor({ timeout: 30_000 });
    step = 'play';
    await page.getByRole('link', { name: 'Lecture' }).click();
    const iframe = page.locator('panopto-player iframe');
    await iframe.waitFor({ timeout: 30_000 });
    const embed = await (await iframe.elementHandle()).contentFrame();
    // (ready)="player.play()" in the README example: the video starts by itself and advances.
    await embed.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5, null, {
      timeout: 30_000,
    });
  } catch (e) {
    throw new Error(`${step}: ${e.message.split('\n')[0]}; page errors: ${JSON.stringify(page.consoleErrors)}`);
  } finally {
    await browser.close();
  }
}
