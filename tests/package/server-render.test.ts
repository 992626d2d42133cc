// Server-side rendering of the published player, for real: @angular/platform-server renders a standalone app
// that uses `panopto-ng/player` from dist/panopto-ng (partially compiled, linked by the JIT compiler) in Node
// with domino. The browser specs only pretend to be a server through PLATFORM_ID; this proves the player touches
// no `window`, loads no script and gives the crawler and the first paint something useful.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuiltDist } from './built-dist';

const SESSION = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0';
const SERVER = 'https://myuni.hosted.panopto.com';
const fixture = join(import.meta.dirname, 'fixtures', 'render-player-on-server.mjs');

let dist = '';
before(async () => {
  dist = await ensureBuiltDist();
});

/** Renders the template in a plain Node process (see the fixture for why not in this one). */
function render(template: string): string {
  return execFileSync(process.execPath, [fixture, dist, template], { encoding: 'utf8', timeout: 60_000 });
}

/** The player element's inner HTML, which is what the player itself rendered. */
function playerHtml(html: string): string {
  const match = /<panopto-player[^>]*>([\s\S]*?)<\/panopto-player>/.exec(html);
  assert.ok(match, 'the page contains a <panopto-player>');
  return match[1];
}

test('server render: a plain player becomes Panopto’s Embed.aspx iframe with the same parameters', () => {
  const html = render(`<panopto-player sessionId="${SESSION}" [showTitle]="false" [startTime]="30"></panopto-player>`);
  const inner = playerHtml(html);
  const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(inner)?.[1];
  assert.ok(src, 'an iframe with a src');
  const url = new URL(src.replace(/&amp;/g, '&'));
  assert.equal(url.origin + url.pathname, `${SERVER}/Panopto/Pages/Embed.aspx`);
  assert.equal(url.searchParams.get('id'), SESSION);
  assert.equal(url.searchParams.get('showtitle'), 'false');
  assert.equal(url.searchParams.get('start'), '30');
  assert.match(inner, /allowfullscreen/);
  // The frame is named by its title (WCAG frame-title); an aria-label would only repeat it.
  assert.match(inner, /<iframe[^>]*title="Panopto embedded video player"/);
  assert.doesNotMatch(inner, /<iframe[^>]*aria-label=/);
  // No Embed API script on the server: the browser gets it after hydration-free bootstrap.
  assert.doesNotMatch(html, /embedapi\.min\.js/);
  // The host is sized by aspect-ratio without any global CSS, and the component's styles are in the page.
  assert.match(html, /<panopto-player[^>]*style="[^"]*aspect-ratio:\s*1\.77/);
  assert.match(html, /panopto-player\{display:block/);
});

test('server render: with the facade directive, a thumbnail and a labelled play button, and no iframe', () => {
  const html = render(`<panopto-player facade sessionId="${SESSION}" videoTitle="Week 1"></panopto-player>`);
  const inner = playerHtml(html);
  assert.doesNotMatch(inner, /<iframe/);
  assert.match(inner, /<button[^>]*aria-label="Play video: Week 1"/);
  assert.match(inner, new RegExp(`<img[^>]*src="${SERVER}/Panopto/PublicAPI/SessionPreviewImage\\?id=${SESSION}"`));
});

test('server render: a bad session id renders the alert and builds no URL', () => {
  const html = render(`<panopto-player sessionId="not-a-guid&quot; onload=&quot;x"></panopto-player>`);
  const inner = playerHtml(html);
  assert.match(inner, /role="alert"[^>]*>This video link is not valid\./);
  assert.doesNotMatch(inner, /Embed\.aspx|<iframe|onload/);
  // Text goes in through text nodes: the server renderer mirrors setProperty('textContent') into an attribute.
  assert.doesNotMatch(inner, /textcontent=|classname=/i);
});
