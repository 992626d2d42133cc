import { NgZone } from '@angular/core';
import { PanoptoClock, clockInterval } from 'panopto-ng/core';

/**
 * Calls `onTick` once a second on `clock` (`PANOPTO_CLOCK`), scheduled outside the Angular zone, until the
 * returned function is called. The caller updates its own view (`ChangeDetectorRef.detectChanges()`), so a
 * ticking clock never runs change detection for the whole app.
 */
export function everySecond(zone: NgZone, clock: PanoptoClock, onTick: () => void): () => void {
  return zone.runOutsideAngular(() => clockInterval(clock, 1000, onTick));
}
