import { SessionUpload, UploadStatus } from 'panopto-ng/core';
import { MIB } from './part-plan';
import { restoreFile, ResumeRecorder, resumeRecordOf, storedFileFor } from './resume-records';
import { MemoryResumeStore, PersistedUpload, UploadResumeStore } from './resume-store';
import { newFileState } from './upload-file-state';
import { UnreadableHugeFile } from '../testing-support/fake-upload-server';

const UPLOAD: SessionUpload = {
  ID: '00000001-aaaa-4bbb-8ccc-000000000000',
  FolderId: 'f',
  SessionId: null,
  UploadTarget: 'https://tenant.example/Panopto/Upload/x',
  State: UploadStatus.Uploading,
  MessageID: null,
  Message: null,
};

function fileOf(size = 15 * MIB) {
  return newFileState(new UnreadableHugeFile('a.mp4', size, 9), 5 * MIB);
}

function recordWith(file: ReturnType<typeof fileOf>, now = 1000): PersistedUpload {
  return resumeRecordOf({
    fingerprint: 'fp',
    folderId: 'f',
    sessionUpload: UPLOAD,
    manifestDone: false,
    files: [file],
    now,
    ttlMs: 500,
  });
}

describe('resume records', () => {
  it('a record names the session upload, its target, every file and when it expires', () => {
    const file = fileOf();
    Object.assign(file, { uploadId: 'mp-1', parts: [[1, '"e1"']] });
    const record = recordWith(file);
    expect(record).toEqual(
      jasmine.objectContaining({
        fingerprint: 'fp',
        sessionUploadId: UPLOAD.ID,
        uploadTarget: UPLOAD.UploadTarget,
        createdAt: 1000,
        expiresAt: 1500,
      }),
    );
    expect(record.files[0]).toEqual(jasmine.objectContaining({ uploadId: 'mp-1', parts: [[1, '"e1"']] }));
    expect(storedFileFor(record, fileOf())).toBe(record.files[0]);
    expect(storedFileFor(record, fileOf(16 * MIB))).toBeUndefined(); // another size: another file
  });

  it('restoreFile() trusts only the parts the server still holds with the same ETag', () => {
    const old = fileOf();
    Object.assign(old, { uploadId: 'mp-1', parts: [[1, '"e1"'], [2, '"e2"'], [3, '"e3"']] });
    const file = fileOf();
    restoreFile(file, recordWith(old).files[0], [
      [1, '"e1"'],
      [2, '"changed"'],
    ]);
    expect(file.uploadId).toBe('mp-1');
    expect(file.parts).toEqual([[1, '"e1"']]);
    expect(file.doneBytes).toBe(5 * MIB);
  });

  it('restoreFile() starts the file again when its multipart upload is gone, and keeps a completed one', () => {
    const old = fileOf();
    Object.assign(old, { uploadId: 'mp-1', parts: [[1, '"e1"']] });
    const gone = fileOf();
    restoreFile(gone, recordWith(old).files[0], null);
    expect([gone.uploadId, gone.parts, gone.doneBytes]).toEqual([null, [], 0]);

    Object.assign(old, { completed: true, parts: [[1, '"e1"'], [2, '"e2"'], [3, '"e3"']] });
    const done = fileOf();
    restoreFile(done, recordWith(old).files[0], null);
    expect(done.completed).toBeTrue();
    expect(done.doneBytes).toBe(15 * MIB);
  });

  it('ResumeRecorder writes in order, forgets after the queued writes, and never fails the upload', async () => {
    const store = new MemoryResumeStore();
    const recorder = new ResumeRecorder(store, 'fp');
    recorder.save(recordWith(fileOf(), 1));
    recorder.save(recordWith(fileOf(), 2));
    await recorder.flush();
    expect((await recorder.load())?.createdAt).toBe(2);
    await recorder.forget();
    expect(await recorder.load()).toBeUndefined();

    const broken: UploadResumeStore = {
      get: () => Promise.reject(new Error('no db')),
      put: () => Promise.reject(new Error('no db')),
      delete: () => Promise.reject(new Error('no db')),
      prune: () => Promise.resolve(),
    };
    const failing = new ResumeRecorder(broken, 'fp');
    failing.save(recordWith(fileOf()));
    await expectAsync(failing.flush()).toBeResolved();
    await expectAsync(failing.load()).toBeResolvedTo(undefined);
    await expectAsync(failing.discard()).toBeResolved();
    await expectAsync(failing.forget()).toBeResolved();
    await expectAsync(new ResumeRecorder(null, 'fp').forget()).toBeResolved();
  });
});
