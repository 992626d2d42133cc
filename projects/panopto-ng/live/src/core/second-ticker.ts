import { NgZone } from '@angular/core';

/**
 * Calls `onTick` once a second, outside the Angular zone, until the returned function is called. The caller
 * updates its own view (`ChangeDetectorRef.detectChanges()`), so a ticking clock never runs change detection
 * for the whole app.
 */
export function everySecond(zone: NgZone, onTick: () => void): () => void {
  const handle = zone.runOutsideAngular(() => setInterval(onTick, 1000));
  return () => clearInterval(handle);
}
