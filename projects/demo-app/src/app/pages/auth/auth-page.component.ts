import { AsyncPipe, DatePipe, NgFor, NgIf } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, NgZone, OnDestroy, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { PANOPTO_CONFIG, PanoptoEvents } from 'panopto-ng';
import { PANOPTO_AUTH_CONFIG, PanoptoAuthMode, PanoptoAuthService } from 'panopto-ng/auth';
import { BehaviorSubject, Subject, firstValueFrom, merge, map, takeUntil } from 'rxjs';
import { demoAuthMode, rememberDemoAuthMode } from '../../auth/demo-auth-settings';
import { demoClock } from '../../auth/demo-clock';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

interface LogLine {
  time: number;
  text: string;
}

interface StormResult {
  refreshes: number;
  succeeded: number;
  failed: number;
  ms: number;
}

const STORM_SIZE = 20;

/** The Sign-in page: both modes explained, live session state and events, and the 20-call refresh storm. */
@Component({
  selector: 'demo-auth-page',
  standalone: true,
  imports: [NgIf, NgFor, AsyncPipe, DatePipe, FormsModule],
  templateUrl: './auth-page.component.html',
  styleUrls: ['./auth-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthPageComponent implements OnDestroy {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  readonly authConfig = inject(PANOPTO_AUTH_CONFIG);
  private readonly panopto = inject(PANOPTO_CONFIG);
  private readonly http = inject(HttpClient);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly clock = demoClock(inject(NgZone));
  private readonly destroy$ = new Subject<void>();

  readonly activeMode = demoAuthMode();
  selectedMode: PanoptoAuthMode = this.activeMode;
  readonly log: LogLine[] = [];
  storm: StormResult | null = null;
  stormRunning = false;
  stormReady = false;
  stormError = '';
  shortTokens = false;

  /** Nudged when page-local state (the clock's sleep) changes, so the session card re-reads it. */
  private readonly changed$ = new BehaviorSubject<void>(undefined);
  readonly vm$ = merge(this.auth.status$, this.auth.user$, this.auth.expiresAt$, this.changed$).pipe(
    map(() => ({ ...this.auth.snapshot, sleeping: this.clock.sleeping })),
  );

  constructor() {
    this.auth.events$.pipe(takeUntil(this.destroy$)).subscribe((e) => {
      const detail =
        e.type === 'tokenRefreshed'
          ? ` (${e.reason}; new token until ${new Date(e.expiresAt).toLocaleTimeString()})`
          : e.type === 'refreshFailed'
          ? ` (attempt ${e.attempt}, ${e.willRetry ? 'will retry' : 'giving up'}: ${e.error.code})`
          : e.type === 'sessionExpired'
          ? ` (${e.error.code})`
          : e.type === 'login'
          ? ` (${e.user.name ?? e.user.sub})`
          : '';
      this.addLog(`auth: ${e.type}${detail}`);
    });
    // The same refreshes as seen by the REST core's monitoring stream.
    inject(PanoptoEvents)
      .events$.pipe(takeUntil(this.destroy$))
      .subscribe((e) => {
        if (e.type === 'auth-refresh') {
          this.addLog(
            `PanoptoEvents: auth-refresh ${e.outcome}${e.durationMs !== undefined ? ` in ${e.durationMs} ms` : ''}`,
          );
        } else if (e.type === 'auth-signed-out') {
          this.addLog(`PanoptoEvents: auth-signed-out (${e.reason})`);
        }
      });
  }

  applyMode(): void {
    rememberDemoAuthMode(this.selectedMode);
    location.reload();
  }

  signIn(): void {
    void this.signInFlow.start('/auth');
  }

  /**
   * Step 1: asks the emulator for a 3-second access token, then "puts the laptop to sleep" (the app's timers are
   * suspended) and waits until that token has really expired — at the emulator too.
   */
  async prepareStorm(): Promise<void> {
    this.stormRunning = true;
    this.stormError = '';
    this.storm = null;
    this.cdr.markForCheck();
    try {
      await this.setTokenLifetime(3);
      await this.auth.refresh();
      await this.setTokenLifetime(3600);
      this.shortTokens = false;
      this.clock.sleep();
      const expiresAt = this.auth.snapshot.expiresAt ?? Date.now();
      this.addLog(`sleep: timers suspended; the 3-second token expires at ${new Date(expiresAt).toLocaleTimeString()}`);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 300));
      this.stormReady = true;
      this.addLog('sleep: the access token has expired; the refresh timer never fired');
      this.announcer.announce('The access token has expired. Fire the 20 calls.');
    } catch (e) {
      this.stormError = e instanceof Error ? e.message : String(e);
      this.clock.wake();
    } finally {
      this.stormRunning = false;
      this.cdr.markForCheck();
    }
  }

  /** Step 2: 20 API calls at once with the expired token. The library must refresh exactly once. */
  async fireStorm(): Promise<void> {
    this.stormRunning = true;
    this.cdr.markForCheck();
    try {
      const before = await this.refreshCount();
      const started = performance.now();
      const url = `${this.panopto.apiBaseUrl}/folders/search?searchQuery=a`;
      const outcomes = await Promise.allSettled(
        Array.from({ length: STORM_SIZE }, () => firstValueFrom(this.http.get(url))),
      );
      const ms = Math.round(performance.now() - started);
      const after = await this.refreshCount();
      this.storm = {
        refreshes: after - before,
        succeeded: outcomes.filter((o) => o.status === 'fulfilled').length,
        failed: outcomes.filter((o) => o.status === 'rejected').length,
        ms,
      };
      this.addLog(
        `storm: ${this.storm.succeeded}/${STORM_SIZE} calls succeeded, ${this.storm.refreshes} refresh at the emulator`,
      );
      this.announcer.announce(
        `Storm done: ${this.storm.succeeded} of ${STORM_SIZE} calls succeeded with ${this.storm.refreshes} token refresh.`,
      );
    } catch (e) {
      this.stormError = e instanceof Error ? e.message : String(e);
    } finally {
      this.stormReady = false;
      this.clock.wake();
      this.changed$.next();
      this.stormRunning = false;
      this.cdr.markForCheck();
    }
  }

  /** Asks the emulator for 10-second access tokens, so refreshes show up in the log every few seconds. */
  async toggleShortTokens(): Promise<void> {
    const ttl = this.shortTokens ? 3600 : 10;
    await this.setTokenLifetime(ttl);
    this.shortTokens = !this.shortTokens;
    this.addLog(`emulator: access tokens now live ${ttl} s (from the next refresh)`);
    if (this.auth.snapshot.status === 'authenticated') await this.auth.refresh().catch(() => undefined);
    this.cdr.markForCheck();
  }

  private async setTokenLifetime(seconds: number): Promise<void> {
    await firstValueFrom(
      this.http.post(`${this.panopto.serverUrl}/__emulator/faults`, { accessTokenTtlSeconds: seconds }),
    );
  }

  private async refreshCount(): Promise<number> {
    const metrics = await firstValueFrom(
      this.http.get<{ tokenRequests: Record<string, number> }>(`${this.panopto.serverUrl}/__emulator/metrics`),
    );
    return metrics.tokenRequests['token.refresh_token'] ?? 0;
  }

  private addLog(text: string): void {
    this.log.unshift({ time: Date.now(), text });
    if (this.log.length > 60) this.log.pop();
    this.changed$.next();
    this.cdr.markForCheck();
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.destroy$.complete();
  }
}
