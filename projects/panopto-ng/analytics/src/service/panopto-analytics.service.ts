import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Injectable, Injector, NgZone, OnDestroy, PLATFORM_ID, inject } from '@angular/core';
import { PanoptoApi } from 'panopto-ng';
import { Session, SessionViewerStats } from 'panopto-ng/core';
import { BehaviorSubject, Observable, defer, distinctUntilChanged, map, toArray } from 'rxjs';
import { PANOPTO_ANALYTICS_CONFIG, ResolvedPanoptoAnalyticsConfig } from '../config/analytics-config';
import { validatePanoptoAnalyticsConfig } from '../config/validate-analytics-config';
import {
  AnalyticsDispatcher,
  PanoptoAnalyticsConsent,
  PanoptoAnalyticsDeliveryStats,
} from '../delivery/analytics-dispatcher';
import { PanoptoAnalyticsEvent } from '../delivery/analytics-event';
import { randomId } from '../delivery/ids';
import { injectAnalyticsDeliveryTime } from './analytics-clock-token';
import { TrackablePlayer } from './trackable-player';
import { EngagementTrackingHandle, TrackedView, TrackedViewHost } from './tracked-view';

/** Options of `track()`. */
export interface PanoptoTrackOptions {
  /** The session (delivery) id the player shows. */
  sessionId: string;
  /** An opaque id of the viewer, if the app wants one in events (the library never adds personal data). */
  viewerId?: string;
  /** The media duration, when known before the player reports it (e.g. `Session.Duration`). */
  durationSeconds?: number;
  /** The view id; default random. Useful to resume a view or in tests. */
  viewId?: string;
}

