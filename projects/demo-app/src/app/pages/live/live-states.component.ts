import { ChangeDetectionStrategy, Component, Input, OnInit, inject } from '@angular/core';
import { Session } from 'panopto-ng';
import {
  PANOPTO_LIVE_BACKEND,
  PANOPTO_LIVE_OPTIONS,
  PanoptoLiveBackend,
  PanoptoLiveNowComponent,
  PanoptoLiveService,
} from 'panopto-ng/live';
import { NEVER, Observable, of, throwError } from 'rxjs';

/** Which state the gallery shows. */
export type LiveNowDemoState = 'loading' | 'empty' | 'error' | 'list';

/** Fixed answers for the state gallery, so each state shows without touching the emulator. */
class StateBackend implements PanoptoLiveBackend {
  state: LiveNowDemoState = 'loading';

  inProgressWebcasts(): Observable<Session[]> {
    const startedAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    switch (this.state) {
      case 'loading':
        return NEVER;
      case 'empty':
        return of([]);
      case 'error':
        return throwError(() => new Error('Panopto answered with HTTP 503 (Service Unavailable).'));
      default:
        return of([
          {
            Id: '6a1f0000-0000-4000-8000-000000000001',
            Name: 'CHEM110 Lab safety briefing, with a rather long title that wraps',
            Folder: '6a1f0000-0000-4000-8000-0000000000f1',
            StartTime: startedAgo(42),
          },
          {
            Id: '6a1f0000-0000-4000-8000-000000000002',
            Name: 'HIST201 Seminar',
            Folder: '6a1f0000-0000-4000-8000-0000000000f1',
            StartTime: startedAgo(3),
          },
        ]);
    }
  }
  searchRemoteRecorders(): Observable<never> {
    return NEVER;
  }
  createScheduledRecording(): Observable<never> {
    return NEVER;
  }
  getScheduledRecording(): Observable<never> {
    return NEVER;
  }
  updateScheduledRecording(): Observable<never> {
    return NEVER;
  }
  deleteScheduledRecording(): Observable<never> {
    return NEVER;
  }
}

/** One `<panopto-live-now>` in a fixed state, for the designers' gallery. */
@Component({
  selector: 'demo-live-now-state',
  standalone: true,
  imports: [PanoptoLiveNowComponent],
  providers: [
    StateBackend,
    { provide: PANOPTO_LIVE_BACKEND, useExisting: StateBackend },
    // Slow polling: the gallery shows states, it does not need fresh data.
    { provide: PANOPTO_LIVE_OPTIONS, useValue: { pollIntervalMs: 60_000, maxBackoffMs: 120_000 } },
    PanoptoLiveService,
  ],
  template: `<panopto-live-now [heading]="heading" [announce]="false"></panopto-live-now>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DemoLiveNowStateComponent implements OnInit {
  @Input() state: LiveNowDemoState = 'loading';
  @Input() heading = '';
  private readonly backend = inject(StateBackend);

  ngOnInit(): void {
    this.backend.state = this.state;
  }
}
