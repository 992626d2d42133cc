// The upload module: Panopto's sessionUpload REST resource, the S3-compatible multipart target, processing
// into a playable session, and two debug endpoints for tests (`/__emulator/uploads/...`).
import type { EmulatorContext } from '../context.js';
import { badRequest, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { Router } from '../router.js';
import { sha256OfFile } from './part-storage.js';
import type { ProcessingOptions } from './processing.js';
import { registerS3Routes } from './s3-routes.js';
import { registerSessionUploadRoutes } from './session-upload-routes.js';
import { UploadRegistry } from './upload-registry.js';

/** Default time per processing step; `PANOPTO_EMULATOR_UPLOAD_PROCESSING_MS` or `POST /__emulator/uploads/config` change it. */
export const DEFAULT_PROCESSING_STEP_MS = 1000;

export function registerUploadRoutes(router: Router, ctx: EmulatorContext): UploadRegistry {
  const registry = new UploadRegistry();
  const fromEnv = Number(process.env['PANOPTO_EMULATOR_UPLOAD_PROCESSING_MS']);
  const processing: ProcessingOptions = {
    stepDelayMs: Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PROCESSING_STEP_MS,
  };
  const timers = new Set<NodeJS.Timeout>();
  const schedule = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  ctx.onClose(() => {
    timers.forEach((t) => clearTimeout(t));
    timers.clear();
  });

  registerSessionUploadRoutes(router, ctx, registry, processing, schedule);
  registerS3Routes(router, ctx, registry);

  // Debug: SHA-256 of a stored object, so tests can prove the upload is byte-identical to the source.
  router.get('/__emulator/uploads/:id/:file/sha256', async (req, res, match) => {
    const id = requireGuid(match.params['id'], 'ID');
    const object = registry.objects.get(`${id}/${match.params['file']}`);
    if (!object) throw notFound(`No stored file "${match.params['file']}" in session upload ${id}.`);
    sendJson(res, 200, { sha256: await sha256OfFile(object.path), size: object.size, etag: object.etag });
  });

  // Debug: processing speed (tests shorten it).
  router.post('/__emulator/uploads/config', async (req, res) => {
    const body = await readJson(req);
    const ms = Number(body['processingStepMs']);
    if (!Number.isFinite(ms) || ms < 0 || ms > 600_000)
      throw badRequest("'processingStepMs' must be a number of milliseconds from 0 to 600000.");
    processing.stepDelayMs = ms;
    sendJson(res, 200, { processingStepMs: processing.stepDelayMs });
  });
  return registry;
}
