import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DatePipe, DecimalPipe, NgFor, NgIf, NgSwitch, NgSwitchCase } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnDestroy, OnInit, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  Folder,
  PANOPTO_CLOCK,
  PANOPTO_CONFIG,
  PanoptoApi,
  PanoptoEvent,
  PanoptoEvents,
  ROOT_FOLDER_ID,
  Session,
  describePanoptoEvent,
} from 'panopto-ng';
import { Observable, Subject, Subscription, map, takeUntil } from 'rxjs';
import { BurstCall, newBurst } from './burst';
import { RestResultView, toErrorView } from './rest-call-view';

/** One line of the event log. */
interface LogLine {
  id: number;
  time: number;
  type: PanoptoEvent['type'];
  level: string;
  text: string;
}

const LOG_LIMIT = 200;

/**
 * The REST core against the emulator: list folders, search sessions, provoke a 404, and fire a burst of 12
 * calls at one endpoint to watch the client-side rate limiter; every `PanoptoEvents` event goes to a live log.
 */
@Component({
  selector: 'demo-rest-page',
  standalone: true,
  imports: [NgIf, NgFor, NgSwitch, NgSwitchCase, FormsModule, DatePipe, DecimalPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rest-page.component.html',
  styleUrls: ['./rest-page.component.scss'],
})
export class RestPageComponent implements OnInit, OnDestroy {
  readonly config = inject(PANOPTO_CONFIG);
  private readonly api = inject(PanoptoApi);
  private readonly events = inject(PanoptoEvents);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly destroy$ = new Subject<void>();

  view: RestResultView = { kind: 'idle' };
  query = 'lecture';
  log: LogLine[] = [];
  burst: BurstCall[] = [];
  burstStartedAt = 0;
  private nextLogId = 0;
  private call: Subscription | null = null;
  private burstCalls = new Subscription();

  get busy(): boolean {
    return this.view.kind === 'loading';
  }

  get burstRunning(): boolean {
    return this.burst.some((c) => c.state === 'queued' || c.state === 'sent');
  }

  get burstSummary(): string {
    const count = (state: BurstCall['state']) => this.burst.filter((c) => c.state === state).length;
    return `${count('done')} done, ${count('sent')} in flight, ${count('queued')} waiting for the limiter${
      count('failed') ? `, ${count('failed')} failed` : ''
    }`;
  }

  ngOnInit(): void {
    this.events.events$.pipe(takeUntil(this.destroy$)).subscribe((event) => this.onEvent(event));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
    this.call?.unsubscribe();
    this.burstCalls.unsubscribe();
  }

  listRootFolders(): void {
    this.run(
      'Top-level folders',
      this.api.folders.children(ROOT_FOLDER_ID, { sortField: 'Name' }).pipe(map((page) => page.Results)),
      (items: Folder[]) => ({ kind: 'folders', label: 'Top-level folders', items }),
      'There are no top-level folders the signed-in user can see.',
    );
  }

  searchSessions(): void {
    const query = this.query.trim();
    if (!query) {
      this.view = { kind: 'empty', label: 'Session search', message: 'Type something to search for first.' };
      return;
    }
    const label = `Sessions matching “${query}”`;
    this.run(
      label,
      this.api.sessions.search(query, { sortField: 'Relevance' }).pipe(map((page) => page.Results)),
      (items: Session[]) => ({ kind: 'sessions', label, items }),
      `No session matches “${query}”.`,
    );
  }

  getMissingFolder(): void {
    // A well-formed id that no folder has: the emulator answers 404, which arrives as a PanoptoApiError.
    const label = 'A folder that does not exist';
    this.run(
      label,
      this.api.folders.get('0f0f0f0f-0000-4000-8000-000000000404').pipe(map((folder) => [folder])),
      (items: Folder[]) => ({ kind: 'folders', label, items }),
      '',
    );
  }

  cancel(): void {
    if (this.call) {
      this.call.unsubscribe();
      this.call = null;
      this.view = { kind: 'empty', label: 'Cancelled', message: 'The call was cancelled; its request was aborted.' };
    }
    this.burstCalls.unsubscribe();
    this.burstCalls = new Subscription();
    this.burst = this.burst.map((c) => (c.state === 'queued' || c.state === 'sent' ? { ...c, state: 'cancelled' } : c));
    this.cdr.markForCheck();
  }

  /** 12 calls at once to `GET /folders/{id}/children`; the limiter lets 5 per second through, interactive first. */
  fireBurst(): void {
    this.burstCalls.unsubscribe();
    this.burstCalls = new Subscription();
    this.burst = newBurst();
    this.burstStartedAt = this.clock.now();
    for (const call of this.burst) {
      const sub = this.api.folders
        .children(ROOT_FOLDER_ID, { pageNumber: call.index, priority: call.priority })
        .subscribe({
          next: () => this.updateBurst(call.index, { state: 'done' }),
          error: () => this.updateBurst(call.index, { state: 'failed' }),
        });
      this.burstCalls.add(sub);
    }
    void this.announcer.announce('Fired 12 calls; the rate limiter lets 5 per second through.', 'polite');
  }

  clearLog(): void {
    this.log = [];
  }

  /** `Duration` is in seconds: 754.2 → "12:34", 3723 → "1:02:03". */
  formatDuration(seconds: number): string {
    const total = Math.round(seconds);
    const pad = (n: number) => String(n).padStart(2, '0');
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  }

  trackLine(_index: number, line: LogLine): number {
    return line.id;
  }

  trackById(_index: number, item: { Id: string }): string {
    return item.Id;
  }

  trackBurst(_index: number, call: BurstCall): number {
    return call.index;
  }

  private run<T>(label: string, source: Observable<T[]>, show: (items: T[]) => RestResultView, emptyMessage: string) {
    this.call?.unsubscribe();
    this.view = { kind: 'loading', label };
    this.call = source.subscribe({
      next: (items) => {
        this.view = items.length ? show(items) : { kind: 'empty', label, message: emptyMessage };
        void this.announcer.announce(items.length ? `${label}: ${items.length} loaded.` : emptyMessage, 'polite');
        this.cdr.markForCheck();
      },
      error: (error: unknown) => {
        const view = toErrorView(error);
        this.view = { kind: 'error', label, error: view };
        void this.announcer.announce(`${label} failed: ${view.type}.`, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  private onEvent(event: PanoptoEvent): void {
    const { level, message } = describePanoptoEvent(event);
    this.log = [{ id: this.nextLogId++, time: event.time, type: event.type, level, text: message }, ...this.log].slice(
      0,
      LOG_LIMIT,
    );
    if (event.type === 'request-start' && event.endpoint === 'GET /folders/{id}/children') {
      const index = this.burstIndexOf(event.url);
      if (index !== null && this.burst[index]?.state === 'queued') {
        this.updateBurst(index, { state: 'sent', sentAfterMs: event.time - this.burstStartedAt });
      }
    }
    this.cdr.markForCheck();
  }

  private burstIndexOf(url: string): number | null {
    const match = /[?&]pageNumber=(\d+)/.exec(url);
    return match ? Number(match[1]) : null;
  }

  private updateBurst(index: number, changes: Partial<BurstCall>): void {
    this.burst = this.burst.map((c) => (c.index === index ? { ...c, ...changes } : c));
    if (!this.burstRunning && this.burst.length) {
      void this.announcer.announce(`Burst finished: ${this.burstSummary}.`, 'polite');
    }
    this.cdr.markForCheck();
  }
}
