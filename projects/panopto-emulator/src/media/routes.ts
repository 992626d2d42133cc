// Media of sessions: the video stream (with Range support for seeking) and the thumbnail.
//   GET /Panopto/Podcast/Stream/{sessionId}.webm
//   GET /Panopto/PublicAPI/SessionPreviewImage?id={sessionId}
// Media is public to anyone who knows the id (like Panopto's podcast links for public sessions), except
// restricted sessions, which need a bearer token of an account allowed to see them.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { HttpError, notFound, requireGuid, sendApiError } from '../http.js';
import type { MediaFile } from './library.js';
import type { SessionRecord } from '../store/types.js';

export function registerMediaRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/Panopto/Podcast/Stream/:file', async (req, res, { params }) => {
    const id = requireGuid(params['file'].replace(/\.(webm|mp4|mov|mkv|mpg)$/i, ''), 'sessionId');
    const session = await visibleSession(ctx, req, id);
    await ensureMedia(ctx, session);
    const file = ctx.media.videoFile(session);
    if (!file) throw notFound(`Session ${id} has no playable media yet.`);
    serveFile(req, res, file);
  });

  router.get('/Panopto/PublicAPI/SessionPreviewImage', async (req, res, { url }) => {
    const id = requireGuid(url.searchParams.get('id') ?? url.searchParams.get('Id'), 'id');
    const session = await visibleSession(ctx, req, id);
    await ensureMedia(ctx, session);
    const file = ctx.media.thumbnailFile(session);
    if (!file) throw notFound(`Session ${id} has no thumbnail.`);
    serveFile(req, res, file);
  });
}

async function visibleSession(ctx: EmulatorContext, req: IncomingMessage, id: string): Promise<SessionRecord> {
  const session = ctx.store.sessions.get(id);
  if (!session) throw notFound(`Session ${id} was not found.`);
  if (session.Restricted) {
    const account = await ctx.authenticate(req);
    if (!account || !ctx.store.canViewSession(account.user, session)) {
      throw new HttpError(403, 'Forbidden', 'This session is restricted.');
    }
  }
  return session;
}

async function ensureMedia(ctx: EmulatorContext, session: SessionRecord): Promise<void> {
  if (session.Media.kind !== 'generated') return;
  try {
    await ctx.media.whenReady();
  } catch (err) {
    throw new HttpError(503, 'MediaUnavailable', (err as Error).message);
  }
}

/** Streams a file, honouring a single `Range: bytes=a-b` (what video elements send when seeking). */
export function serveFile(req: IncomingMessage, res: ServerResponse, file: MediaFile): void {
  let size: number;
  let mtime: Date;
  try {
    const st = statSync(file.path);
    size = st.size;
    mtime = st.mtime;
  } catch {
    sendApiError(res, 404, 'NotFound', 'The media file is missing.');
    return;
  }
  const headers: Record<string, string | number> = {
    'Content-Type': file.contentType,
    'Accept-Ranges': 'bytes',
    'Last-Modified': mtime.toUTCString(),
    'Cache-Control': 'private, max-age=3600',
  };
  const range = req.headers.range;
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    if (!m || (m[1] === '' && m[2] === '')) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (m[1] === '') {
      start = Math.max(0, size - Number(m[2]));
    } else {
      start = Number(m[1]);
      end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    }
    if (start >= size || start > end) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  headers['Content-Length'] = end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file.path, { start, end });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
