import { AsyncPipe, DatePipe, NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  NgZone,
  OnDestroy,
  OnInit,
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK, ScheduledRecording, Session } from 'panopto-ng';
import { PanoptoAuthService } from 'panopto-ng/auth';
import {
  LivePlayerPhase,
  PANOPTO_LIVE_OPTIONS,
  PanoptoLiveNowComponent,
  PanoptoLivePlayerComponent,
  PanoptoLiveService,
  PanoptoScheduleBroadcastComponent,
  validatePanoptoLiveConfig,
} from 'panopto-ng/live';
import { EmulatorClock } from './emulator-clock';
import { DemoLiveNowStateComponent } from './live-states.component';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

/** What the live player shows: a broadcast just scheduled, or a webcast picked from the list. */
interface Watched {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
}

@Component({
  selector: 'demo-live-page',
  standalone: true,
  imports: [
    NgIf,
    NgFor,
    AsyncPipe,
    DatePipe,
    PanoptoLiveNowComponent,
    PanoptoScheduleBroadcastComponent,
    PanoptoLivePlayerComponent,
    DemoLiveNowStateComponent,
  ],
  providers: [
    // This page runs on the emulator's (speedable) time, with its own live service reading that clock.
    { provide: EmulatorClock, useFactory: (zone: NgZone) => new EmulatorClock(zone), deps: [NgZone] },
    { provide: PANOPTO_CLOCK, useExisting: EmulatorClock },
    { provide: PANOPTO_LIVE_OPTIONS, useValue: validatePanoptoLiveConfig({ pollIntervalMs: 5000, maxBackoffMs: 60_000 }) },
    PanoptoLiveService,
  ],
  templateUrl: './live-page.component.html',
  styleUrls: ['./live-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LivePageComponent implements OnInit, OnDestroy {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  readonly clock = inject(EmulatorClock);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);

  readonly speeds = [1, 10, 60];
  watched: Watched | null = null;
  phases: { at: number; phase: LivePlayerPhase }[] = [];
  clockError = '';
  /** The form's default times come from the clock, so it waits for the first sync with the emulator. */
  clockReady = false;
  emulatorNow = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;

  ngOnInit(): void {
    void this.clock.sync().then(
      () => {
        this.clockReady = true;
        this.refreshNow();
      },
      (e: Error) => {
        this.clockReady = true; // a real tenant has no emulator clock: fall back to real time
        this.showClockError(e);
      },
    );
    // The emulator-time readout ticks outside the zone and refreshes only this page's view.
    this.ticker = this.zone.runOutsideAngular(() => setInterval(() => this.refreshNow(), 1000));
  }

  ngOnDestroy(): void {
    if (this.ticker) clearInterval(this.ticker);
  }

  signIn(): void {
    void this.signInFlow.start('/live');
  }

  async setSpeed(speed: number): Promise<void> {
    await this.clock.setSpeed(speed).catch((e: Error) => this.showClockError(e));
    this.refreshNow();
  }

  async jump(ms: number): Promise<void> {
    await this.clock.advance(ms).catch((e: Error) => this.showClockError(e));
    this.refreshNow();
  }

  onScheduled(rec: ScheduledRecording): void {
    this.watch({ id: rec.Id, name: rec.Name ?? 'Broadcast', start: rec.StartTime ?? null, end: rec.EndTime ?? null });
  }

  onWatch(session: Session): void {
    this.watch({ id: session.Id, name: session.Name, start: session.StartTime ?? null, end: null });
  }

  onPhase(phase: LivePlayerPhase): void {
    this.phases = [{ at: this.clock.now(), phase }, ...this.phases].slice(0, 8);
    this.cdr.markForCheck();
  }

  private watch(target: Watched): void {
    this.watched = target;
    this.phases = [];
    this.cdr.markForCheck();
  }

  private refreshNow(): void {
    this.emulatorNow = this.clock.now();
    this.cdr.detectChanges();
  }

  private showClockError(e: Error): void {
    this.clockError = `${e.message} Speeding up time needs the local emulator.`;
    this.cdr.markForCheck();
  }
}
