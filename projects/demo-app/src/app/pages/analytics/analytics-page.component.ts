import { AsyncPipe, DecimalPipe, NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnDestroy, ViewChild, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PanoptoApiError } from 'panopto-ng';
import {
  EngagementSummary,
  EngagementTrackingHandle,
  PANOPTO_ANALYTICS_CONFIG,
  PanoptoAnalyticsService,
  PanoptoCompletionSummaryComponent,
  PanoptoEngagementHeatmapComponent,
  PanoptoViewerRow,
  PanoptoViewerTableComponent,
  WatchedInterval,
  formatSeconds,
  mergeViewerStats,
  panoptoConsoleSink,
  validatePanoptoAnalyticsConfig,
} from 'panopto-ng/analytics';
import { PanoptoAuthService } from 'panopto-ng/auth';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { Observable, Subscription, of } from 'rxjs';
import { DEMO_SESSIONS } from '../player/demo-sessions';
import { DemoLogSink } from './demo-log-sink';
import { SAMPLE_SEGMENTS, SAMPLE_VIEWERS } from './sample-data';

/**
 * Viewer engagement: play a session and watch the heatmap and numbers follow; the batches that would go to a
 * backend appear in a log once consent is given; Panopto's own viewer statistics (signed in) merged with the
 * local tracking; and every component state for the designers.
 */
@Component({
  selector: 'demo-analytics-page',
  standalone: true,
  imports: [
    AsyncPipe,
    DecimalPipe,
    FormsModule,
    NgFor,
    NgIf,
    PanoptoPlayerComponent,
    PanoptoEngagementHeatmapComponent,
    PanoptoViewerTableComponent,
    PanoptoCompletionSummaryComponent,
  ],
  // The page gets its own analytics instance, configured with its log sink (apps use providePanoptoAnalytics()).
  providers: [
    DemoLogSink,
    {
      provide: PANOPTO_ANALYTICS_CONFIG,
      useFactory: (log: DemoLogSink) =>
        validatePanoptoAnalyticsConfig({
          sinks: [log, panoptoConsoleSink()],
          batchSize: 10,
          flushIntervalMs: 5000,
          maxAttempts: 4,
          retryInitialDelayMs: 1000,
        }),
      deps: [DemoLogSink],
    },
    PanoptoAnalyticsService,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './analytics-page.component.html',
  styleUrls: ['./analytics-page.component.scss'],
})
export class AnalyticsPageComponent implements OnDestroy {
  @ViewChild(PanoptoPlayerComponent) player?: PanoptoPlayerComponent;

  readonly analytics = inject(PanoptoAnalyticsService);
  readonly log = inject(DemoLogSink);
  readonly auth = inject(PanoptoAuthService);
  readonly sessions = DEMO_SESSIONS;
  readonly format = formatSeconds;
  readonly sampleSegments = SAMPLE_SEGMENTS;
  readonly sampleViewers = SAMPLE_VIEWERS;
  readonly sampleCompletions = SAMPLE_VIEWERS.map((v) => v.percentCompleted);
  readonly noSegments: WatchedInterval[] = [];
  readonly noViewers: PanoptoViewerRow[] = [];

  sessionId = DEMO_SESSIONS[0].id;
  consent = false;
  summary$: Observable<EngagementSummary | null> = of(null);
  viewers: PanoptoViewerRow[] = [];
  viewersLoading = false;
  viewersError: string | null = null;
  viewersLoaded = false;

  private handle: EngagementTrackingHandle | null = null;
  private viewersSubscription: Subscription | null = null;
  private readonly cdr = inject(ChangeDetectorRef);

  /** A new video is loaded: follow it (one view per loaded video). */
  onReady(): void {
    if (!this.player) return;
    this.handle?.stop();
    const duration = this.player.getDuration();
    this.handle = this.analytics.track(this.player, {
      sessionId: this.sessionId,
      ...(duration > 0 ? { durationSeconds: duration } : {}),
    });
    this.summary$ = this.handle.summary$;
    this.cdr.markForCheck();
  }

  onSessionChange(): void {
    this.handle?.stop();
    this.handle = null;
    this.summary$ = of(null);
    this.viewers = [];
    this.viewersLoaded = false;
    this.viewersError = null;
  }

  setConsent(granted: boolean): void {
    this.consent = granted;
    this.analytics.setConsent(granted);
  }

  toggleFailingSink(failing: boolean): void {
    this.log.failing = failing;
  }

  /** Panopto's `/sessions/{id}/viewers`, merged with this page's tracking of the signed-in viewer. */
  loadViewers(): void {
    this.viewersSubscription?.unsubscribe();
    this.viewersLoading = true;
    this.viewersError = null;
    const user = this.auth.snapshot.user;
    this.viewersSubscription = this.analytics.sessionViewers(this.sessionId).subscribe({
      next: (stats) => {
        this.viewers = mergeViewerStats(
          stats,
          this.handle
            ? {
                summary: this.handle.summary,
                user: { Id: user?.sub, Username: user?.preferredUsername },
              }
            : null,
        );
        this.viewersLoading = false;
        this.viewersLoaded = true;
        this.cdr.markForCheck();
      },
      error: (e: unknown) => {
        this.viewersLoading = false;
        this.viewersError =
          e instanceof PanoptoApiError && (e.status === 403 || e.status === 401)
            ? 'Only the session’s creators can see its viewers. Sign in as instructor/instructor.'
            : `Panopto’s viewer statistics could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
        this.cdr.markForCheck();
      },
    });
  }

  completions(rows: PanoptoViewerRow[]): number[] {
    return rows.map((r) => r.percentCompleted);
  }

  trackBatch(_: number, entry: { batch: { batchId: string } }): string {
    return entry.batch.batchId;
  }

  ngOnDestroy(): void {
    this.handle?.stop();
    this.viewersSubscription?.unsubscribe();
  }
}
