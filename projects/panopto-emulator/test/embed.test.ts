// The emulator's embedding: Embed.aspx (params, restricted sessions, bad ids), embedapi.min.js, and the
// viewing reports that feed /sessions/{id}/viewers. Starts its own emulator in-process on port 0.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { startEmulator, type RunningEmulator } from '../src/server.js';
import type { SessionRecord } from '../src/store/types.js';

let emu: RunningEmulator;
let publicSession: SessionRecord;
let restricted: SessionRecord;

before(async () => {
  emu = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  const sessions = [...emu.context.store.sessions.values()];
  publicSession = sessions.find((s) => !s.Restricted && s.Media.kind === 'generated') as SessionRecord;
  restricted = sessions.find((s) => s.Restricted && s.Media.kind === 'generated') as SessionRecord;
  assert.ok(publicSession && restricted, 'the seed has a public and a restricted session');
});
after(async () => emu.close());

/** Signs in through the emulator's real login page; returns the browser's cookies for the emulator. */
async function signIn(username: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      // The embed page lives outside /Panopto/oauth2: the browser sends the session cookie there only if its path is /.
      if (pair.startsWith('_session=')) assert.match(c, /path=\/(;|$)/i);
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirect = 'http://localhost:4200/auth/callback';
  let url: string | null =
    `${emu.url}/Panopto/oauth2/connect/authorize?` +
    new URLSearchParams({
      client_id: 'panopto-ng-demo',
      response_type: 'code',
      scope: 'openid api',
      redirect_uri: redirect,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'embed-test',
    });
  for (let hop = 0; url && !url.startsWith(redirect) && hop < 12; hop++) {
    const loginForm: boolean = /\/interaction\/[^/]+$/.test(new URL(url).pathname) && hop > 0 && !jar.has('_session');
    let res: Response;
    if (loginForm) {
      res = await fetch(`${url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username, password: username }),
      });
    } else {
      res = await fetch(url, { redirect: 'manual', headers: { cookie: cookieHeader() } });
    }
    keep(res);
    const location = res.headers.get('location');
    url = location ? new URL(location, emu.url).href : null;
    if (!location && res.status === 200 && loginForm === false && /\/interaction\//.test(res.url)) {
      url = res.url;
    }
  }
  assert.ok(url?.startsWith(redirect), `sign-in reached the redirect URI (got ${url})`);
  assert.ok(jar.has('_session'), 'oidc-provider set its session cookie');
  return cookieHeader();
}

async function embed(query: string, cookie?: string): Promise<{ status: number; html: string; config: Record<string, unknown> }> {
  const res = await fetch(`${emu.url}/Panopto/Pages/Embed.aspx?${query}`, { headers: cookie ? { cookie } : {} });
  const html = await res.text();
  const m = /<script type="application\/json" id="embed-config">([^<]*)<\/script>/.exec(html);
  return { status: res.status, html, config: m ? JSON.parse(m[1]) : {} };
}

describe('Embed.aspx', () => {
  it('renders the player with the documented parameters applied', async () => {
    const id = publicSession.Id;
    const { status, html, config } = await embed(
      `id=${id}&autoplay=true&offerviewer=false&showtitle=true&showbrand=true&captions=true&interactivity=search&start=5`
    );
    assert.equal(status, 200);
    assert.match(html, /<video id="video"/);
    assert.match(html, new RegExp(`<div class="title" id="title">${publicSession.Name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</div>`));
    assert.match(html, /id="brand"/);
    assert.doesNotMatch(html, /id="viewer-link"/);
    assert.match(html, /<track kind="captions" label="English" srclang="en-US" src="[^"]+\.vtt\?v=[0-9a-f]+" data-language="English_USA" default>/);
    assert.match(html, /data-interactivity="search"/);
    assert.equal(config['mode'], 'player');
    assert.equal(config['autoplay'], true);
    assert.equal(config['captions'], true);
    assert.equal(config['start'], 5);
    assert.equal(config['mediaUrl'], `${emu.url}/Panopto/Pages/Embed/Media/${id}.webm`);
  });

  it('uses Panopto’s defaults when parameters are absent', async () => {
    const { html, config } = await embed(`id=${publicSession.Id}`);
    assert.match(html, /id="title"/);
    assert.doesNotMatch(html, /id="brand"/);
    assert.match(html, /id="viewer-link"/);
    assert.doesNotMatch(html, /<track[^>]* default>/);
    assert.match(html, /data-interactivity="all"/);
    assert.equal(config['autoplay'], false);
    assert.equal(config['start'], 0);
  });

  it('marks a webcast on air as live and loops its stream; on-demand sessions carry no marker', async () => {
    const live = [...emu.context.store.sessions.values()].find(
      (s) => s.InProgress === 'webcast' && !s.Restricted && s.Media.kind === 'generated',
    );
    assert.ok(live, 'the seed has a public webcast on air');
    const { html } = await embed(`id=${live.Id}`);
    assert.match(html, /id="live-badge"[^>]*>LIVE</);
    assert.match(html, /<video[^>]* loop/);
    const onDemand = await embed(`id=${publicSession.Id}`);
    assert.doesNotMatch(onDemand.html, /id="live-badge"/);
    assert.doesNotMatch(onDemand.html, /<video[^>]* loop/);
  });

  it('answers an error page for malformed and unknown ids, escaping what was sent', async () => {
    const bad = await embed(`id=${encodeURIComponent('"><script>alert(1)</script>')}`);
    assert.equal(bad.status, 400);
    assert.match(bad.html, /id="embed-error"/);
    assert.doesNotMatch(bad.html, /<script>alert/);
    const unknown = await embed('id=00000000-0000-4000-8000-000000000001');
    assert.equal(unknown.status, 404);
    assert.match(unknown.html, /not found/);
    const missing = await embed('');
    assert.equal(missing.status, 400);
  });

  it('shows a sign-in prompt for a restricted session to an anonymous browser, and refuses its media', async () => {
    const { status, html, config } = await embed(`id=${restricted.Id}`);
    assert.equal(status, 200);
    assert.equal(config['mode'], 'login');
    assert.match(html, /id="login-prompt"/);
    assert.doesNotMatch(html, /<video/);
    const media = await fetch(`${emu.url}/Panopto/Pages/Embed/Media/${restricted.Id}.webm`);
    assert.equal(media.status, 403);
  });

  it('plays a restricted session for a signed-in viewer with permission', async () => {
    const cookie = await signIn('instructor');
    const { config, html } = await embed(`id=${restricted.Id}`, cookie);
    assert.equal(config['mode'], 'player');
    assert.match(html, /<video id="video"/);
  });

  it('shows "no access" and never signals readiness to a signed-in viewer without permission', async () => {
    const cookie = await signIn('student');
    const { config, html } = await embed(`id=${restricted.Id}`, cookie);
    assert.equal(config['mode'], 'forbidden');
    assert.match(html, /id="no-access"/);
    // The page script posts iframeReady only in player mode; check the branch the page will take.
    const page = await (await fetch(`${emu.url}/Panopto/Pages/Embed/embed-page.js`)).text();
    assert.match(page, /if \(config\.mode !== 'player'\) return;/);
  });
});

describe('/scripts/embedapi.min.js', () => {
  it('is served as JavaScript that any page may load', async () => {
    const res = await fetch(`${emu.url}/scripts/embedapi.min.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  it('defines EmbedApi, PlayerState and ApiError, calls onPanoptoEmbedApiReady, and builds the iframe', async () => {
    const source = await (await fetch(`${emu.url}/scripts/embedapi.min.js`)).text();
    const appended: Record<string, unknown>[] = [];
    const listeners: string[] = [];
    const container = { appendChild: (el: Record<string, unknown>) => appended.push(el) };
    const makeElement = () => {
      const attrs: Record<string, string> = {};
      return { style: {}, setAttribute: (k: string, v: string) => (attrs[k] = v), attrs, remove() {} };
    };
    const win: Record<string, unknown> = {
      addEventListener: (type: string) => listeners.push(type),
      removeEventListener: () => undefined,
    };
    let readyCalls = 0;
    win['onPanoptoEmbedApiReady'] = () => readyCalls++;
    const sandbox = {
      window: win,
      document: { getElementById: (id: string) => (id === 'host' ? container : null), createElement: makeElement },
      URLSearchParams,
      setTimeout,
    };
    runInNewContext(source, sandbox);
    assert.equal(readyCalls, 1);
    assert.equal(typeof win['EmbedApi'], 'function');
    assert.deepEqual({ ...(win['PlayerState'] as object) }, { Unstarted: -1, Ended: 0, Playing: 1, Paused: 2, Buffering: 3 });
    assert.deepEqual({ ...(win['ApiError'] as object) }, { PlayNotAllowed: 'playNotAllowed', PlayWithSoundNotAllowed: 'playWithSoundNotAllowed' });

    const EmbedApi = win['EmbedApi'] as new (id: string, o: object) => Record<string, (...a: unknown[]) => unknown>;
    const host = new URL(emu.url).host;
    const player = new EmbedApi('host', {
      serverName: host,
      sessionId: publicSession.Id,
      width: 640,
      height: '100%',
      videoParams: { autoplay: false, showtitle: 'false', interactivity: 'none', start: 3 },
      events: {},
    });
    const iframe = appended[0] as { src: string; style: Record<string, string>; attrs: Record<string, string> };
    const src = new URL(iframe.src);
    assert.equal(src.origin, emu.url);
    assert.equal(src.pathname, '/Panopto/Pages/Embed.aspx');
    assert.equal(src.searchParams.get('id'), publicSession.Id);
    assert.equal(src.searchParams.get('showtitle'), 'false');
    assert.equal(src.searchParams.get('interactivity'), 'none');
    assert.equal(src.searchParams.get('start'), '3');
    // Attributes, not inline style, so clients resize the player through them (H5P sets width/height attributes).
    assert.equal(iframe.attrs['width'], '640');
    assert.equal(iframe.attrs['height'], '100%');
    assert.equal(iframe.style['width'], undefined);
    assert.equal(iframe.attrs['allow'], 'autoplay; fullscreen');
    assert.ok('allowfullscreen' in iframe.attrs);
    assert.deepEqual(listeners, ['message']);
    for (const method of ['loadVideo', 'playVideo', 'pauseVideo', 'stopVideo', 'seekTo', 'getCurrentTime', 'getDuration', 'getState', 'muteVideo', 'unmuteVideo', 'isMuted', 'getVolume', 'setVolume', 'getPlaybackRate', 'setPlaybackRate', 'hasCaptions', 'getCaptionTracks', 'getSelectedCaptionTrack', 'enableCaptions', 'disableCaptions', 'getVideoUrl']) {
      assert.equal(typeof player[method], 'function', `${method} exists`);
    }
    assert.equal(player['isReady'], false as unknown);
    assert.throws(() => new EmbedApi('host', { serverName: 'evil.example.com/"', sessionId: publicSession.Id }), /serverName/);
    assert.throws(() => new EmbedApi('host', { serverName: host, sessionId: 'x") onload=(' }), /GUID/);
  });
});

describe('viewing reports', () => {
  const report = (cookie: string | undefined, body: unknown, origin = emu.url) =>
    fetch(`${emu.url}/Panopto/Pages/Embed/Viewing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('adds the signed-in viewer’s unique seconds to the session’s viewers', async () => {
    const cookie = await signIn('admin');
    const admin = [...emu.context.store.users.values()].find((u) => u.Username === 'admin')!;
    const before = emu.context.store.viewingOfSession(publicSession.Id).find((v) => v.UserId === admin.Id);
    assert.equal(before, undefined);
    let res = await report(cookie, { sessionId: publicSession.Id, seconds: [0, 1, 2, 2, 3], position: 3.5, newView: true });
    assert.equal(res.status, 200);
    res = await report(cookie, { sessionId: publicSession.Id, seconds: [4, 5], position: 5.2, newView: false });
    assert.equal(res.status, 200);
    const record = emu.context.store.viewingOfSession(publicSession.Id).find((v) => v.UserId === admin.Id)!;
    assert.equal(record.SecondsViewed, 6);
    assert.equal(record.LastPosition, 5.2);
    assert.equal(record.Views, 1);
  });

  it('records nothing for anonymous viewers, and rejects other origins and bad seconds', async () => {
    const count = emu.context.store.viewing.size;
    const anon = await report(undefined, { sessionId: publicSession.Id, seconds: [1] });
    assert.equal(anon.status, 202);
    assert.equal(emu.context.store.viewing.size, count);
    const cookie = await signIn('student');
    assert.equal((await report(cookie, { sessionId: publicSession.Id, seconds: [1] }, 'http://localhost:9999')).status, 403);
    assert.equal((await report(cookie, { sessionId: publicSession.Id, seconds: [-1] })).status, 400);
    assert.equal((await report(cookie, { sessionId: publicSession.Id, seconds: [1.5] })).status, 400);
    assert.equal((await report(cookie, { sessionId: publicSession.Id, seconds: [100000] })).status, 400);
    assert.equal((await report(cookie, { sessionId: 'nope', seconds: [1] })).status, 400);
    assert.equal((await report(cookie, { sessionId: restricted.Id, seconds: [1] })).status, 403);
  });
});
