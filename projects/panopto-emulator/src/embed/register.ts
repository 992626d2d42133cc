// Embedding, as Panopto serves it:
//   GET  /Panopto/Pages/Embed.aspx?id=…&autoplay&offerviewer&showtitle&showbrand&captions&interactivity&start
//        &showcontrols&hideoverlay&autohide
//   GET  /scripts/embedapi.min.js                     the Embed API (EmbedApi, PlayerState, ApiError)
// and what the embed page itself needs (emulator-internal paths):
//   GET  /Panopto/Pages/Embed/embed-page.js           the page's script
//   GET  /Panopto/Pages/Embed/Media/{id}.webm         the video, authorised by the viewer's cookie session
//   GET  /Panopto/Pages/Embed/Captions/{id}.vtt       the caption track
//   POST /Panopto/Pages/Embed/Viewing                 batched watched seconds → /sessions/{id}/viewers
//   GET  /Panopto/Pages/Transcription/GenerateSRT.ashx?id=…   the captions as SubRip (REST CaptionDownloadUrl)
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { HttpError, badRequest, forbidden, isGuid, notFound, readJson, sendHtml, sendJson } from '../http.js';
import { serveFile } from '../media/routes.js';
import type { SessionRecord, UserRecord } from '../store/types.js';
import { CAPTION_DOWNLOAD_PATH, captionsVtt, hasCaptions } from './captions.js';
import { type EmbedParams, renderErrorPage, renderPlayerPage } from './embed-page.js';
import { viewerFromCookies } from './viewer.js';
import { captionText, captionTracks, captionsOf } from '../api/session-captions.js';
import { vttToSrt } from '../api/caption-files.js';

const EMBED_API_JS = readFileSync(new URL('./client/embedapi.js', import.meta.url), 'utf8');
const EMBED_PAGE_JS = readFileSync(new URL('./client/embed-page.js', import.meta.url), 'utf8');

/** How often the embed page sends watched seconds (ms). */
export const VIEWING_FLUSH_MS = 5000;
/** Upper bound of seconds in one viewing report. */
const MAX_SECONDS_PER_REPORT = 3600;

