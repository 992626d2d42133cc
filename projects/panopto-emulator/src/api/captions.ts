// Caption operations of REST v1:
//   POST   /sessions/{id}/captions                      multipart/form-data: the SRT/VTT file + `language`
//   DELETE /sessions/{id}/captions                      every language
//   DELETE /sessions/{id}/captions/languages/{language} one language ('null' = the default captions)
//   POST   /streams/{id}/captions                       the same, for a session's (primary) stream
// Creators of the session's folder only: a viewer gets Panopto's 403, an unknown id 404, a bad file 400.
import type { IncomingMessage } from 'node:http';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, notFound, readBody, requireGuid, sendJson } from '../http.js';
import type { SessionRecord, UserRecord } from '../store/types.js';
import { API_BASE, getSessionOr404 } from './common.js';
import { captionFileToVtt, contentLanguageOf } from './caption-files.js';
import { captionsOf, deleteCaptions, primaryStreamId, putCaption } from './session-captions.js';

/** Largest caption upload accepted (Panopto's own limit is not published; caption files are small). */
export const MAX_CAPTION_UPLOAD_BYTES = 16 * 1024 * 1024;

export function registerCaptionRoutes(router: Router, ctx: EmulatorContext): void {
  router.post(`${API_BASE}/sessions/:id/captions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, getSessionOr404(ctx, params['id']));
    await uploadCaption(ctx, req, session);
    sendJson(res, 200, null);
  });

  router.post(`${API_BASE}/streams/:id/captions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const streamId = requireGuid(params['id'], 'id');
    const session = [...ctx.store.sessions.values()].find((s) => primaryStreamId(s.Id) === streamId);
    if (!session) throw notFound(`Stream ${streamId} was not found.`);
    await uploadCaption(ctx, req, editableSession(ctx, user, session));
    sendJson(res, 200, null);
  });

  router.delete(`${API_BASE}/sessions/:id/captions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, getSessionOr404(ctx, params['id']));
    deleteCaptions(ctx, session);
    sendJson(res, 200, null);
  });

  router.delete(`${API_BASE}/sessions/:id/captions/languages/:language`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, getSessionOr404(ctx, params['id']));
    const raw = params['language'];
    // Panopto: "To delete 'Default' captions, set 'null' for the language parameter" — the first track here.
    const language =
      raw.toLowerCase() === 'null' ? captionsOf(session)[0]?.Language : contentLanguageOf(raw, 'language');
    if (!language || !captionsOf(session).some((c) => c.Language === language)) {
      throw notFound(`Session ${session.Id} has no ${raw === 'null' ? 'default' : language} captions.`);
    }
    deleteCaptions(ctx, session, language);
    sendJson(res, 200, null);
  });
}

function editableSession(ctx: EmulatorContext, user: UserRecord, session: SessionRecord): SessionRecord {
  if (!ctx.store.canCreate(user, session.FolderId)) {
    throw forbidden('User does not have permission to edit captions of this session. A creator of its folder can.');
  }
  return session;
}

/** Reads the multipart body (parsed by Node's own fetch implementation), checks the file and stores it. */
async function uploadCaption(ctx: EmulatorContext, req: IncomingMessage, session: SessionRecord): Promise<void> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw badRequest(
      "Send the caption file as 'multipart/form-data' with a file part and a 'language' field.",
      'InvalidRequestBody',
    );
  }
  const body = await readBody(req, MAX_CAPTION_UPLOAD_BYTES);
  let form: FormData;
  try {
    form = await new Request('http://emulator.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
  } catch (e) {
    throw badRequest(`The multipart body could not be read: ${(e as Error).message}`, 'InvalidRequestBody');
  }
  const language = contentLanguageOf(form.get('language') ?? '', 'language');
  const file = [...form.values()].find((v) => typeof v !== 'string') as (Blob & { name?: string }) | undefined;
  if (!file) throw badRequest('The request has no caption file part. Attach the SRT or VTT file.', 'MissingFile');
  const vtt = captionFileToVtt(Buffer.from(await file.arrayBuffer()), file.name || 'the file');
  putCaption(ctx, session, language, vtt, 'upload');
}
