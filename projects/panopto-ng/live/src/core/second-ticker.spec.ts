import { NgZone } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoClock } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { everySecond } from './second-ticker';

describe('everySecond', () => {
  it('ticks once a second on the given clock until stopped', () => {
    const clock = new FakePanoptoClock(Date.UTC(2026, 10, 28, 15));
    const seen: number[] = [];
    const stop = everySecond(TestBed.inject(NgZone), clock, () => seen.push(clock.now() - Date.UTC(2026, 10, 28, 15)));
    clock.tick(3500);
    expect(seen).toEqual([1000, 2000, 3000]);
    stop();
    clock.tick(5000);
    expect(seen.length).toBe(3);
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('schedules its timers outside the Angular zone', () => {
    const fake = new FakePanoptoClock();
    const zones: boolean[] = [];
    const recording: PanoptoClock = {
      now: () => fake.now(),
      setTimeout: (callback, ms) => {
        zones.push(NgZone.isInAngularZone());
        return fake.setTimeout(callback, ms);
      },
    };
    const zone = TestBed.inject(NgZone);
    const stop = zone.run(() => everySecond(zone, recording, () => undefined));
    fake.tick(1000);
    stop();
    expect(zones.length).toBeGreaterThan(0);
    expect(zones.every((inZone) => !inZone)).toBeTrue();
  });
});
