import { NgZone } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { NO_JITTER, PanoptoClock, backoffDelay, parseRetryAfter } from 'panopto-ng/core';

/**
 * How a poll loop paces itself. In the core's retry vocabulary (`PanoptoRetryConfig`), `intervalMs` is the
 * `initialDelayMs` and `maxBackoffMs` the `maxDelayMs` of the backoff after failures; a poll has no `maxRetries`:
 * it never gives up while someone watches.
 */
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
 * it accepts the core's `PanoptoRateLimitError` as well as an `HttpErrorResponse`. The header is read by the
 * core's `parseRetryAfter`; its HTTP-date form counts only when `nowMs` is given.
 */
export function retryAfterMsOf(error: unknown, nowMs?: number): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { retryAfterMs?: unknown; headers?: { get?: (name: string) => string | null } };
  if (typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs)) return e.retryAfterMs;
  const header = typeof e.headers?.get === 'function' ? e.headers.get('Retry-After') : null;
  // Without a time, a date cannot become a delay: NaN makes that case non-finite, and it is ignored.
  const ms = parseRetryAfter(header, nowMs ?? Number.NaN);
  return ms !== null && Number.isFinite(ms) ? ms : undefined;
}

/**
 * The wait after the n-th consecutive failure: the core's `backoffDelay` (no jitter) from `intervalMs` up to
 * `maxBackoffMs`, and at least what a 429's `Retry-After` asks for (still capped). Unlike a request retry,
 * where `Retry-After` replaces the backoff, a poll never comes back sooner than its backoff says.
 */
function pollRetryDelay(failures: number, timing: PollTiming, error: unknown, nowMs?: number): number {
  const options = { initialDelayMs: timing.intervalMs, maxDelayMs: timing.maxBackoffMs, jitter: NO_JITTER };
  const backoff = backoffDelay(failures + 1, options, () => 0);
  const asked = retryAfterMsOf(error, nowMs) ?? 0;
  return Math.min(timing.maxBackoffMs, Math.max(backoff, asked));
}

/**
 * The wait after the n-th consecutive failure: doubling from the interval, at least `Retry-After`, capped.
 *
 * @deprecated Use `backoffDelay()` from `panopto-ng/core` (with `parseRetryAfter()` for `Retry-After`) instead.
 * Removed in 0.3.
 */
export function backoffDelayMs(failures: number, timing: PollTiming, error: unknown): number {
  return pollRetryDelay(failures, timing, error);
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
            const retryInMs = pollRetryDelay(failures, timing, error, env.clock.now());
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
