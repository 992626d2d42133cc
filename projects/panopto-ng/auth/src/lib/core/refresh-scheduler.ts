import type { PanoptoClock } from 'panopto-ng/core';
import { PanoptoRefreshReason } from './auth-events';
import { AuthSessionState, SessionState } from './auth-session-state';

/** The longest `setTimeout` browsers honour (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A refresh timer that fires more than this after its due time was suspended (the laptop slept, the browser
 * froze the tab): its refresh is reported as `resume`, like one noticed by `visibilitychange` or `online`.
 * Background tabs delay a lone timer by about a second, far less than this.
 */
export const LATE_TIMER_MS = 30_000;

export interface RefreshSchedulerDeps {
  readonly clock: PanoptoClock;
  readonly state: AuthSessionState;
  /** False on the server: no timers there. */
  readonly enabled: boolean;
  readonly refresh: (reason: PanoptoRefreshReason) => Promise<unknown>;
}

/**
 * Refreshes before the token expires: a `PANOPTO_CLOCK` timer `refreshSkewMs` ahead of expiry, re-armed when it
 * fires early, and a check against the clock when the tab wakes or goes online (timers may not have fired
 * during sleep).
 */
export class RefreshScheduler {
  private cancelTimer: (() => void) | null = null;

  constructor(private readonly deps: RefreshSchedulerDeps) {}

  /** (Re)arms the timer for `s`; clears it when signed out. */
  schedule(s: SessionState): void {
    this.clear();
    const { clock, state } = this.deps;
    if (!this.deps.enabled || s.status !== 'authenticated' || s.expiresAt === null) return;
    const now = clock.now();
    const due = Math.min(Math.max(s.expiresAt - state.skewFor(s) - now, 0), MAX_TIMER_MS);
    const dueAt = now + due;
    this.cancelTimer = clock.setTimeout(
      () => this.refreshIfExpiring(clock.now() - dueAt > LATE_TIMER_MS ? 'resume' : 'expiring'),
      due,
    );
  }

  clear(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /** Refreshes when the token is expiring; otherwise re-arms the timer against the clock. */
  refreshIfExpiring(reason: PanoptoRefreshReason): void {
    const { state } = this.deps;
    const s = state.value;
    if (s.status === 'authenticated' && state.isExpiring(s)) {
      this.deps.refresh(reason).catch(() => undefined);
    } else if (s.status === 'authenticated') {
      // Timers drift or fire early after sleep; re-arm against the clock.
      this.schedule(s);
    }
  }

  /**
   * Checks expiry when `document` becomes visible or its window goes online. `runOutside` registers the
   * listeners (the service passes `zone.runOutsideAngular`: no change detection per event). Returns the
   * function that removes them.
   */
  listenForResume(document: Document, runOutside: (fn: () => void) => void = (fn) => fn()): () => void {
    const win = document.defaultView;
    const onVisible = () => {
      if (document.visibilityState === 'visible') this.refreshIfExpiring('resume');
    };
    const onOnline = () => this.refreshIfExpiring('resume');
    runOutside(() => {
      document.addEventListener('visibilitychange', onVisible);
      win?.addEventListener('online', onOnline);
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      win?.removeEventListener('online', onOnline);
    };
  }
}
