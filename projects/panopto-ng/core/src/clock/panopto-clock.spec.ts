import { firstValueFrom } from 'rxjs';
import { FakePanoptoClock } from 'panopto-ng/testing';
import {
  abortError,
  clockInterval,
  clockSleep,
  clockTimer,
  fromHandleClock,
  isAbortError,
  systemClock,
} from './panopto-clock';

describe('core clock helpers', () => {
  it('systemClock tells real time and its timers can be cancelled', async () => {
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(50);
    let fired = false;
    systemClock.setTimeout(() => (fired = true), 1)();
    await new Promise((r) => setTimeout(r, 10));
    expect(fired).toBeFalse();
    await firstValueFrom(clockTimer(systemClock, 1));
  });

  it('clockInterval ticks every period from the start time, without drift, until stopped', () => {
    const clock = new FakePanoptoClock(0);
    const at: number[] = [];
    const stop = clockInterval(clock, 1000, () => at.push(clock.now()));
    clock.tick(3500);
    expect(at).toEqual([1000, 2000, 3000]);
    clock.jump(1700); // late: the next tick still lands on the grid
    clock.tick(800);
    expect(at).toEqual([1000, 2000, 3000, 5200, 6000]);
    stop();
    clock.tick(5000);
    expect(at.length).toBe(5);
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('clockSleep resolves after the delay and rejects with AbortError when aborted', async () => {
    const clock = new FakePanoptoClock(0);
    const done = clockSleep(clock, 500);
    clock.tick(500);
    await expectAsync(done).toBeResolved();

    const controller = new AbortController();
    const aborted = clockSleep(clock, 500, controller.signal);
    controller.abort();
    await expectAsync(aborted).toBeRejectedWith(jasmine.objectContaining({ name: 'AbortError' }));
    expect(clock.pendingDelays()).toEqual([]);

    const already = clockSleep(clock, 1, controller.signal);
    await expectAsync(already).toBeRejected();
    expect(isAbortError(abortError())).toBeTrue();
    expect(isAbortError(new Error('x'))).toBeFalse();
  });
});

describe('fromHandleClock', () => {
  it('adapts a timers-shaped clock (handle + clearTimeout) and passes a cancel-function clock through', () => {
    const fake = new FakePanoptoClock(0);
    const cleared: unknown[] = [];
    const handleClock = {
      now: () => fake.now(),
      setTimeout: (cb: () => void, ms: number) => ({ cancel: fake.setTimeout(cb, ms) }),
      clearTimeout: (h: unknown) => {
        cleared.push(h);
        (h as { cancel: () => void }).cancel();
      },
    };
    let fired = 0;
    const adapted = fromHandleClock(handleClock);
    adapted.setTimeout(() => fired++, 10);
    adapted.setTimeout(() => fired++, 10)();
    fake.tick(10);
    expect(fired).toBe(1);
    expect(cleared.length).toBe(1);
    expect(adapted.now()).toBe(10);
    const passed = fromHandleClock(fake);
    passed.setTimeout(() => fired++, 5)();
    fake.tick(5);
    expect(fired).toBe(1);
  });
});
