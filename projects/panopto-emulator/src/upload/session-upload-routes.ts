// `/Panopto/PublicAPI/REST/sessionUpload[/{ID}]`: create (201), read, finish (PUT State 1) and delete a
// session upload. Bearer auth; creating needs Creator rights on the folder.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, HttpError, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { Router } from '../router.js';
import { type ProcessingOptions, type Scheduler, startProcessing } from './processing.js';
import { publicBody, UploadState, type SessionUploadRecord, type UploadRegistry } from './upload-registry.js';

export const SESSION_UPLOAD_PATH = '/Panopto/PublicAPI/REST/sessionUpload';

export function registerSessionUploadRoutes(
  router: Router,
  ctx: EmulatorContext,
  registry: UploadRegistry,
  processing: ProcessingOptions,
  schedule: Scheduler,
): void {
  const own = async (
    req: Parameters<EmulatorContext['requireAccount']>[0],
    rawId: string,
  ): Promise<SessionUploadRecord> => {
    const account = await ctx.requireAccount(req);
    const id = requireGuid(rawId, 'ID');
    const record = registry.uploads.get(id);
    if (!record) throw notFound(`No session upload with ID ${id}.`);
    if (record.OwnerId !== account.user.Id && account.user.SystemRole !== 'Administrator') {
      throw forbidden('This session upload belongs to another user.');
    }
    return record;
  };

  router.post(SESSION_UPLOAD_PATH, async (req, res) => {
    const account = await ctx.requireAccount(req);
    const body = await readJson(req);
    const folderValue = body['FolderId'];
    if (typeof folderValue !== 'string')
      throw badRequest("'FolderId' is required: the GUID of the folder the session goes to.", 'InvalidFolderId');
    const folderId = requireGuid(folderValue, 'FolderId');
    const folder = ctx.store.folders.get(folderId);
    if (!folder || !ctx.store.canView(account.user, folderId)) throw notFound(`No folder with ID ${folderId}.`);
    if (!ctx.store.canCreate(account.user, folderId)) {
      throw forbidden(`You need the Creator role on folder "${folder.Name}" to upload into it.`);
    }
    const record = registry.create(folderId, account.user.Id, ctx.baseUrl, ctx.clock.now());
    ctx.metrics.uploadStarted();
    sendJson(res, 201, publicBody(record), { Location: `${ctx.baseUrl}${SESSION_UPLOAD_PATH}/${record.ID}` });
  });

  router.get(`${SESSION_UPLOAD_PATH}/:id`, async (req, res, match) => {
    sendJson(res, 200, publicBody(await own(req, match.params['id'])));
  });

  router.put(`${SESSION_UPLOAD_PATH}/:id`, async (req, res, match) => {
    const record = await own(req, match.params['id']);
    const body = await readJson(req);
    if (body['ID'] !== undefined && String(body['ID']).toLowerCase() !== record.ID) {
      throw badRequest(`The body's ID (${String(body['ID'])}) does not match the URL (${record.ID}).`, 'InvalidId');
    }
    const state = Number(body['State']);
    if (state !== UploadState.UploadComplete) {
      throw badRequest(
        `Only State 1 (UploadComplete) can be set by a client; got ${String(body['State'])}.`,
        'InvalidState',
      );
    }
    if (record.State !== UploadState.Uploading) {
      throw new HttpError(
        409,
        'InvalidState',
        `This session upload is already past uploading (State ${record.State}).`,
      );
    }
    record.State = UploadState.UploadComplete;
    startProcessing(ctx, registry, record, processing, schedule);
    sendJson(res, 200, publicBody(record));
  });

  router.delete(`${SESSION_UPLOAD_PATH}/:id`, async (req, res, match) => {
    const record = await own(req, match.params['id']);
    const wasUploading = record.State === UploadState.Uploading;
    for (const multipart of registry.multipartsOf(record.ID)) registry.multiparts.delete(multipart.uploadId);
    if (wasUploading || record.State === UploadState.ProcessingError) {
      for (const object of registry.objectsOf(record.ID)) registry.objects.delete(`${record.ID}/${object.fileName}`);
      await rm(join(ctx.filesDir, 'uploads', record.ID), { recursive: true, force: true });
    }
    record.State = wasUploading ? UploadState.UploadCancelled : UploadState.Deleted;
    sendJson(res, 200, publicBody(record));
  });
}
