// POST /sessions/{id}/sessioncopy: a Reference copy plays the original's media (and follows it when the
// original is re-uploaded); a Full copy owns a copy of the files and stays as it is. Panopto documents only
// Full and Reference as allowed, so Destructive is refused with a 400 naming the field.
import { copyFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, readJson, sendJson } from '../http.js';
import type { SessionMedia, SessionRecord } from '../store/types.js';
import { API_BASE, creatableFolder, optionalGuid, optionalString, viewableSession } from './common.js';
import { enumField } from './access.js';

const COPY_TYPES = ['Reference', 'Full', 'Destructive'] as const;

export function registerSessionCopyRoutes(router: Router, ctx: EmulatorContext): void {
  router.post(`${API_BASE}/sessions/:id/sessioncopy`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const source = viewableSession(ctx, user, params['id']);
    if (!ctx.store.canCreate(user, source.FolderId))
      throw forbidden('User does not have creator access to the session being copied.');
    const body = await readJson(req);
    const copyType = enumField(body['CopyType'], 'CopyType', COPY_TYPES);
    if (copyType === 'Destructive')
      throw badRequest("'CopyType' Destructive is not allowed here; allowed values are Full and Reference.", 'InvalidParameter');
    const folderId = optionalGuid(body['FolderId'], 'FolderId');
    if (!folderId) throw badRequest("'FolderId' is required: the folder the copy goes into.", 'MissingParameter');
    const target = creatableFolder(ctx, user, folderId);
    const name = optionalString(body['Name'], 'Name', 256)?.trim();
    if (!name) throw badRequest("'Name' is required and must not be blank.", 'InvalidName');

    // A reference to a reference points at the original, as Panopto keeps one source of streams.
    const original =
      source.CopiedFrom?.CopyType === 'Reference' ? (ctx.store.sessions.get(source.CopiedFrom.SessionId) ?? source) : source;
    const id = randomUUID();
    const copy: SessionRecord = {
      Id: id,
      Name: name,
      Description: source.Description,
      FolderId: target.Id,
      StartTime: source.StartTime,
      Duration: source.Duration,
      CreatedById: user.Id,
      Media: copyType === 'Full' ? ownCopyOf(ctx, source.Media, id) : original.Media,
      Restricted: false,
      Tags: [...(source.Tags ?? [])],
      CopiedFrom: { SessionId: copyType === 'Full' ? source.Id : original.Id, CopyType: copyType },
    };
    ctx.store.createSession(copy);
    // Panopto answers with the new session and its delivery; the emulator's delivery id is the session id.
    sendJson(res, 200, { NewDeliveryId: id, NewSessionId: id });
  });
}

/** A Full copy's media: generated videos are immutable; uploaded files are copied so the copy owns them. */
function ownCopyOf(ctx: EmulatorContext, media: SessionMedia, id: string): SessionMedia {
  if (media.kind !== 'file') return { ...media };
  const file = ctx.media.videoFile({ Media: media } as SessionRecord);
  if (!file) return { kind: 'none' };
  const path = join(ctx.filesDir, `${id}-copy${extname(file.path)}`);
  copyFileSync(file.path, path);
  return { ...media, path };
}