/**
 * Follows players and computes what was actually watched; sends engagement events, batched, to the configured
 * sinks once the viewer consents. Tracking, timers and page-lifecycle listeners run outside the Angular zone;
 * `summary$` emits inside it.
 *
 * @example
 * ```ts
 * @Component({
 *   template: `<panopto-player #player [sessionId]="id"></panopto-player>
 *              <p *ngIf="summary$ | async as s">{{ s.completionPercent | number: '1.0-0' }}% watched</p>`,
 * })
 * export class LectureComponent implements AfterViewInit, OnDestroy {
 *   @ViewChild('player') player!: PanoptoPlayerComponent;
 *   summary$?: Observable<EngagementSummary>;
 *   private handle?: EngagementTrackingHandle;
 *   constructor(private analytics: PanoptoAnalyticsService) {}
 *   ngAfterViewInit() {
 *     this.handle = this.analytics.track(this.player, { sessionId: this.id });
 *     this.summary$ = this.handle.summary$;
 *   }
 *   ngOnDestroy() { this.handle?.stop(); }
 * }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoAnalyticsService implements OnDestroy {
  /** Delivery counters and consent, for a status display or monitoring. */
  readonly delivery$: Observable<PanoptoAnalyticsDeliveryStats>;
  /** The current consent: `null` until `setConsent()` (unless configured). */
  readonly consent$: Observable<PanoptoAnalyticsConsent>;

  private readonly config: ResolvedPanoptoAnalyticsConfig =
    inject(PANOPTO_ANALYTICS_CONFIG, { optional: true }) ?? validatePanoptoAnalyticsConfig({});
  /** `PANOPTO_CLOCK` and `PANOPTO_RANDOM` (or the deprecated `PANOPTO_ANALYTICS_CLOCK` when an app provides it). */
  private readonly time = injectAnalyticsDeliveryTime();
  private readonly zone = inject(NgZone);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly dispatcher: AnalyticsDispatcher;
  private readonly deliverySubject: BehaviorSubject<PanoptoAnalyticsDeliveryStats>;
  private readonly views = new Set<TrackedView>();
  private readonly removeListeners: Array<() => void> = [];
  private statsScheduled = false;

  constructor() {
    this.dispatcher = new AnalyticsDispatcher(this.config.sinks, this.config, this.time, () => this.scheduleStats());
    this.deliverySubject = new BehaviorSubject(this.dispatcher.stats());
    this.delivery$ = this.deliverySubject.asObservable();
    this.consent$ = this.delivery$.pipe(
      map((s) => s.consent),
      distinctUntilChanged(),
    );
    if (this.isBrowser) this.listenToPageLifecycle();
  }

  /**
   * Starts following a player for one view of a session. Call `stop()` on the handle when the player goes away.
   */
  track(player: TrackablePlayer, options: PanoptoTrackOptions): EngagementTrackingHandle {
    if (!options || typeof options.sessionId !== 'string' || options.sessionId.trim() === '') {
      throw new TypeError('panopto-ng analytics: track(player, { sessionId }) needs the session id the player shows.');
    }
    if (
      !player ||
      typeof player.stateChange?.subscribe !== 'function' ||
      typeof player.timeUpdate?.subscribe !== 'function'
    ) {
      throw new TypeError(
        'panopto-ng analytics: track() needs a player with `stateChange` and `timeUpdate` (e.g. <panopto-player>).',
      );
    }
    const host: TrackedViewHost = {
      now: () => this.time.clock.now(),
      outside: (fn) => this.zone.runOutsideAngular(fn),
      inside: (fn) => (NgZone.isInAngularZone() ? fn() : this.zone.run(fn)),
      send: (event) => this.zone.runOutsideAngular(() => this.dispatcher.enqueue(event)),
      release: (view) => {
        this.views.delete(view);
        this.dispatcher.endView(options.sessionId, view.viewId);
      },
    };
    const view = new TrackedView(
      player,
      {
        sessionId: options.sessionId,
        viewId: options.viewId ?? randomId(),
        ...(options.viewerId !== undefined ? { viewerId: options.viewerId } : {}),
      },
      { seekToleranceSeconds: this.config.seekToleranceSeconds, countHiddenPlayback: this.config.countHiddenPlayback },
      host,
      options.durationSeconds,
    );
    this.views.add(view);
    if (this.isBrowser && this.document.visibilityState === 'hidden') view.visibility(true);
    return view;
  }

  /**
   * Records the viewer's choice. `true` releases the events held so far to the sinks; `false` drops them and
   * everything queued, and nothing is sent until `setConsent(true)`.
   */
  setConsent(granted: boolean): void {
    this.zone.runOutsideAngular(() => this.dispatcher.setConsent(granted));
  }

  /** Sends queued events now instead of waiting for the timer (no effect without consent). */
  flush(): void {
    this.zone.runOutsideAngular(() => this.dispatcher.flush());
  }

  /** Sends one event of your own through the same consent gate, sampling and sinks. */
  record(event: PanoptoAnalyticsEvent): void {
    this.zone.runOutsideAngular(() => this.dispatcher.enqueue(event));
  }

  /**
   * Panopto's own figures for a session: every row of `GET /sessions/{id}/viewers` (all pages). Needs
   * `providePanopto()` and a signed-in user allowed to see the session's statistics (creators, admins).
   * Merge with local tracking with `mergeViewerStats()`.
   */
  sessionViewers(sessionId: string): Observable<SessionViewerStats[]> {
    return defer(() => this.api().sessions.allViewers(sessionId).pipe(toArray()));
  }

  /** The signed-in user's viewed sessions (`GET /users/me/sessions/viewed`), with `PercentCompleted`. */
  myViewedSessions(includeCompleted = true): Observable<Session[]> {
    return defer(() => this.api().users.allViewedSessions({ includeCompleted }).pipe(toArray()));
  }

  ngOnDestroy(): void {
    for (const view of [...this.views]) view.stop();
    this.removeListeners.forEach((remove) => remove());
    this.dispatcher.dispose();
    this.deliverySubject.complete();
  }

  /** Looked up on first use, so tracking works in apps that never call Panopto's REST API. */
  private api(): PanoptoApi {
    return this.injector.get(PanoptoApi);
  }

  private listenToPageLifecycle(): void {
    const win = this.document.defaultView;
    if (!win) return;
    this.zone.runOutsideAngular(() => {
      const onVisibility = () => {
        const hidden = this.document.visibilityState === 'hidden';
        for (const view of this.views) view.visibility(hidden);
        if (hidden && this.config.flushOnHidden) this.dispatcher.flushForUnload();
      };
      const onPageHide = (event: PageTransitionEvent) => {
        // persisted: the page goes into the back/forward cache and may come back, so the views stay open.
        for (const view of this.views) view.checkpoint(!event.persisted);
        this.dispatcher.flushForUnload();
      };
      this.document.addEventListener('visibilitychange', onVisibility);
      win.addEventListener('pagehide', onPageHide);
      this.removeListeners.push(
        () => this.document.removeEventListener('visibilitychange', onVisibility),
        () => win.removeEventListener('pagehide', onPageHide),
      );
    });
  }

  /** Coalesces stats updates into one emission per microtask, inside the zone when somebody subscribes. */
  private scheduleStats(): void {
    if (this.statsScheduled) return;
    this.statsScheduled = true;
    Promise.resolve().then(() => {
      this.statsScheduled = false;
      if (this.deliverySubject.closed) return;
      const stats = this.dispatcher.stats();
      if (this.deliverySubject.observed) this.zone.run(() => this.deliverySubject.next(stats));
      else this.deliverySubject.next(stats); // nobody watches: no change detection for it
    });
  }
}
