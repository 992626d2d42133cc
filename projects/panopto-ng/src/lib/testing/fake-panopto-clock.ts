import { PanoptoClock } from '../clock/panopto-clock';

interface ScheduledTimer {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

/**
 * A manual clock for tests: time moves only when `tick()` is called, and due timers fire in order.
 *
 * @example
 * ```ts
 * const clock = new FakePanoptoClock();
 * TestBed.configureTestingModule({ providers: [{ provide: PANOPTO_CLOCK, useValue: clock }] });
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
    return this.timers
      .slice()
      .sort((a, b) => a.at - b.at || a.id - b.id)
      .map((t) => t.at - this.current);
  }

  /** Moves time forward by `ms`, firing every timer that falls due (including ones those timers start). */
  tick(ms = 0): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t.id !== due.id);
      this.current = Math.max(this.current, due.at);
      due.callback();
    }
    this.current = target;
  }
}
