import { Observable } from 'rxjs';

/**
 * Time as panopto-ng sees it: backoff, rate limiting, timeouts, token expiry, upload polling, analytics
 * batching and live countdowns all read `now()` and wait with `setTimeout()`. Angular code injects it through
 * `PANOPTO_CLOCK`; framework-free code (the upload engine, provisioning in Node) takes it as a parameter.
 * Tests replace it with `FakePanoptoClock` from `panopto-ng/testing`.
 *
 * @example
 * ```ts
 * const cancel = clock.setTimeout(() => console.log('a second later'), 1000);
 * ```
 */
export interface PanoptoClock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Calls `callback` after `ms` milliseconds; the returned function cancels it. */
  setTimeout(callback: () => void, ms: number): () => void;
}

/** A source of numbers in [0, 1) for backoff jitter and sampling; `Math.random` by default. */
export type PanoptoRandom = () => number;

/**
 * Real time: `Date.now()` and the global timers. The default outside Angular (Node, Web Workers).
 *
 * @example
 * ```ts
 * const engine = new PanoptoUploadEngine({ clock: systemClock, … });
 * ```
 */
export const systemClock: PanoptoClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, Math.max(0, ms));
    return () => clearTimeout(handle);
  },
};

/** A clock in the shape of the global timers: `setTimeout` returns a handle that `clearTimeout` cancels. */
export interface PanoptoHandleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
}

/**
 * A `PanoptoClock` from a clock of either shape: one whose `setTimeout` returns a cancel function is used as it
 * is; one in the timers' shape (a handle plus `clearTimeout`), such as the deprecated upload and analytics clocks
 * of 0.1, is adapted.
 *
 * @example
 * ```ts
 * const clock = fromHandleClock({ now: Date.now, setTimeout, clearTimeout });
 * ```
 */
export function fromHandleClock(clock: PanoptoClock | PanoptoHandleClock): PanoptoClock {
  const source = clock as PanoptoHandleClock;
  return {
    now: () => source.now(),
    setTimeout: (callback, ms) => {
      const handle = source.setTimeout(callback, ms);
      if (typeof handle === 'function') return handle as () => void;
      return () => source.clearTimeout?.(handle);
    },
  };
}

/**
 * An Observable that emits once after `ms` on `clock` and completes; unsubscribing cancels the timer.
 *
 * @example
 * ```ts
 * clockTimer(clock, 1000).pipe(switchMap(() => retry$))
 * ```
 */
export function clockTimer(clock: PanoptoClock, ms: number): Observable<void> {
  return new Observable<void>((subscriber) => {
    const cancel = clock.setTimeout(() => {
      subscriber.next();
      subscriber.complete();
    }, ms);
    return cancel;
  });
}

/**
 * Calls `onTick` every `ms` on `clock` until the returned function is called. Ticks stay on the grid
 * `start + n·ms`, so late timers do not add up to drift, and slots missed while the machine slept are skipped
 * rather than fired in a burst.
 *
 * @example
 * ```ts
 * const stop = zone.runOutsideAngular(() => clockInterval(clock, 1000, () => cdr.detectChanges()));
 * ```
 */
export function clockInterval(clock: PanoptoClock, ms: number, onTick: () => void): () => void {
  const period = Math.max(1, ms);
  const start = clock.now();
  let cancel: () => void = () => undefined;
  let stopped = false;
  const schedule = () => {
    const elapsed = clock.now() - start;
    const nextSlot = start + (Math.floor(elapsed / period) + 1) * period;
    cancel = clock.setTimeout(() => {
      if (stopped) return;
      schedule();
      onTick();
    }, nextSlot - clock.now());
  };
  schedule();
  return () => {
    stopped = true;
    cancel();
  };
}

/**
 * The error an aborted wait or request rejects with; named `AbortError` like the DOM's, so callers test one name.
 *
 * @example
 * ```ts
 * if (signal.aborted) throw abortError();
 * ```
 */
export function abortError(message = 'The operation was aborted.'): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/**
 * True for the error of an aborted wait or request (ours or the DOM's).
 *
 * @example
 * ```ts
 * promise.catch((e) => { if (!isAbortError(e)) report(e); });
 * ```
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * Waits `ms` on `clock`; rejects with an `AbortError` when `signal` aborts first.
 *
 * @example
 * ```ts
 * await clockSleep(clock, backoffDelay(retry, options, random), signal);
 * ```
 */
export function clockSleep(clock: PanoptoClock, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      cancel();
      reject(abortError());
    };
    const cancel = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