export function registerEmbedRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/scripts/embedapi.min.js', (_req, res) => sendScript(res, EMBED_API_JS));
  router.get('/Panopto/Pages/Embed/embed-page.js', (_req, res) => sendScript(res, EMBED_PAGE_JS));

  router.get('/Panopto/Pages/Embed.aspx', async (req, res, { url }) => {
    const rawId = url.searchParams.get('id') ?? url.searchParams.get('Id');
    if (!isGuid(rawId)) {
      sendHtml(res, 400, renderErrorPage(`'${rawId ?? ''}' is not a valid session id.`), frameHeaders());
      return;
    }
    const id = rawId.toLowerCase();
    const session = ctx.store.sessions.get(id);
    if (!session) {
      sendHtml(res, 404, renderErrorPage('The session was not found. It may have been deleted or moved.'), frameHeaders());
      return;
    }
    const viewer = await viewerFromCookies(ctx, req);
    const mode = ctx.store.canViewSession(viewer, session) ? 'player' : viewer ? 'forbidden' : 'login';
    const base = ctx.baseUrl;
    const html = renderPlayerPage({
      mode,
      sessionId: session.Id,
      title: session.Name,
      live: session.InProgress === 'webcast',
      duration: session.Duration,
      mediaUrl: `${base}/Panopto/Pages/Embed/Media/${session.Id}.webm`,
      posterUrl: `${base}/Panopto/PublicAPI/SessionPreviewImage?id=${session.Id}`,
      captionsUrl: hasCaptions(session) ? `${base}/Panopto/Pages/Embed/Captions/${session.Id}.vtt` : null,
      captionTracks: captionTracks(ctx, session),
      viewerUrl: `${base}/Panopto/Pages/Embed.aspx?id=${session.Id}`,
      viewingUrl: `${base}/Panopto/Pages/Embed/Viewing`,
      viewingFlushMs: VIEWING_FLUSH_MS,
      params: parseParams(url.searchParams, session),
    });
    sendHtml(res, 200, html, frameHeaders());
  });

  router.get('/Panopto/Pages/Embed/Media/:file', async (req, res, { params }) => {
    const session = await viewableSession(ctx, req, params['file'].replace(/\.webm$/i, ''));
    if (session.Media.kind === 'generated') {
      try {
        await ctx.media.whenReady();
      } catch (err) {
        throw new HttpError(503, 'MediaUnavailable', (err as Error).message);
      }
    }
    const file = ctx.media.videoFile(session);
    if (!file) throw notFound(`Session ${session.Id} has no playable media yet.`);
    serveFile(req, res, file);
  });

  router.get('/Panopto/Pages/Embed/Captions/:file', async (req, res, { params }) => {
    const session = await viewableSession(ctx, req, params['file'].replace(/\.vtt$/i, ''));
    if (!hasCaptions(session)) throw notFound(`Session ${session.Id} has no captions.`);
    const body = captionsVtt(session);
    res.writeHead(200, { 'Content-Type': 'text/vtt; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  router.get(CAPTION_DOWNLOAD_PATH, async (req, res, { url }) => {
    // API clients follow CaptionDownloadUrl with their bearer token; browsers with their Panopto sign-in.
    const account = await ctx.authenticate(req);
    const rawId = url.searchParams.get('id') ?? '';
    const session = account ? apiVisibleSession(ctx, account.user, rawId) : await viewableSession(ctx, req, rawId);
    // One language (`language=`, as CaptionDownloadUrl names it), else the first track; see api/session-captions.ts.
    const language = url.searchParams.get('language');
    const tracks = captionsOf(session);
    const record = language ? tracks.find((c) => c.Language.toLowerCase() === language.toLowerCase()) : tracks[0];
    if (!record) throw notFound(`Session ${session.Id} has no ${language ?? ''} captions.`.replace('  ', ' '));
    const body = vttToSrt(captionText(session, record));
    res.writeHead(200, {
      'Content-Type': 'application/x-subrip; charset=utf-8',
      'Content-Disposition': `attachment; filename="${session.Id}-${record.Language}.srt"`,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  router.post('/Panopto/Pages/Embed/Viewing', async (req, res) => {
    // Cookie-authenticated, so only the embed page itself (same origin) may report: no cross-site forgery.
    if (req.headers.origin !== ctx.baseUrl) throw forbidden('Viewing is reported by the embed page only.');
    const body = await readJson(req, 64 * 1024);
    const session = await viewableSession(ctx, req, String(body['sessionId'] ?? ''));
    const seconds = body['seconds'];
    if (!Array.isArray(seconds) || seconds.length > MAX_SECONDS_PER_REPORT) {
      throw badRequest(`'seconds' must be an array of at most ${MAX_SECONDS_PER_REPORT} whole seconds.`);
    }
    const limit = Math.max(1, Math.ceil(session.Duration));
    const unique = new Set<number>();
    for (const s of seconds) {
      if (!Number.isInteger(s) || s < 0 || s > limit) throw badRequest(`'seconds' holds ${JSON.stringify(s)}: whole seconds from 0 to ${limit} only.`);
      unique.add(s);
    }
    const position = typeof body['position'] === 'number' && Number.isFinite(body['position']) ? body['position'] : undefined;
    const viewer = await viewerFromCookies(ctx, req);
    if (!viewer) {
      // Anonymous views of public sessions are not attributed to anyone (Panopto lists signed-in viewers).
      sendJson(res, 202, { recorded: false, reason: 'anonymous' });
      return;
    }
    const record = ctx.store.recordViewing(session.Id, viewer.Id, {
      secondsViewed: unique.size,
      position,
      newView: body['newView'] === true,
    });
    sendJson(res, 200, { recorded: true, SecondsViewed: record.SecondsViewed, Views: record.Views });
  });
}

function sendScript(res: ServerResponse, body: string): void {
  res.writeHead(200, {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    // Any page may load the script, as Panopto's is loaded from developers.panopto.com.
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/** Embed pages are meant to be framed: by any page, as Panopto's are. */
function frameHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': "frame-ancestors *; object-src 'none'", 'X-Content-Type-Options': 'nosniff' };
}

export async function viewableSession(ctx: EmulatorContext, req: IncomingMessage, rawId: string): Promise<SessionRecord> {
  if (!isGuid(rawId)) throw badRequest(`'${rawId}' is not a valid session id.`, 'InvalidId');
  const session = ctx.store.sessions.get(rawId.toLowerCase());
  if (!session) throw notFound(`Session ${rawId} was not found.`);
  // Who may watch (access level, folder roles, session grants) is the store's rule, as for REST.
  const viewer: UserRecord | null = await viewerFromCookies(ctx, req);
  if (!ctx.store.canViewSession(viewer, session)) throw forbidden('This session is restricted.');
  return session;
}

function apiVisibleSession(ctx: EmulatorContext, user: UserRecord, rawId: string): SessionRecord {
  if (!isGuid(rawId)) throw badRequest(`'${rawId}' is not a valid session id.`, 'InvalidId');
  const session = ctx.store.sessions.get(rawId.toLowerCase());
  if (!session) throw notFound(`Session ${rawId} was not found.`);
  if (!ctx.store.canViewSession(user, session)) throw forbidden('This session is restricted.');
  return session;
}

function flag(search: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = search.get(name);
  if (value === null) return fallback;
  return value.toLowerCase() === 'true' || value === '1';
}

function parseParams(search: URLSearchParams, session: SessionRecord): EmbedParams {
  const interactivity = search.get('interactivity');
  const start = Number(search.get('start') ?? '0');
  return {
    autoplay: flag(search, 'autoplay', false),
    offerViewer: flag(search, 'offerviewer', true),
    showTitle: flag(search, 'showtitle', true),
    showBrand: flag(search, 'showbrand', false),
    captions: flag(search, 'captions', false),
    interactivity: interactivity === 'none' || interactivity === 'search' ? interactivity : 'all',
    start: Number.isFinite(start) && start > 0 ? Math.min(start, session.Duration) : 0,
    api: flag(search, 'api', false),
    showControls: flag(search, 'showcontrols', true),
    hideOverlay: flag(search, 'hideoverlay', false),
    autoHide: flag(search, 'autohide', false),
  };
}
