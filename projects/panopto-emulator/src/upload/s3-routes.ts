// The S3-compatible target at `/Panopto/Upload/{ID}/{file}` (path-style: endpoint `/Panopto`, bucket `Upload`,
// key `{ID}/{file}`). Multipart create/part/list/complete/abort plus single PutObject. Unsigned requests are
// accepted (Panopto ignores credentials). Bodies stream to disk; nothing is held in memory.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorContext } from '../context.js';
import { readBody, HttpError, isGuid } from '../http.js';
import type { RouteMatch, Router } from '../router.js';
import { mediaContentType } from './manifest-check.js';
import { BodyTooLargeError, PartAssembly, streamBodyToFile } from './part-storage.js';
import { escapeXml, parseCompleteBody, S3Error, sameEtag, sendS3Error, sendXml } from './s3-xml.js';
import { UploadState, type MultipartRecord, type SessionUploadRecord, type UploadRegistry } from './upload-registry.js';

export const UPLOAD_TARGET_PATH = '/Panopto/Upload';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PART_SIZE = 512 * 1024 * 1024;
const MAX_OBJECT_SIZE = 5 * 1024 * 1024 * 1024;
const MAX_PART_NUMBER = 10_000;

/** The assembly file of each open multipart upload (parts are streamed into place; see part-storage.ts). */
const assemblies = new WeakMap<MultipartRecord, PartAssembly>();

export function registerS3Routes(router: Router, ctx: EmulatorContext, registry: UploadRegistry): void {
  const handler = (req: IncomingMessage, res: ServerResponse, match: RouteMatch) =>
    handleObject(ctx, registry, req, res, match);
  for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as const) {
    router.add(method, `${UPLOAD_TARGET_PATH}/:id/*`, handler);
    router.add(method, `${UPLOAD_TARGET_PATH}/:id`, (req, res, match) => {
      req.resume();
      sendS3Error(
        res,
        new S3Error(400, 'InvalidRequest', 'Name a file under the upload target: /Panopto/Upload/{ID}/{file}.'),
        match.url.pathname,
      );
    });
  }
}

async function handleObject(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  req: IncomingMessage,
  res: ServerResponse,
  match: RouteMatch,
): Promise<void> {
  const resource = match.url.pathname;
  try {
    const record = targetOf(registry, match.params['id']);
    const fileName = checkFileName(match.params['*']);
    const query = match.url.searchParams;
    const uploadId = query.get('uploadId');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'POST' && query.has('uploads'))
      return await createMultipart(ctx, registry, record, fileName, req, res);
    if (method === 'POST' && uploadId)
      return await completeMultipart(
        ctx,
        registry,
        record,
        fileName,
        multipartOf(registry, record, fileName, uploadId),
        req,
        res,
      );
    if (method === 'PUT' && (query.has('partNumber') || uploadId)) {
      return await uploadPart(
        ctx,
        record,
        multipartOf(registry, record, fileName, uploadId ?? ''),
        query.get('partNumber'),
        req,
        res,
      );
    }
    if (method === 'PUT') return await putObject(ctx, registry, record, fileName, req, res);
    if ((method === 'GET' || method === 'HEAD') && uploadId)
      return listParts(record, multipartOf(registry, record, fileName, uploadId), req, res);
    if (method === 'DELETE' && uploadId)
      return await abortMultipart(ctx, registry, multipartOf(registry, record, fileName, uploadId), req, res);
    throw new S3Error(400, 'InvalidRequest', `${method} ${resource} is not an S3 operation this target supports.`);
  } catch (err) {
    req.resume();
    if (err instanceof S3Error) return sendS3Error(res, err, resource);
    if (err instanceof HttpError)
      return sendS3Error(res, new S3Error(err.status, err.errorCode, err.message), resource);
    if (err instanceof BodyTooLargeError)
      return sendS3Error(res, new S3Error(400, 'EntityTooLarge', err.message), resource);
    if (res.destroyed || req.destroyed) return; // the client went away mid-body; nothing to answer
    throw err;
  }
}

function targetOf(registry: UploadRegistry, rawId: string | undefined): SessionUploadRecord {
  if (!isGuid(rawId))
    throw new S3Error(400, 'InvalidBucketName', `'${rawId ?? ''}' is not an upload target ID (a GUID).`);
  const record = registry.uploads.get(rawId.toLowerCase());
  if (!record)
    throw new S3Error(
      404,
      'NoSuchBucket',
      `No session upload ${rawId}; create one with POST /Panopto/PublicAPI/REST/sessionUpload.`,
    );
  return record;
}

function writable(record: SessionUploadRecord): void {
  if (record.State !== UploadState.Uploading) {
    throw new S3Error(403, 'AccessDenied', `The session upload no longer accepts files (State ${record.State}).`);
  }
}

