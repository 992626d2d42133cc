import { InjectionToken, inject } from '@angular/core';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { PanoptoClock, clockSleep, systemClock } from 'panopto-ng/core';
import { randomString } from './pkce';

/** The time the storage lease reads: `now()`, and `setTimeout()` for its waits (the system timers without it). */
export type PanoptoLeaseClock = Pick<PanoptoClock, 'now'> & Partial<Pick<PanoptoClock, 'setTimeout'>>;

/**
 * Runs a task while holding a lock that every tab of the origin respects, so only one tab at a time uses the
 * refresh token (rotation makes a second, concurrent use fail).
 */
export interface PanoptoRefreshLock {
  run<T>(name: string, task: () => Promise<T>): Promise<T>;
}

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive' }, callback: () => Promise<T>): Promise<T>;
}

/** Web Locks API (`navigator.locks`): exclusive across tabs and released even when a tab crashes. */
export class WebLocksRefreshLock implements PanoptoRefreshLock {
  constructor(private readonly locks: LockManagerLike) {}
  run<T>(name: string, task: () => Promise<T>): Promise<T> {
    return this.locks.request(name, { mode: 'exclusive' }, task);
  }
}

/** Only one task at a time within this object; used where no cross-tab mechanism exists (SSR, tests). */
export class InProcessRefreshLock implements PanoptoRefreshLock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(_name: string, task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * Fallback for browsers without Web Locks: a lease in `localStorage` (owner id + expiry) plus a
 * `BroadcastChannel` that wakes waiting tabs when the lease is released. A lease outlives a crashed tab by at
 * most `leaseMs`. Not strictly atomic (localStorage has no compare-and-set), so the owner re-reads the lease
 * after a short settle delay and backs off if another tab overwrote it.
 */
export class StorageLeaseRefreshLock implements PanoptoRefreshLock {
  private readonly id = randomString(16);
  private readonly local = new InProcessRefreshLock();

  constructor(
    private readonly storage: Storage,
    private readonly clock: PanoptoLeaseClock,
    private readonly leaseMs = 10_000,
    private readonly channelFactory: (name: string) => BroadcastChannel | null = (n) =>
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(n),
  ) {}

  run<T>(name: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(name, async () => {
      const key = `panopto-ng.lease.${name}`;
      await this.acquire(name, key);
      try {
        return await task();
      } finally {
        if (this.owner(key) === this.id) this.storage.removeItem(key);
        const channel = this.channelFactory(`panopto-ng.lease.${name}`);
        channel?.postMessage('released');
        channel?.close();
      }
    });
  }

  /** The clock when it has timers, else the system clock (a `{ now }` given before 0.2). */
  private timers(): PanoptoClock {
    const { clock } = this;
    return clock.setTimeout ? (clock as PanoptoClock) : { now: () => clock.now(), setTimeout: systemClock.setTimeout };
  }

  private owner(key: string): string | null {
    const raw = this.storage.getItem(key);
    if (!raw) return null;
    const [owner, until] = raw.split('|');
    return Number(until) > this.clock.now() ? owner : null;
  }

  private async acquire(name: string, key: string): Promise<void> {
    const channel = this.channelFactory(`panopto-ng.lease.${name}`);
    try {
      for (;;) {
        if (this.owner(key) === null) {
          this.storage.setItem(key, `${this.id}|${this.clock.now() + this.leaseMs}`);
          await clockSleep(this.timers(), 25);
          if (this.owner(key) === this.id) return;
        }
        await new Promise<void>((resolve) => {
          const done = () => {
            cancelTimer();
            channel?.removeEventListener('message', done);
            resolve();
          };
          const cancelTimer = this.timers().setTimeout(done, 250);
          channel?.addEventListener('message', done);
        });
      }
    } finally {
      channel?.close();
    }
  }
}

/** Picks Web Locks when the browser has them, else the storage lease, else an in-process lock. */
export function defaultRefreshLock(clock: PanoptoLeaseClock = systemClock): PanoptoRefreshLock {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManagerLike });
  if (nav?.locks && typeof nav.locks.request === 'function') return new WebLocksRefreshLock(nav.locks);
  try {
    if (typeof localStorage !== 'undefined') return new StorageLeaseRefreshLock(localStorage, clock);
  } catch {
    // localStorage blocked: no cross-tab lock is possible.
  }
  return new InProcessRefreshLock();
}

/** The lock used around refreshes; replace it with `withPanoptoRefreshLock()` (tests, custom environments). */
export const PANOPTO_REFRESH_LOCK = new InjectionToken<PanoptoRefreshLock>('PANOPTO_REFRESH_LOCK', {
  providedIn: 'root',
  factory: () => defaultRefreshLock(inject(PANOPTO_CLOCK)),
});
