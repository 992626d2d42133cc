import { launchBrowser, newPage, demoUrl } from './support/browser.mjs';
import { ACCOUNTS, signInThroughDemo } from './support/login.mjs';
const browser = await launchBrowser();
const page = await newPage(browser);
await signInThroughDemo(page, ACCOUNTS.instructor, '/');
await page.setViewportSize({ width: 390, height: 844 });
for (const css of ['', 'table.panopto-visually-hidden{inset-inline-start:0 !important;top:0}', 'table.panopto-visually-hidden{white-space:normal !important}', 'table.panopto-visually-hidden{white-space:normal !important; inset-inline-start:0 !important}', 'table.panopto-visually-hidden{clip-path:inset(50%) !important}', 'table.panopto-visually-hidden{contain: strict}', 'figure{position:relative}', 'figure{overflow:hidden}']) {
  await page.goto(`${demoUrl}/analytics`);
  await page.waitForTimeout(2500);
  if (css) await page.addStyleTag({ content: css });
  await page.waitForTimeout(300);
  console.log(css, await page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('table.panopto-visually-hidden')].map((t) => Math.round(t.getBoundingClientRect().right))]));
}
await browser.close();
