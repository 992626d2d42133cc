import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf, isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  OnDestroy,
  OnInit,
  Output,
  PLATFORM_ID,
  inject,
} from '@angular/core';
import { Subscription } from 'rxjs';
import { PANOPTO_CONFIG, PanoptoApi } from 'panopto-ng';
import { PanoptoError, Session } from 'panopto-ng/core';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { describeFolderError } from '../describe-error';
import { formatDuration, safeThumbnailUrl } from '../safe-thumbnail-url';

/** One recently watched session as the list shows it. */
export interface PanoptoContinueWatchingItem {
  id: string;
  name: string;
  /** 0–100, watched by the signed-in user. */
  percent: number;
  /** Seconds: where the user stopped (`MostRecentViewPosition`). */
  position: number;
  /** `h:mm:ss` of `position`. */
  positionLabel: string;
  duration: string | null;
  thumbnailUrl: string | null;
  session: Session;
}

type ListState = 'loading' | 'loaded' | 'signed-out' | 'error';

/**
 * "Continue watching": the signed-in user's recently viewed, unfinished sessions
 * (`GET /users/me/sessions/viewed`) with how far they got, each resumed from its last position in a
 * `<panopto-player>` below the list.
 *
 * @example
 * ```html
 * <panopto-continue-watching [limit]="6" (resumed)="log($event)"></panopto-continue-watching>
 * ```
 */
@Component({
  selector: 'panopto-continue-watching',
  standalone: true,
  imports: [NgIf, NgFor, PanoptoPlayerComponent],
  templateUrl: './continue-watching.component.html',
  styleUrls: [
    '../../../shared-styles/visually-hidden.css',
    '../session-details/recording-controls.css',
    './continue-watching.component.scss',
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoContinueWatchingComponent implements OnInit, OnDestroy {
  /** How many sessions to offer (one page of Panopto's, at most 50). */
  @Input() limit = 8;
  /** Visible heading. */
  @Input() heading = 'Continue watching';
  /** Show finished sessions too. */
  @Input() includeCompleted = false;
  /** The user chose a session to resume. */
  @Output() readonly resumed = new EventEmitter<PanoptoContinueWatchingItem>();

  private readonly api = inject(PanoptoApi);
  private readonly serverUrl = inject(PANOPTO_CONFIG).serverUrl;
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private request?: Subscription;

  state: ListState = 'loading';
  items: PanoptoContinueWatchingItem[] = [];
  error = '';
  playing: PanoptoContinueWatchingItem | null = null;
  readonly headingId = `pcw-${Math.random().toString(36).slice(2, 9)}`;

  ngOnInit(): void {
    this.reload();
  }

  ngOnDestroy(): void {
    this.request?.unsubscribe();
  }

  reload(): void {
    this.request?.unsubscribe();
    this.state = 'loading';
    this.error = '';
    this.cdr.markForCheck();
    // Relevance keeps Panopto's own order for this list: most recently viewed first.
    this.request = this.api.users
      .viewedSessions({ includeCompleted: this.includeCompleted, sortField: 'Relevance' })
      .subscribe({
        next: (page) => {
          this.items = page.Results.slice(0, Math.max(1, this.limit)).map((s) => this.toItem(s));
          this.state = 'loaded';
          this.announce(this.items.length ? `${this.items.length} recordings to continue.` : 'Nothing to continue yet.');
          this.cdr.markForCheck();
        },
        error: (error: unknown) => {
          const code = error instanceof PanoptoError ? error.code : '';
          this.state = code === 'unauthenticated' ? 'signed-out' : 'error';
          this.error = describeFolderError(error);
          this.announce(this.state === 'signed-out' ? 'Sign in to see what you were watching.' : this.error, 'assertive');
          this.cdr.markForCheck();
        },
      });
  }

  resume(item: PanoptoContinueWatchingItem): void {
    this.playing = item;
    this.resumed.emit(item);
    this.announce(`Playing ${item.name} from ${item.positionLabel}.`);
    this.cdr.markForCheck();
  }

  trackItem = (_: number, item: PanoptoContinueWatchingItem) => item.id;

  private toItem(s: Session): PanoptoContinueWatchingItem {
    const position = Math.max(0, Math.floor(s.MostRecentViewPosition ?? 0));
    return {
      id: s.Id,
      name: s.Name || 'Untitled session',
      percent: Math.max(0, Math.min(100, Math.round(s.PercentCompleted ?? 0))),
      position,
      positionLabel: formatDuration(position) ?? '0:00',
      duration: formatDuration(s.Duration),
      thumbnailUrl: safeThumbnailUrl(this.serverUrl, s.Id, s.Urls?.ThumbnailUrl),
      session: s,
    };
  }

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    if (this.isBrowser) void this.announcer.announce(message, politeness);
  }
}