function checkFileName(raw: string | undefined): string {
  const name = raw ?? '';
  if (
    !name ||
    name.includes('/') ||
    name.includes('\\') ||
    name === '.' ||
    name === '..' ||
    name.length > 255 ||
    /[\u0000-\u001f]/.test(name)
  ) {
    throw new S3Error(
      400,
      'InvalidArgument',
      `'${name}' is not a valid file name (no folders, at most 255 characters).`,
    );
  }
  return name;
}

function multipartOf(
  registry: UploadRegistry,
  record: SessionUploadRecord,
  fileName: string,
  uploadId: string,
): MultipartRecord {
  const multipart = registry.multiparts.get(uploadId);
  if (!multipart || multipart.sessionUploadId !== record.ID || multipart.fileName !== fileName) {
    throw new S3Error(
      404,
      'NoSuchUpload',
      'The specified multipart upload does not exist. It may have been aborted or completed.',
    );
  }
  return multipart;
}

function partsDir(ctx: EmulatorContext, multipart: MultipartRecord): string {
  return join(ctx.filesDir, 'uploads', multipart.sessionUploadId, 'parts', multipart.uploadId);
}

function objectPath(ctx: EmulatorContext, record: SessionUploadRecord, fileName: string): string {
  return join(ctx.filesDir, 'uploads', record.ID, 'objects', fileName);
}

