// Shared by the recordings e2e suites: REST calls to the emulator as a seeded account (tokens from its test-only
// /__emulator/tokens), the embed frame inside a page, and a demo sign-in in a fresh browser context.
import assert from 'node:assert/strict';
import { emulatorUrl, newPage } from './browser.mjs';
import { signInThroughDemo } from './login.mjs';

/** Username = password for every seeded account; `learner` is a student enrolled nowhere. */
export const account = (username) => ({ username, password: username });

const tokens = new Map();

/** A bearer token for a seeded account. */
export async function tokenFor(username) {
  if (!tokens.has(username)) {
    const res = await fetch(`${emulatorUrl}/__emulator/tokens`, { method: 'POST', body: JSON.stringify({ username }) });
    assert.equal(res.status, 200, `token for ${username}`);
    tokens.set(username, (await res.json()).access_token);
  }
  return tokens.get(username);
}

/** A REST v1 call as `username`; resolves to `{ status, body }`. */
export async function rest(username, path, { method = 'GET', body } = {}) {
  const res = await fetch(`${emulatorUrl}/Panopto/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await tokenFor(username)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** The first session whose name matches, as `username` finds it. */
export async function findSession(username, name) {
  const found = await rest(username, `/sessions/search?searchQuery=${encodeURIComponent(name)}`);
  const hit = found.body.Results.find((s) => s.Name === name);
  assert.ok(hit, `a session named ${name}`);
  return hit;
}

/** A page of its own (own cookies) signed in to the demo as `username`, opened at `path`. */
export async function signedInPage(browser, username, path) {
  const page = await newPage(browser);
  await signInThroughDemo(page, account(username), path);
  if (!page.url().endsWith(path)) await page.goto(new URL(path, page.url()).href);
  return page;
}

/** The Embed.aspx frame the player built, once it exists. */
export async function embedFrame(page, timeout = 20000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const frame = page.frames().find((f) => f.url().includes('/Panopto/Pages/Embed.aspx'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the player never built its Embed.aspx frame');
}

/**
 * Plays the embedded video (muted, as autoplay rules want) until it is `seconds` in. A fresh emulator may still be
 * generating its seed videos, so the wait for the media is generous.
 */
export async function playUntil(frame, seconds, timeout = 90000) {
  await frame.waitForSelector('video', { state: 'attached', timeout });
  await frame.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, {
    timeout,
    polling: 250,
  });
  await frame.evaluate(() => {
    const video = document.querySelector('video');
    video.muted = true;
    return video.play();
  });
  try {
    await frame.waitForFunction((s) => (document.querySelector('video')?.currentTime ?? 0) >= s, seconds, {
      timeout: 30000 + seconds * 2000,
      // rAF polling stalls in an iframe scrolled out of view (Chromium throttles it): poll on a timer.
      polling: 250,
    });
  } catch (error) {
    const state = await frame.evaluate(() => {
      const v = document.querySelector('video');
      return v && { readyState: v.readyState, currentTime: v.currentTime, paused: v.paused, error: v.error?.code };
    });
    throw new Error(`the video did not reach ${seconds} s: ${JSON.stringify(state)} (${error.message})`);
  }
}
