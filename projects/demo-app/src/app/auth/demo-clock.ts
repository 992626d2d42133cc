import { NgZone } from '@angular/core';
import { PanoptoClock, zoneAwareSystemClock } from 'panopto-ng';

/**
 * The demo's PANOPTO_CLOCK: real time, but its timers can be suspended to show what a laptop's sleep does —
 * time passes, the access token expires, and the refresh timer does not fire until the machine wakes.
 */
export class DemoClock implements PanoptoClock {
  private readonly system: PanoptoClock;
  private asleep = false;
  private held: (() => void)[] = [];

  constructor(zone: NgZone) {
    this.system = zoneAwareSystemClock(zone);
  }

  now(): number {
    return this.system.now();
  }

  setTimeout(callback: () => void, ms: number): () => void {
    let cancelled = false;
    const cancel = this.system.setTimeout(() => {
      if (cancelled) return;
      if (this.asleep) this.held.push(callback);
      else callback();
    }, ms);
    return () => {
      cancelled = true;
      this.held = this.held.filter((c) => c !== callback);
      cancel();
    };
  }

  /** From now on, timers that come due wait until `wake()`. */
  sleep(): void {
    this.asleep = true;
  }

  /** Runs the timers that came due while asleep. */
  wake(): void {
    this.asleep = false;
    const due = this.held;
    this.held = [];
    for (const callback of due) callback();
  }

  get sleeping(): boolean {
    return this.asleep;
  }
}

let instance: DemoClock | null = null;

/** One clock for the whole app (provided as PANOPTO_CLOCK in app.config.ts). */
export function demoClock(zone: NgZone): DemoClock {
  return (instance ??= new DemoClock(zone));
}
