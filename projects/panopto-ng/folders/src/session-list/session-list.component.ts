import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf, isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  OnDestroy,
  Output,
  PLATFORM_ID,
  SimpleChanges,
  inject,
} from '@angular/core';
import { Subscription } from 'rxjs';
import { PANOPTO_CONFIG, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import { isGuid } from 'panopto-ng/core';
import { describeFolderError } from '../describe-error';
import { PanoptoFolderBackend } from '../folder-backend';
import { PANOPTO_FOLDERS_TEXTS } from '../i18n/folders-texts-set';
import { PanoptoSessionShape, PanoptoSortOrder, SessionListSortField } from '../panopto-models';
import { formatDuration, safeThumbnailUrl } from '../safe-thumbnail-url';

/** A session as the list shows it. */
export interface PanoptoSessionListItem {
  id: string;
  name: string;
  /** `h:mm:ss`, or null when Panopto gave no duration. */
  duration: string | null;
  /** ISO date-time of the recording (`StartTime`). */
  date: string | null;
  /** Validated thumbnail URL (only http(s) on the configured server), or null. */
  thumbnailUrl: string | null;
  /** The session as Panopto listed it. */
  session: PanoptoSessionShape;
}

type ListState = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * The sessions of one Panopto folder: thumbnail, name, duration and date, sortable by name or date, a page at
 * a time ("Show more"), with loading, empty and error states. Emits the session the user chooses.
 *
 * @example
 * ```html
 * <panopto-session-list [folderId]="folderId" sortField="CreatedDate" sortOrder="Desc"
 *   (sessionSelected)="sessionId = $event.id"></panopto-session-list>
 * ```
 */
@Component({
  selector: 'panopto-session-list',
  standalone: true,
  imports: [NgIf, NgFor],
  templateUrl: './session-list.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './session-list.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoSessionListComponent implements OnChanges, OnDestroy {
  /** The folder whose sessions are listed (a GUID). */
  @Input() folderId: string | null = null;
  /** Sort by `Name` or `CreatedDate`. */
  @Input() sortField: SessionListSortField = 'Name';
  /** `Asc` or `Desc`. */
  @Input() sortOrder: PanoptoSortOrder = 'Asc';
  /** Visible heading text (also the list's accessible name); the texts set's `sessionsHeading` when not bound. */
  @Input() heading: string | null = null;
  /** The session the user chose (click or Enter). */
  @Output() readonly sessionSelected = new EventEmitter<PanoptoSessionListItem>();
  /** Sort changes made by the user. */
  @Output() readonly sortChange = new EventEmitter<{ sortField: SessionListSortField; sortOrder: PanoptoSortOrder }>();

  /** The list's texts in the current language (`PANOPTO_FOLDERS_TEXTS`, its translations and overrides). */
  readonly texts = injectPanoptoTexts(PANOPTO_FOLDERS_TEXTS);
  private readonly language = inject(PanoptoLanguage);
  private readonly backend = inject(PanoptoFolderBackend);
  private readonly serverUrl = inject(PANOPTO_CONFIG).serverUrl;
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private request?: Subscription;
  private nextPage = 0;

  items: PanoptoSessionListItem[] = [];
  state: ListState = 'idle';
  /** True when Panopto has no further page. */
  complete = false;
  error: string | null = null;
  selectedId: string | null = null;
  readonly failedThumbnails = new Set<string>();

  ngOnChanges(changes: SimpleChanges): void {
    if (changes['folderId'] || changes['sortField'] || changes['sortOrder']) this.reload();
  }

  ngOnDestroy(): void {
    this.request?.unsubscribe();
  }

  /** Starts again from the first page. */
  reload(): void {
    this.request?.unsubscribe();
    this.items = [];
    this.nextPage = 0;
    this.complete = false;
    this.error = null;
    this.state = 'idle';
    if (!this.folderId) {
      this.cdr.markForCheck();
      return;
    }
    if (!isGuid(this.folderId)) {
      this.state = 'error';
      this.error = this.texts.invalidFolderId(this.folderId);
      this.cdr.markForCheck();
      return;
    }
    this.loadMore();
  }

  /** Loads the next page. */
  loadMore(): void {
    if (!this.folderId || this.state === 'loading' || this.complete) return;
    const folderId = this.folderId;
    const page = this.nextPage;
    this.state = 'loading';
    this.error = null;
    this.cdr.markForCheck();
    this.request = this.backend
      .sessionsPage(folderId, { sortField: this.sortField, sortOrder: this.sortOrder, pageNumber: page })
      .subscribe({
        next: (sessions) => {
          const fresh = sessions.filter((s) => s && typeof s.Id === 'string' && !this.items.some((i) => i.id === s.Id));
          this.items = [...this.items, ...fresh.map((s) => this.toItem(s))];
          this.nextPage = page + 1;
          // Panopto returns no total; an empty page (or a short one after the first) means the end.
          const firstPageSize = page === 0 ? sessions.length : null;
          if (sessions.length === 0 || (firstPageSize === null && sessions.length < this.pageSize))
            this.complete = true;
          if (page === 0) this.pageSize = sessions.length;
          this.state = 'loaded';
          this.announce(this.texts.announceSessions(this.items.length));
          this.cdr.markForCheck();
        },
        error: (error) => {
          this.state = 'error';
          this.error = describeFolderError(error, this.texts);
          this.announce(this.texts.sessionsFailed(this.error), 'assertive');
          this.cdr.markForCheck();
        },
      });
  }
  private pageSize = 0;

  setSort(field: SessionListSortField): void {
    const order: PanoptoSortOrder =
      this.sortField === field && this.sortOrder === 'Asc'
        ? 'Desc'
        : field === 'CreatedDate' && this.sortField !== field
        ? 'Desc'
        : 'Asc';
    this.sortField = field;
    this.sortOrder = order;
    this.sortChange.emit({ sortField: field, sortOrder: order });
    this.reload();
  }

  choose(item: PanoptoSessionListItem): void {
    this.selectedId = item.id;
    this.sessionSelected.emit(item);
  }

  onThumbnailError(item: PanoptoSessionListItem): void {
    this.failedThumbnails.add(item.id);
    this.cdr.markForCheck();
  }

  trackItem = (_: number, item: PanoptoSessionListItem) => item.id;

  /** The name sort button's text (with the order's arrow when it is the current sort). */
  get nameSortText(): string {
    return this.sortText('Name', this.texts.sortByName);
  }

  /** The date sort button's text. */
  get dateSortText(): string {
    return this.sortText('CreatedDate', this.texts.sortByDate);
  }

  /** The recording's date in the current language. */
  dateText(date: string): string {
    return this.language.format.date(date);
  }

  private sortText(field: SessionListSortField, name: string): string {
    return this.sortField === field ? this.texts.sorted(name, this.sortOrder === 'Asc') : name;
  }

  private toItem(session: PanoptoSessionShape): PanoptoSessionListItem {
    return {
      id: session.Id,
      name: session.Name || this.texts.untitledSession,
      duration: formatDuration(session.Duration),
      date: session.StartTime ?? null,
      thumbnailUrl: safeThumbnailUrl(this.serverUrl, session.Id, session.Urls?.ThumbnailUrl),
      session,
    };
  }

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    if (this.isBrowser) void this.announcer.announce(message, politeness);
  }
}
