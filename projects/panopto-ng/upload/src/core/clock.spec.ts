import { PanoptoClock, systemClock } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { asPanoptoClock, SYSTEM_UPLOAD_CLOCK, UploadClock } from './clock';
import { MIB } from './part-plan';
import { PanoptoUploadEngine } from './upload-engine';
import { FAKE_REST, FakeUploadServer, FOLDER_ID, UnreadableHugeFile } from '../testing-support/fake-upload-server';

describe('upload clock (deprecated names)', () => {
  it('UploadClock is PanoptoClock and SYSTEM_UPLOAD_CLOCK is systemClock', () => {
    const clock: UploadClock = new FakePanoptoClock(5);
    const same: PanoptoClock = clock;
    expect(same.now()).toBe(5);
    expect(SYSTEM_UPLOAD_CLOCK).toBe(systemClock);
  });

  it('asPanoptoClock() uses a PanoptoClock as it is: its cancel function cancels', () => {
    const fake = new FakePanoptoClock(0);
    const clock = asPanoptoClock(fake);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('a'), 10);
    const cancel = clock.setTimeout(() => fired.push('b'), 20);
    cancel();
    fake.tick(30);
    expect(fired).toEqual(['a']);
    expect(clock.now()).toBe(30);
  });

  it('asPanoptoClock() adapts a clock in upload 0.1 shape (setTimeout handle + clearTimeout)', () => {
    const timers = new Map<number, () => void>();
    let next = 1;
    const legacy = {
      now: () => 42,
      setTimeout: (callback: () => void) => {
        timers.set(next, callback);
        return next++;
      },
      clearTimeout: (handle: unknown) => timers.delete(handle as number),
    };
    const clock = asPanoptoClock(legacy);
    expect(clock.now()).toBe(42);
    const cancel = clock.setTimeout(() => undefined, 100);
    expect(timers.size).toBe(1);
    cancel();
    expect(timers.size).toBe(0);
  });

  it('an engine given a clock in upload 0.1 shape still runs an upload to the end', async () => {
    const legacy = {
      now: () => Date.now(),
      setTimeout: (callback: () => void, ms: number): unknown => setTimeout(callback, ms),
      clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    const engine = new PanoptoUploadEngine({
      transport: new FakeUploadServer(),
      publicApiRestUrl: FAKE_REST,
      clock: legacy as unknown as UploadClock,
      options: { pollIntervalMs: 1, progressIntervalMs: 5, partSize: 5 * MIB },
    });
    const done = await engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 6 * MIB)] }).settled();
    expect(done.phase).toBe('complete');
  });
});
