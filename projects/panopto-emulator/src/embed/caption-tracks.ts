// Caption tracks of the embed page, from the session's captions (uploads, provider files, the seed's own):
//   GET /Panopto/Pages/Embed/CaptionTracks/{id}.json            the tracks now (the page polls it, so a newly
//                                                               uploaded caption appears without a reload)
//   GET /Panopto/Pages/Embed/CaptionTracks/{id}/{language}.vtt  one track as WebVTT
// (Session.Urls.CaptionDownloadUrl, GenerateSRT.ashx, is served by embed/register.ts from the same tracks.)
// Authorised like the video: by the viewer's cookie session for restricted sessions.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { notFound, sendJson } from '../http.js';
import { advanceCaptionRequests } from '../api/accessibility.js';
import { type CaptionTrackInfo, captionText, captionTracks, captionsOf } from '../api/session-captions.js';
import { escapeHtml } from './embed-page.js';
import { viewableSession } from './register.js';

/** How often the embed page asks for the track list (real ms). */
export const CAPTION_TRACK_POLL_MS = 2000;

export function registerCaptionTrackRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/Panopto/Pages/Embed/CaptionTracks/:file', async (req, res, { params }) => {
    const session = await viewableSession(ctx, req, params['file'].replace(/\.json$/i, ''));
    advanceCaptionRequests(ctx);
    sendJson(res, 200, { tracks: captionTracks(ctx, session), pollMs: CAPTION_TRACK_POLL_MS });
  });

  router.get('/Panopto/Pages/Embed/CaptionTracks/:id/:file', async (req, res, { params }) => {
    const session = await viewableSession(ctx, req, params['id']);
    const language = params['file'].replace(/\.vtt$/i, '');
    const record = captionsOf(session).find((c) => c.Language.toLowerCase() === language.toLowerCase());
    if (!record) throw notFound(`Session ${session.Id} has no ${language} captions.`);
    sendText(res, req.method, 'text/vtt', captionText(session, record));
  });

}

function sendText(res: import('node:http').ServerResponse, method: string | undefined, type: string, body: string): void {
  res.writeHead(200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

/** The `<track>` elements of the player page; `showDefault` marks the first as default (the `captions` param). */
export function renderCaptionTracks(tracks: CaptionTrackInfo[], showDefault: boolean): string {
  return tracks
    .map(
      (t, i) =>
        `<track kind="captions" label="${escapeHtml(t.label)}" srclang="${escapeHtml(t.srclang)}" src="${escapeHtml(
          t.src,
        )}" data-language="${escapeHtml(t.language)}"${showDefault && i === 0 ? ' default' : ''}>`,
    )
    .join('');
}
