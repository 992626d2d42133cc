import { UploadStatus } from 'panopto-ng/core';
import { RetryingSender } from './retrying-sender';
import { parseSessionUpload, SessionUploadApi } from './session-upload-api';
import { PanoptoUploadHttpError, PanoptoUploadPermissionError } from './upload-errors';
import { FAKE_REST, FakeClock, FakeUploadServer, FOLDER_ID } from '../testing-support/fake-upload-server';

function apiFor(server: FakeUploadServer): SessionUploadApi {
  const retry = { maxRetries: 2, initialDelayMs: 10, maxDelayMs: 100 };
  return new SessionUploadApi(new RetryingSender(server, new FakeClock(true), retry, null, () => 0.5), FAKE_REST);
}

describe('SessionUploadApi', () => {
  const signal = new AbortController().signal;

  it('creates, reads, finishes and deletes a session upload', async () => {
    const server = new FakeUploadServer();
    const api = apiFor(server);
    const created = await api.create(FOLDER_ID, signal);
    expect(created.State).toBe(UploadStatus.Uploading);
    expect(created.UploadTarget).toBe(`https://tenant.example/Panopto/Upload/${created.ID}`);
    expect(server.uploads.get(created.ID)?.FolderId).toBe(FOLDER_ID);
    expect((await api.find(created.ID, signal))?.ID).toBe(created.ID);
    const finished = await api.finish(created, signal);
    expect(finished.State).toBe(UploadStatus.UploadComplete);
    expect((await api.get(created.ID, signal)).SessionId).toBe('f0000000-0000-4000-8000-000000000001');
    await api.remove(created.ID, signal);
    expect(server.log.map((r) => r.kind)).toEqual(['create', 'get', 'finish', 'get', 'delete']);
    expect(api.url('a b')).toBe(`${FAKE_REST}/sessionUpload/a%20b`);
  });

  it('a 403 on create is a permission error with what Panopto said; a 404 says the folder does not exist', async () => {
    const server = new FakeUploadServer();
    server.intercept = () => ({ status: 403, body: '{"Error":{"Message":"Creator role needed"}}' });
    const denied = await apiFor(server).create(FOLDER_ID, signal).catch((e) => e);
    expect(denied).toEqual(jasmine.any(PanoptoUploadPermissionError));
    expect(denied.message).toContain('Creator role needed');

    server.intercept = () => ({ status: 404 });
    const missing = await apiFor(server).create(FOLDER_ID, signal).catch((e) => e);
    expect(missing).toEqual(jasmine.any(PanoptoUploadHttpError));
    expect(missing.message).toContain(`Folder ${FOLDER_ID} does not exist`);
    expect(missing.retryable).toBeFalse();
  });

  it('find() answers null for a session upload that is gone or unreadable', async () => {
    const server = new FakeUploadServer();
    expect(await apiFor(server).find('00000009-aaaa-4bbb-8ccc-000000000000', signal)).toBeNull();
    server.intercept = () => ({ status: 200, body: '{"ID":"nope"}' });
    expect(await apiFor(server).find('00000009-aaaa-4bbb-8ccc-000000000000', signal)).toBeNull();
  });

  it('finish() keeps going when Panopto answers without a body', async () => {
    const server = new FakeUploadServer();
    const api = apiFor(server);
    const created = await api.create(FOLDER_ID, signal);
    server.intercept = (req) => (req.kind === 'finish' ? { status: 200, body: '' } : undefined);
    expect((await api.finish(created, signal)).State).toBe(UploadStatus.UploadComplete);
  });

  it('parseSessionUpload() checks the ID (a GUID) and the UploadTarget', () => {
    const url = `${FAKE_REST}/sessionUpload`;
    const ok = { ID: '00000001-aaaa-4bbb-8ccc-000000000000', UploadTarget: 'https://t.example/Panopto/Upload/x' };
    expect(parseSessionUpload(JSON.stringify(ok), url).SessionId).toBeNull();
    expect(() => parseSessionUpload('<html>', url)).toThrowError(/is not JSON/);
    expect(() => parseSessionUpload(JSON.stringify({ ...ok, ID: '../x' }), url)).toThrowError(/no valid session upload ID/);
    expect(() => parseSessionUpload(JSON.stringify({ ...ok, UploadTarget: 'ftp://x' }), url)).toThrowError(
      /no valid UploadTarget/,
    );
  });
});
