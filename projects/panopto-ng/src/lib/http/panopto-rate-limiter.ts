import { Injectable, inject } from '@angular/core';
import { Observable, of } from 'rxjs';
import { PANOPTO_CLOCK } from '../clock/panopto-clock';
import { PANOPTO_CONFIG } from '../config/panopto-config';
import { PanoptoEvents } from '../events/panopto-events';
import { PanoptoPriority } from '../events/panopto-event';

interface Waiter {
  readonly priority: PanoptoPriority;
  readonly seq: number;
  readonly enqueuedAt: number;
  readonly grant: (queuedAfter: number) => void;
}

interface EndpointState {
  /** Times of granted requests in the last minute, oldest first. */
  grants: number[];
  queue: Waiter[];
  /** No grant before this time (set after a 429 answer). */
  pausedUntil: number;
  cancelTimer: (() => void) | null;
  pumping: boolean;
  pumpAgain: boolean;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Keeps each endpoint (method + path template) under `rateLimit.perSecond` and `rateLimit.perMinute` with
 * sliding windows, queueing the excess. Queued `interactive` requests go before `background` ones; within a
 * priority, first come first served. Panopto counts per endpoint, so this does too.
 *
 * Used by the REST core for every attempt; features with their own HTTP calls to Panopto (upload) can share it.
 *
 * @example
 * ```ts
 * limiter.acquire('POST /sessionUpload', 'background').pipe(switchMap(() => http.post(url, body)))
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoRateLimiter {
  private readonly config = inject(PANOPTO_CONFIG).rateLimit;
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly events = inject(PanoptoEvents);
  private readonly endpoints = new Map<string, EndpointState>();
  private seq = 0;

  /**
   * Emits once (and completes) when a request to `endpoint` may be sent. Unsubscribing before then leaves the
   * queue without using a slot.
   */
  acquire(endpoint: string, priority: PanoptoPriority = 'interactive'): Observable<void> {
    if (!this.config.enabled) return of(undefined);
    return new Observable<void>((subscriber) => {
      const state = this.stateOf(endpoint);
      const waiter: Waiter = {
        priority,
        seq: this.seq++,
        enqueuedAt: this.clock.now(),
        grant: (queuedAfter) => {
          const waitMs = this.clock.now() - waiter.enqueuedAt;
          if (waitMs > 0)
            this.events.publish({ type: 'rate-limit-wait', endpoint, waitMs, priority, queued: queuedAfter });
          subscriber.next();
          subscriber.complete();
        },
      };
      state.queue.push(waiter);
      this.pump(endpoint, state);
      return () => {
        const index = state.queue.indexOf(waiter);
        if (index >= 0) {
          state.queue.splice(index, 1);
          this.pump(endpoint, state);
        }
      };
    });
  }

  /** Holds every request to `endpoint` until `untilMs` (clock time); used after Panopto answers 429. */
  pause(endpoint: string, untilMs: number): void {
    const state = this.stateOf(endpoint);
    state.pausedUntil = Math.max(state.pausedUntil, untilMs);
    this.pump(endpoint, state);
  }

  /** Requests waiting for `endpoint` right now. */
  queued(endpoint: string): number {
    return this.endpoints.get(endpoint)?.queue.length ?? 0;
  }

  private stateOf(endpoint: string): EndpointState {
    let state = this.endpoints.get(endpoint);
    if (!state) {
      state = { grants: [], queue: [], pausedUntil: 0, cancelTimer: null, pumping: false, pumpAgain: false };
      this.endpoints.set(endpoint, state);
    }
    return state;
  }

  /** Lets through as many queued requests as the windows allow, then sleeps until the next slot frees up. */
  private pump(endpoint: string, state: EndpointState): void {
    // Granting runs subscriber code synchronously, which may enqueue or cancel; loop instead of recursing.
    if (state.pumping) {
      state.pumpAgain = true;
      return;
    }
    state.pumping = true;
    try {
      do {
        state.pumpAgain = false;
        state.cancelTimer?.();
        state.cancelTimer = null;
        while (state.queue.length > 0) {
          const now = this.clock.now();
          state.grants = state.grants.filter((t) => t > now - MINUTE);
          const readyAt = this.nextSlotAt(state, now);
          if (readyAt > now) {
            state.cancelTimer = this.clock.setTimeout(() => {
              state.cancelTimer = null;
              this.pump(endpoint, state);
            }, readyAt - now);
            break;
          }
          const next = this.takeNext(state);
          state.grants.push(now);
          next.grant(state.queue.length);
        }
      } while (state.pumpAgain);
    } finally {
      state.pumping = false;
    }
    if (state.queue.length === 0 && state.grants.length === 0 && state.pausedUntil <= this.clock.now()) {
      this.endpoints.delete(endpoint);
    }
  }

  private nextSlotAt(state: EndpointState, now: number): number {
    let at = Math.max(now, state.pausedUntil);
    const { perSecond, perMinute } = this.config;
    const lastSecond = state.grants.filter((t) => t > now - SECOND);
    if (lastSecond.length >= perSecond) at = Math.max(at, lastSecond[lastSecond.length - perSecond] + SECOND);
    if (state.grants.length >= perMinute) at = Math.max(at, state.grants[state.grants.length - perMinute] + MINUTE);
    return at;
  }

  private takeNext(state: EndpointState): Waiter {
    let best = 0;
    for (let i = 1; i < state.queue.length; i++) {
      const w = state.queue[i];
      const b = state.queue[best];
      const better = w.priority !== b.priority ? w.priority === 'interactive' : w.seq < b.seq;
      if (better) best = i;
    }
    return state.queue.splice(best, 1)[0];
  }
}
