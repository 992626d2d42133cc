import { firstValueFrom } from 'rxjs';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { abortError, clockInterval, clockSleep, clockTimer, isAbortError, systemClock } from './panopto-clock';

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
