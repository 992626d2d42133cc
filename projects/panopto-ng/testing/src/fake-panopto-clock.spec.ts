import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, PANOPTO_RANDOM } from 'panopto-ng';
import { FakePanoptoClock, provideFakePanoptoClock } from './fake-panopto-clock';

describe('FakePanoptoClock', () => {
  it('tick() fires due timers in order, each at its own due time, including timers they start', () => {
    const clock = new FakePanoptoClock(0);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`b@${clock.now()}`), 20);
    clock.setTimeout(() => {
      seen.push(`a@${clock.now()}`);
      clock.setTimeout(() => seen.push(`c@${clock.now()}`), 5);
    }, 10);
    clock.tick(30);
    expect(seen).toEqual(['a@10', 'c@15', 'b@20']);
    expect(clock.now()).toBe(30);
  });

  it('jump() moves the wall clock first, then fires every timer that fell due, seeing the new time', () => {
    const clock = new FakePanoptoClock(1000);
    const seen: number[] = [];
    clock.setTimeout(() => seen.push(clock.now()), 100);
    clock.setTimeout(() => seen.push(clock.now()), 5000);
    clock.setTimeout(() => seen.push(-1), 60_000);
    clock.jump(10_000);
    expect(seen).toEqual([11_000, 11_000]);
    expect(clock.pendingDelays()).toEqual([50_000]);
  });

  it('cancels timers', () => {
    const clock = new FakePanoptoClock(0);
    let fired = false;
    clock.setTimeout(() => (fired = true), 10)();
    clock.tick(20);
    expect(fired).toBeFalse();
  });

  it('provideFakePanoptoClock() replaces PANOPTO_CLOCK and PANOPTO_RANDOM', () => {
    const clock = new FakePanoptoClock(5);
    TestBed.configureTestingModule({ providers: [provideFakePanoptoClock(clock, () => 0.25)] });
    expect(TestBed.inject(PANOPTO_CLOCK)).toBe(clock);
    expect(TestBed.inject(PANOPTO_RANDOM)()).toBe(0.25);
  });
});
