import { NgZone } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { PanoptoClock } from 'panopto-ng';

/** How a poll loop paces itself. */
export interface PollTiming {
  /** Milliseconds between the end of one successful fetch and the start of the next. */
  intervalMs: number;
  /** Upper bound of the wait after failures (the backoff doubles from `intervalMs` up to this). */
  maxBackoffMs: number;
}

/** One turn of a poll loop: either the fetched value or the error, with when the next attempt happens. */
export type PollOutcome<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'error'; readonly error: unknown; readonly failures: number; readonly retryInMs: number };

/** What the loop needs from its surroundings; injected so tests can drive it. */
export interface PollEnvironment {
  zone: NgZone;
  /** `null` on the server: then the loop polls as if always visible (and normally is not subscribed at all). */
  document: Document | null;
  /** Time and timers (injectable, so tests can use a manual clock). */
  clock: PanoptoClock;
}

/**
 * Reads how long an error asks us to wait (a 429's `Retry-After`), in ms, if it says. Structural on purpose:
 * it accepts the core's `PanoptoRateLimitError` as well as an `HttpErrorResponse`.
 */
export function retryAfterMsOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { retryAfterMs?: unknown; headers?: { get?: (name: string) => string | null } };
  if (typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs)) return e.retryAfterMs;
  const header = typeof e.headers?.get === 'function' ? e.headers.get('Retry-After') : null;
  if (header && /^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  return undefined;
}

/** The wait after the n-th consecutive failure: doubling from the interval, at least `Retry-After`, capped. */
export function backoffDelayMs(failures: number, timing: PollTiming, error: unknown): number {
  const doubled = timing.intervalMs * 2 ** Math.max(0, failures);
  const asked = retryAfterMsOf(error) ?? 0;
  return Math.min(timing.maxBackoffMs, Math.max(doubled, asked));
}

/**
 * A cold Observable that calls `fetch` now and then every `intervalMs` while the page is visible.
 *
 * - While the tab is hidden (`visibilitychange`) no new fetch starts; when it becomes visible again the
 *   next fetch starts immediately instead of waiting for the rest of the interval (a pending backoff is
 *   still honoured).
 * - A failed fetch is reported as an `error` outcome (the loop keeps going) and the next attempt waits
 *   `intervalMs × 2^failures`, or the `Retry-After` of a 429, capped at `maxBackoffMs`.
 * - Timers and the visibility listener live outside the Angular zone, so an idle poll never triggers change
 *   detection; outcomes are delivered inside the zone so OnPush consumers update.
 * - Unsubscribing cancels the in-flight request and the pending timer.
 */
export function pollWhileVisible<T>(
  fetch: () => Observable<T>,
  timing: PollTiming,
  env: PollEnvironment,
): Observable<PollOutcome<T>> {
  return new Observable<PollOutcome<T>>((subscriber) => {
    let cancelTimer: (() => void) | null = null;
    let inFlight: Subscription | null = null;
    let failures = 0;
    let closed = false;
    // After a failure, the earliest time the next attempt may start: becoming visible again does not skip a
    // backoff (or a 429's Retry-After), it only skips the rest of a normal interval.
    let notBefore = 0;
    const doc = env.document;
    const isHidden = () => doc?.visibilityState === 'hidden';

    const clearTimer = () => {
      cancelTimer?.();
      cancelTimer = null;
    };
    const startTimer = (ms: number) => {
      clearTimer();
      cancelTimer = env.zone.runOutsideAngular(() => env.clock.setTimeout(run, ms));
    };
    const emit = (outcome: PollOutcome<T>) => env.zone.run(() => subscriber.next(outcome));

    const schedule = (delayMs: number) => {
      clearTimer();
      if (closed || isHidden()) return; // resumed by the visibility listener
      startTimer(delayMs);
    };

    function run(): void {
      cancelTimer = null;
      if (closed || inFlight || isHidden()) return;
      let settled = false;
      // The request itself runs outside the zone too; only its outcome re-enters (see `emit`).
      const sub = env.zone.runOutsideAngular(() =>
        fetch().subscribe({
          next: (value) => {
            if (settled) return;
            settled = true;
            inFlight = null;
            failures = 0;
            notBefore = 0;
            emit({ kind: 'value', value });
            schedule(timing.intervalMs);
          },
          error: (error: unknown) => {
            if (settled) return;
            settled = true;
            inFlight = null;
            failures++;
            const retryInMs = backoffDelayMs(failures, timing, error);
            notBefore = env.clock.now() + retryInMs;
            emit({ kind: 'error', error, failures, retryInMs });
            schedule(retryInMs);
          },
          complete: () => {
            if (settled) return;
            // A fetch that completes without a value still counts as an answer: keep the loop going.
            settled = true;
            inFlight = null;
            schedule(timing.intervalMs);
          },
        }),
      );
      // The fetch may have answered synchronously; only keep a handle to a request still running.
      if (!settled) inFlight = sub;
      else sub.unsubscribe();
    }

    const onVisibility = () => {
      if (isHidden()) {
        clearTimer();
      } else if (!inFlight) {
        clearTimer();
        const wait = notBefore - env.clock.now();
        if (wait > 0) startTimer(wait);
        else run();
      }
    };

    env.zone.runOutsideAngular(() => {
      doc?.addEventListener('visibilitychange', onVisibility);
      if (!isHidden()) run();
    });

    return () => {
      closed = true;
      clearTimer();
      inFlight?.unsubscribe();
      inFlight = null;
      doc?.removeEventListener('visibilitychange', onVisibility);
    };
  });
}
