import { MIB } from './part-plan';
import { newFileState, partLength, persistedFileOf, restartFile } from './upload-file-state';
import { UnreadableHugeFile } from '../testing-support/fake-upload-server';

describe('upload file state', () => {
  it('starts with nothing sent and a part plan from the preferred size', () => {
    const file = newFileState(new UnreadableHugeFile('a.mp4', 12 * MIB, 7), 5 * MIB);
    expect(file).toEqual(
      jasmine.objectContaining({ fileName: 'a.mp4', size: 12 * MIB, lastModified: 7, partSize: 5 * MIB }),
    );
    expect(file.uploadId).toBeNull();
    expect(file.parts).toEqual([]);
    expect([1, 2, 3].map((n) => partLength(file, n))).toEqual([5 * MIB, 5 * MIB, 2 * MIB]);
  });

  it('restartFile() forgets the multipart upload, optionally with another part size', () => {
    const file = newFileState(new UnreadableHugeFile('a.mp4', 12 * MIB), 8 * MIB);
    Object.assign(file, { uploadId: 'mp-1', parts: [[1, '"e"']], doneBytes: 8 * MIB });
    restartFile(file, 5 * MIB);
    expect([file.uploadId, file.parts, file.doneBytes, file.partSize]).toEqual([null, [], 0, 5 * MIB]);
  });

  it('persistedFileOf() keeps only what the resume store needs, with a copy of the parts', () => {
    const file = newFileState(new UnreadableHugeFile('a.mp4', 6 * MIB, 3), 5 * MIB);
    file.parts.push([1, '"e1"']);
    const stored = persistedFileOf(file);
    expect(stored).toEqual({
      fileName: 'a.mp4',
      size: 6 * MIB,
      lastModified: 3,
      partSize: 5 * MIB,
      uploadId: null,
      parts: [[1, '"e1"']],
      completed: false,
    });
    file.parts.push([2, '"e2"']);
    expect(stored.parts.length).toBe(1);
  });
});
