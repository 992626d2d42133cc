import { FakePanoptoClock } from 'panopto-ng/testing';
import { FakeClock } from './fake-upload-server';

describe('FakeClock (the upload specs’ driver of FakePanoptoClock)', () => {
  it('is the public FakePanoptoClock, recording every delay asked for', () => {
    const clock = new FakeClock();
    expect(clock).toEqual(jasmine.any(FakePanoptoClock));
    expect(clock.time).toBe(1_700_000_000_000);
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 30);
    const cancel = clock.setTimeout(() => fired.push(-1), 10);
    cancel();
    clock.tick(50);
    expect(fired).toEqual([1_700_000_000_030]);
    expect(clock.delays).toEqual([30, 10]);
  });

  it('setting time jumps the clock, firing what fell due', () => {
    const clock = new FakeClock();
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 100);
    clock.time += 2000;
    expect(fired).toEqual([1_700_000_002_000]);
  });

  it('with autoAdvance, each timer fires on the next microtask at its due time', async () => {
    const clock = new FakeClock(true);
    const start = clock.now();
    const waited = new Promise<number>((resolve) => clock.setTimeout(() => resolve(clock.now()), 375));
    expect(await waited).toBe(start + 375);
    let cancelledFired = false;
    clock.setTimeout(() => (cancelledFired = true), 10)();
    await Promise.resolve();
    await Promise.resolve();
    expect(cancelledFired).toBeFalse();
  });
});
