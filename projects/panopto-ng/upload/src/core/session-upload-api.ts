import { isGuid, SessionUpload, UploadStatus } from 'panopto-ng/core';
import { RetryingSender } from './retrying-sender';
import { PanoptoUploadHttpError, PanoptoUploadPermissionError } from './upload-errors';
import { expectOk, serverMessage } from './upload-http-errors';

/**
 * Panopto's session-upload REST calls (`PublicAPI/REST/sessionUpload`): create one for a folder, read it,
 * mark it `UploadComplete`, delete it. Every answer is checked before the engine trusts it.
 */
export class SessionUploadApi {
  constructor(
    private readonly sender: RetryingSender,
    /** `${serverUrl}/Panopto/PublicAPI/REST` */
    private readonly publicApiRestUrl: string,
  ) {}

  url(id: string): string {
    return `${this.publicApiRestUrl}/sessionUpload/${encodeURIComponent(id)}`;
  }

  /** Creates the session upload; 403 becomes a permission error naming the folder, 404 "no such folder". */
  async create(folderId: string, signal: AbortSignal): Promise<SessionUpload> {
    const url = `${this.publicApiRestUrl}/sessionUpload`;
    const body = JSON.stringify({ FolderId: folderId });
    const response = await this.sender.send(
      () => ({ method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body }),
      { signal },
    );
    if (response.status === 403) throw new PanoptoUploadPermissionError(folderId, serverMessage(response) ?? undefined);
    if (response.status === 404) {
      throw new PanoptoUploadHttpError(`Folder ${folderId} does not exist (or you cannot see it).`, 404, url, false);
    }
    expectOk(response, 'Creating the session upload', url);
    return parseSessionUpload(response.body, url);
  }

  /** The session upload, or null when Panopto does not answer 200 with a valid one (then start afresh). */
  async find(id: string, signal: AbortSignal): Promise<SessionUpload | null> {
    const url = this.url(id);
    const response = await this.sender.send(() => ({ method: 'GET', url }), { signal });
    if (response.status !== 200) return null;
    try {
      return parseSessionUpload(response.body, url);
    } catch {
      return null;
    }
  }

  /** The session upload's current state (processing is polled with this); any failure throws. */
  async get(id: string, signal: AbortSignal): Promise<SessionUpload> {
    const url = this.url(id);
    const response = await this.sender.send(() => ({ method: 'GET', url }), { signal });
    expectOk(response, 'Checking the processing state', url);
    return parseSessionUpload(response.body, url);
  }

  /** Sets `State` to `UploadComplete` (every file and the manifest are uploaded); Panopto starts processing. */
  async finish(upload: SessionUpload, signal: AbortSignal): Promise<SessionUpload> {
    const url = this.url(upload.ID);
    const body = JSON.stringify({ ...upload, State: UploadStatus.UploadComplete });
    const response = await this.sender.send(
      () => ({ method: 'PUT', url, headers: { 'Content-Type': 'application/json' }, body }),
      { signal },
    );
    expectOk(response, 'Finishing the upload', url);
    try {
      return parseSessionUpload(response.body, url);
    } catch {
      return { ...upload, State: UploadStatus.UploadComplete };
    }
  }

  /** Deletes the session upload; failures are ignored (Panopto expires abandoned uploads). */
  async remove(id: string, signal: AbortSignal): Promise<void> {
    const url = this.url(id);
    await this.sender.send(() => ({ method: 'DELETE', url }), { signal }).catch(() => undefined);
  }
}

/** Reads Panopto's `SessionUpload` answer, checking the fields the engine relies on (ID, UploadTarget). */
export function parseSessionUpload(body: string, url: string): SessionUpload {
  let parsed: Partial<SessionUpload>;
  try {
    parsed = JSON.parse(body) as Partial<SessionUpload>;
  } catch {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} is not JSON.`, 200, url, true);
  }
  if (!parsed || !isGuid(parsed.ID)) {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} has no valid session upload ID.`, 200, url, true);
  }
  if (typeof parsed.UploadTarget !== 'string' || !/^https?:\/\/[^/]+\/./i.test(parsed.UploadTarget)) {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} has no valid UploadTarget.`, 200, url, true);
  }
  return {
    ID: parsed.ID,
    FolderId: String(parsed.FolderId ?? ''),
    SessionId: typeof parsed.SessionId === 'string' ? parsed.SessionId : null,
    UploadTarget: parsed.UploadTarget,
    State: Number(parsed.State ?? 0) as UploadStatus,
    MessageID: typeof parsed.MessageID === 'number' ? parsed.MessageID : null,
    Message: typeof parsed.Message === 'string' ? parsed.Message : null,
  };
}