async function createMultipart(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  record: SessionUploadRecord,
  fileName: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  writable(record);
  await readBody(req, 64 * 1024);
  const uploadId = randomUUID().replace(/-/g, '');
  const declared = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  const multipart: MultipartRecord = {
    uploadId,
    sessionUploadId: record.ID,
    fileName,
    contentType:
      declared && declared !== 'application/octet-stream' && declared !== 'binary/octet-stream'
        ? declared
        : mediaContentType(fileName),
    parts: new Map(),
    initiatedAt: ctx.clock.now(),
  };
  assemblies.set(multipart, await PartAssembly.create(join(partsDir(ctx, multipart), 'assembly'), MIN_PART_SIZE));
  registry.multiparts.set(uploadId, multipart);
  ctx.metrics.increment('upload.multipartsCreated');
  sendXml(
    res,
    200,
    `<InitiateMultipartUploadResult xmlns="${S3_NS}"><Bucket>Upload</Bucket><Key>${escapeXml(
      `${record.ID}/${fileName}`,
    )}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
  );
}

async function uploadPart(
  ctx: EmulatorContext,
  record: SessionUploadRecord,
  multipart: MultipartRecord,
  rawPartNumber: string | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  writable(record);
  const partNumber = Number(rawPartNumber);
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PART_NUMBER) {
    throw new S3Error(
      400,
      'InvalidArgument',
      `Part number must be an integer between 1 and ${MAX_PART_NUMBER}; got '${rawPartNumber ?? ''}'.`,
    );
  }
  const assembly = assemblies.get(multipart);
  const length = req.headers['content-length'];
  const declared = length && /^\d+$/.test(length) ? Number(length) : null;
  const previous = multipart.parts.get(partNumber);
  const offset = assembly?.claim(partNumber, declared, previous?.path === assembly.path) ?? null;
  const path = offset === null || !assembly ? join(partsDir(ctx, multipart), String(partNumber)) : assembly.path;
  let written;
  try {
    written = await streamBodyToFile(req, { path, offset: offset ?? undefined }, bodyOptions(ctx, req, MAX_PART_SIZE));
  } finally {
    if (offset !== null) assembly?.release(partNumber);
  }
  if (!registry_has(multipart)) {
    // Aborted (or completed) while the body streamed in: drop the part's own file.
    if (offset === null) await rm(path, { force: true });
    throw new S3Error(404, 'NoSuchUpload', 'The multipart upload was aborted while this part was being sent.');
  }
  const etag = `"${written.md5Hex}"`;
  multipart.parts.set(partNumber, { partNumber, etag, size: written.size, path, offset: offset ?? 0 });
  ctx.metrics.increment('upload.partsReceived');
  res.writeHead(200, { ETag: etag, 'Content-Length': 0 }).end();
}

/** Size limit, metrics and the shaped-link fault (`bandwidth`) for a body the target stores. */
function bodyOptions(ctx: EmulatorContext, req: IncomingMessage, maxBytes: number) {
  const path = new URL(req.url ?? '/', 'http://emulator').pathname;
  return {
    maxBytes,
    onBytes: (n: number) => ctx.metrics.bytesReceived(n),
    bytesPerSecond: ctx.faults.bandwidthFor(req.method ?? 'PUT', path) ?? undefined,
  };
}

/** Parts of an aborted upload are marked by clearing `parts` and setting `initiatedAt` to -1. */
function registry_has(multipart: MultipartRecord): boolean {
  return multipart.initiatedAt >= 0;
}

function listParts(
  record: SessionUploadRecord,
  multipart: MultipartRecord,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  req.resume();
  const parts = [...multipart.parts.values()].sort((a, b) => a.partNumber - b.partNumber);
  const last = parts.length ? parts[parts.length - 1].partNumber : 0;
  sendXml(
    res,
    200,
    `<ListPartsResult xmlns="${S3_NS}"><Bucket>Upload</Bucket><Key>${escapeXml(
      `${record.ID}/${multipart.fileName}`,
    )}</Key>` +
      `<UploadId>${multipart.uploadId}</UploadId><PartNumberMarker>0</PartNumberMarker><NextPartNumberMarker>${last}</NextPartNumberMarker>` +
      `<MaxParts>${MAX_PART_NUMBER}</MaxParts><IsTruncated>false</IsTruncated>` +
      parts
        .map(
          (p) =>
            `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>${escapeXml(p.etag)}</ETag><Size>${
              p.size
            }</Size></Part>`,
        )
        .join('') +
      '</ListPartsResult>',
  );
}

async function completeMultipart(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  record: SessionUploadRecord,
  fileName: string,
  multipart: MultipartRecord,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  writable(record);
  const requested = parseCompleteBody((await readBody(req, 2 * 1024 * 1024)).toString('utf8'));
  for (let i = 1; i < requested.length; i++) {
    if (requested[i].partNumber <= requested[i - 1].partNumber) {
      throw new S3Error(
        400,
        'InvalidPartOrder',
        'The list of parts was not in ascending order. Parts must be ordered by part number.',
      );
    }
  }
  const chosen = requested.map((r) => {
    const stored = multipart.parts.get(r.partNumber);
    if (!stored || !sameEtag(stored.etag, r.etag)) {
      throw new S3Error(
        400,
        'InvalidPart',
        `Part ${r.partNumber} could not be found or its ETag (${r.etag}) does not match the part's entity tag. Upload the part again.`,
      );
    }
    return stored;
  });
  chosen.forEach((part, i) => {
    if (i < chosen.length - 1 && part.size < MIN_PART_SIZE) {
      throw new S3Error(
        400,
        'EntityTooSmall',
        `Part ${part.partNumber} is ${part.size} bytes; every part but the last must be at least 5 MiB.`,
      );
    }
  });
  const target = objectPath(ctx, record, fileName);
  const assembly = assemblies.get(multipart);
  if (!assembly) throw new S3Error(404, 'NoSuchUpload', 'The multipart upload has no stored parts.');
  const { size, copiedBytes } = await assembly.assemble(chosen, target);
  ctx.metrics.increment('upload.completeCopiedBytes', copiedBytes);
  const etagHash = createHash('md5');
  for (const part of chosen) etagHash.update(Buffer.from(part.etag.replace(/"/g, ''), 'hex'));
  const etag = `"${etagHash.digest('hex')}-${chosen.length}"`;
  registry.objects.set(`${record.ID}/${fileName}`, {
    fileName,
    path: target,
    size,
    etag,
    contentType: multipart.contentType,
  });
  registry.multiparts.delete(multipart.uploadId);
  multipart.initiatedAt = -1;
  await rm(partsDir(ctx, multipart), { recursive: true, force: true });
  ctx.metrics.increment('upload.objectsCompleted');
  sendXml(
    res,
    200,
    `<CompleteMultipartUploadResult xmlns="${S3_NS}"><Location>${escapeXml(
      `${record.UploadTarget}/${encodeURIComponent(fileName)}`,
    )}</Location>` +
      `<Bucket>Upload</Bucket><Key>${escapeXml(`${record.ID}/${fileName}`)}</Key><ETag>${escapeXml(
        etag,
      )}</ETag></CompleteMultipartUploadResult>`,
  );
}

async function abortMultipart(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  multipart: MultipartRecord,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  req.resume();
  registry.multiparts.delete(multipart.uploadId);
  multipart.initiatedAt = -1;
  multipart.parts.clear();
  await rm(partsDir(ctx, multipart), { recursive: true, force: true });
  ctx.metrics.increment('upload.multipartsAborted');
  res.writeHead(204).end();
}

async function putObject(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  record: SessionUploadRecord,
  fileName: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  writable(record);
  const target = objectPath(ctx, record, fileName);
  const written = await streamBodyToFile(req, { path: target }, bodyOptions(ctx, req, MAX_OBJECT_SIZE));
  const etag = `"${written.md5Hex}"`;
  const declared = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  registry.objects.set(`${record.ID}/${fileName}`, {
    fileName,
    path: target,
    size: written.size,
    etag,
    contentType: declared && declared !== 'application/octet-stream' ? declared : mediaContentType(fileName),
  });
  ctx.metrics.increment('upload.objectsPut');
  res.writeHead(200, { ETag: etag, 'Content-Length': 0 }).end();
}
