import { NgZone } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { clockTimer } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PANOPTO_CLOCK } from './panopto-clock';

describe('PANOPTO_CLOCK (default)', () => {
  it('tells real time and fires timers back inside the Angular zone without keeping it busy while waiting', async () => {
    const clock = TestBed.inject(PANOPTO_CLOCK);
    const zone = TestBed.inject(NgZone);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
    let firedInZone: boolean | null = null;
    const fired = new Promise<void>((resolve) =>
      zone.run(() =>
        clock.setTimeout(() => {
          firedInZone = NgZone.isInAngularZone();
          resolve();
        }, 5),
      ),
    );
    expect(zone.hasPendingMacrotasks).toBeFalse();
    await fired;
    expect(firedInZone as boolean | null).toBeTrue();
  });

  it('keeps a timer started outside the Angular zone outside it (for once-a-second ticks)', async () => {
    const clock = TestBed.inject(PANOPTO_CLOCK);
    const zone = TestBed.inject(NgZone);
    let firedInZone: boolean | null = null;
    await new Promise<void>((resolve) =>
      zone.runOutsideAngular(() =>
        clock.setTimeout(() => {
          firedInZone = NgZone.isInAngularZone();
          resolve();
        }, 1),
      ),
    );
    expect(firedInZone as boolean | null).toBeFalse();
  });

  it('can cancel a timer', async () => {
    const clock = TestBed.inject(PANOPTO_CLOCK);
    let fired = false;
    const cancel = clock.setTimeout(() => (fired = true), 1);
    cancel();
    await new Promise((r) => setTimeout(r, 10));
    expect(fired).toBeFalse();
  });
});

describe('FakePanoptoClock and clockTimer', () => {
  it('fires timers in time order only when ticked', () => {
    const clock = new FakePanoptoClock(0);
    const order: string[] = [];
    clock.setTimeout(() => order.push('b'), 20);
    clock.setTimeout(() => order.push('a'), 10);
    clock.tick(15);
    expect(order).toEqual(['a']);
    expect(clock.now()).toBe(15);
    expect(clock.pendingDelays()).toEqual([5]);
    clock.tick(5);
    expect(order).toEqual(['a', 'b']);
  });

  it('clockTimer emits after the delay and unsubscribing cancels it', async () => {
    const clock = new FakePanoptoClock(0);
    const done = firstValueFrom(clockTimer(clock, 100));
    clock.tick(100);
    await expectAsync(done).toBeResolved();
    const sub = clockTimer(clock, 100).subscribe();
    sub.unsubscribe();
    expect(clock.pendingDelays()).toEqual([]);
  });
});
