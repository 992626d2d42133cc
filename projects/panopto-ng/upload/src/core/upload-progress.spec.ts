import { FakePanoptoClock } from 'panopto-ng/testing';
import { MIB } from './part-plan';
import { newFileState, UploadFileState } from './upload-file-state';
import { UploadProgress } from './upload-progress';
import { UnreadableHugeFile } from '../testing-support/fake-upload-server';

describe('UploadProgress', () => {
  let clock: FakePanoptoClock;
  let files: UploadFileState[];
  let published: number[];
  let progress: UploadProgress;

  beforeEach(() => {
    clock = new FakePanoptoClock(0);
    files = [
      newFileState(new UnreadableHugeFile('a.mp4', 10 * MIB), 5 * MIB),
      newFileState(new UnreadableHugeFile('b.mp4', 5 * MIB), 5 * MIB),
    ];
    published = [];
    progress = new UploadProgress(clock, 100, files, () => published.push(clock.now()));
  });

  it('counts acknowledged bytes plus the bytes of parts in flight, per file and capped at its size', () => {
    files[0].doneBytes = 5 * MIB;
    progress.partStarted('a.mp4', 2);
    progress.partProgress('a.mp4', 2, 1000);
    progress.partStarted('b.mp4', 1);
    progress.partProgress('b.mp4', 1, 2000);
    expect(progress.fileBytesSent(files[0])).toBe(5 * MIB + 1000);
    expect(progress.bytesSent()).toBe(5 * MIB + 3000);
    progress.partEnded('a.mp4', 2);
    expect(progress.fileBytesSent(files[0])).toBe(5 * MIB);
    progress.partProgress('b.mp4', 1, 99 * MIB);
    expect(progress.fileBytesSent(files[1])).toBe(5 * MIB);
    progress.clearInflight();
    expect(progress.bytesSent()).toBe(5 * MIB);
    files[1].completed = true;
    expect(progress.fileBytesSent(files[1])).toBe(5 * MIB);
  });

  it('publishes at most once per interval, with a trailing publication; force publishes at once', () => {
    progress.emit();
    expect(published).toEqual([0]);
    clock.tick(10);
    progress.emit();
    progress.emit();
    expect(published).toEqual([0]);
    expect(clock.pendingDelays()).toEqual([90]);
    clock.tick(90);
    expect(published).toEqual([0, 100]);
    clock.tick(20);
    progress.emit();
    progress.emit(true);
    expect(published).toEqual([0, 100, 120]);
    expect(clock.pendingDelays()).toEqual([]); // the forced publication cancelled the trailing one
  });

  it('measures speed at each publication and forgets it on restartMeter()', () => {
    progress.emit(true);
    files[0].doneBytes = MIB;
    clock.tick(1000);
    progress.emit(true);
    expect(progress.bytesPerSecond).toBeCloseTo(MIB, -3);
    expect(progress.secondsLeft(2 * MIB)).toBeCloseTo(2, 1);
    progress.restartMeter();
    expect(progress.secondsLeft(2 * MIB)).toBeNull();
  });
});
