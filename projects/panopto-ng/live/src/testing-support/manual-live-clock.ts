import { LiveClock } from '../core/live-clock';

/** A clock for specs: time moves only on `tick()`, and due timers fire in order. */
export class ManualLiveClock implements LiveClock {
  private current: number;
  private timers: { id: number; at: number; callback: () => void }[] = [];
  private nextId = 1;

  constructor(startMs = Date.UTC(2026, 10, 28, 15, 0, 0)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): () => void {
    const id = this.nextId++;
    this.timers.push({ id, at: this.current + Math.max(0, ms), callback });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Delays (ms from now) of the pending timers, soonest first. */
  pendingDelays(): number[] {
    return this.timers.map((t) => t.at - this.current).sort((a, b) => a - b);
  }

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

/** A stand-in for `document` whose visibility a spec can switch. */
export class FakeVisibilityDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  setHidden(hidden: boolean): void {
    this.visibilityState = hidden ? 'hidden' : 'visible';
    this.dispatchEvent(new Event('visibilitychange'));
  }

  asDocument(): Document {
    return this as unknown as Document;
  }
}
