import { Provider } from '@angular/core';
import { PANOPTO_CLOCK, PANOPTO_RANDOM } from 'panopto-ng';
import { PanoptoClock } from 'panopto-ng/core';

interface ScheduledTimer {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

/**
 * The one fake clock of panopto-ng, for apps' tests and ours: time moves only when `tick()` or `jump()` is
 * called, and due timers fire in order.
 *
 * @example
 * ```ts
 * const clock = new FakePanoptoClock();
 * TestBed.configureTestingModule({ providers: [provideFakePanoptoClock(clock)] });
 * // … start something that waits 1 s …
 * clock.tick(1000);
 * ```
 */
export class FakePanoptoClock implements PanoptoClock {
  private current: number;
  private timers: ScheduledTimer[] = [];
  private nextId = 1;

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): () => void {
    const timer: ScheduledTimer = { id: this.nextId++, at: this.current + Math.max(0, ms), callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t.id !== timer.id);
    };
  }

  /** Delays (ms from now) of the timers still pending, soonest first. */
  pendingDelays(): number[] {
    return this.sorted().map((t) => t.at - this.current);
  }

  /**
   * Moves time forward by `ms` the way time passes: each due timer fires at its own due time (`now()` reads that
   * time inside its callback), including timers those callbacks start.
   */
  tick(ms = 0): void {
    const target = this.current + ms;
    for (let due = this.nextDue(target); due; due = this.nextDue(target)) {
      this.current = Math.max(this.current, due.at);
      due.callback();
    }
    this.current = target;
  }

  /**
   * Moves the wall clock forward by `ms` at once, as when a laptop wakes from sleep or the system clock is set:
   * `now()` reads the new time first, then every timer that fell due fires, oldest first, all seeing the new time.
   */
  jump(ms: number): void {
    this.current += Math.max(0, ms);
    for (let due = this.nextDue(this.current); due; due = this.nextDue(this.current)) due.callback();
  }

  private sorted(): ScheduledTimer[] {
    return this.timers.slice().sort((a, b) => a.at - b.at || a.id - b.id);
  }

  /** Removes and returns the earliest timer due by `limit`. */
  private nextDue(limit: number): ScheduledTimer | undefined {
    const due = this.sorted().find((t) => t.at <= limit);
    if (due) this.timers = this.timers.filter((t) => t.id !== due.id);
    return due;
  }
}

/**
 * Providers that replace panopto-ng's time and randomness in a test: `PANOPTO_CLOCK` with `clock` and
 * `PANOPTO_RANDOM` with `random` (a constant by default, so backoff delays are exact).
 *
 * @example
 * ```ts
 * const clock = new FakePanoptoClock();
 * TestBed.configureTestingModule({ providers: [provideHttpClient(), providePanopto(config), provideFakePanoptoClock(clock)] });
 * ```
 */
export function provideFakePanoptoClock(
  clock: FakePanoptoClock = new FakePanoptoClock(),
  random: () => number = () => 0.5,
): Provider[] {
  return [
    { provide: PANOPTO_CLOCK, useValue: clock },
    { provide: PANOPTO_RANDOM, useValue: random },
  ];
}
