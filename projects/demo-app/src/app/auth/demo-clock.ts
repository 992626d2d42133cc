import { NgZone } from '@angular/core';
import { PanoptoClock, zoneAwareSystemClock } from 'panopto-ng';

/**
 * The demo's PANOPTO_CLOCK: real time plus an offset the Sign-in page can move forward, to show what happens
 * when a laptop wakes after two hours of sleep (pending timers never fired; the token expired meanwhile).
 */
export class DemoClock implements PanoptoClock {
  private offsetMs = 0;
  private readonly system: PanoptoClock;

  constructor(zone: NgZone) {
    this.system = zoneAwareSystemClock(zone);
  }

  now(): number {
    return this.system.now() + this.offsetMs;
  }

  setTimeout(callback: () => void, ms: number): () => void {
    return this.system.setTimeout(callback, ms);
  }

  /** Moves time forward WITHOUT firing timers, like sleep does. */
  jump(ms: number): void {
    this.offsetMs += ms;
  }

  get offset(): number {
    return this.offsetMs;
  }
}

let instance: DemoClock | null = null;

/** One clock for the whole app (provided as PANOPTO_CLOCK in app.config.ts). */
export function demoClock(zone: NgZone): DemoClock {
  return (instance ??= new DemoClock(zone));
}
