// Shared by every e2e suite: launching Debian's Chromium through playwright-core, the URLs the orchestrator
// passes in, and screenshots into test-results/screenshots/ (CI keeps that folder as an artifact).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;

/** Where the built demo app is served (`DEMO_URL`, default http://localhost:4200), without trailing slash. */
export const demoUrl = (process.env.DEMO_URL || 'http://localhost:4200').replace(/\/$/, '');
/** The Panopto emulator (`PANOPTO_EMULATOR_URL`, default http://localhost:4300), without trailing slash. */
export const emulatorUrl = (process.env.PANOPTO_EMULATOR_URL || 'http://localhost:4300').replace(/\/$/, '');
/** Folder for screenshots, created on first use. */
export const screenshotDir = join(root, 'test-results', 'screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium (`CHROME_BIN` or /usr/bin/chromium). Close it in `after()`.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
}

/**
 * A fresh context + page with a desktop viewport; console errors are collected on `page.consoleErrors`.
 * @param {import('playwright-core').Browser} browser
 */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on('console', (msg) => {
    // The location names the failing resource, which "Failed to load resource" alone does not.
    if (msg.type() === 'error') page.consoleErrors.push(`${msg.text()} [${msg.location()?.url ?? 'unknown'}]`);
  });
  page.on('pageerror', (err) => page.consoleErrors.push(String(err)));
  return page;
}

/**
 * Saves a full-page PNG as test-results/screenshots/<name>.png and returns its path.
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without extension, e.g. 'auth-signed-in'
 * @param {{ fullPage?: boolean }} [options] `fullPage: false` takes only what is on screen (cheaper, for many shots)
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Fails fast with a clear message when the demo or the emulator isn't reachable. */
export async function requireServers() {
  for (const [name, url] of [
    ['demo app (DEMO_URL)', `${demoUrl}/`],
    ['Panopto emulator (PANOPTO_EMULATOR_URL)', `${emulatorUrl}/__emulator/metrics`],
  ]) {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    } catch (e) {
      throw new Error(`The ${name} is not reachable at ${url} (${e.message}). Start it, or run \`npm test -- e2e\`.`);
    }
  }
}
