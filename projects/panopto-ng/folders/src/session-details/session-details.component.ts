import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf, isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  EventEmitter,
  Input,
  OnChanges,
  OnDestroy,
  Output,
  PLATFORM_ID,
  ViewChild,
  inject,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Observable, Subscription, catchError, forkJoin, map, of, switchMap, toArray } from 'rxjs';
import { PanoptoApi } from 'panopto-ng';
import {
  AccessLevel,
  AccessSettings,
  BasicFolder,
  BuiltInRoleType,
  Permission,
  PanoptoError,
  Session,
  SessionCopyResponse,
  isGuid,
} from 'panopto-ng/core';
import { PanoptoFolderPickerComponent } from './folder-picker.component';
import { OptimisticEdit, OptimisticEdits } from './optimistic-edits';
import { PanoptoPrincipalPickerComponent, PickedPrincipal } from './principal-picker.component';
import { ACCESS_LEVEL_CHOICES, COPY_TYPE_CHOICES, accessLevelLabel, describeRecordingError } from './recording-texts';

/** What the details panel shows of a session. */
export interface PanoptoSessionDetailsState {
  session: Session;
  access: AccessSettings | null;
  /** `null` when the user may not see them (not a creator of the folder). */
  viewers: Permission[] | null;
  tags: string[];
}

/** A copy the user made, with where it went. */
export interface PanoptoSessionCopied extends SessionCopyResponse {
  folder: BasicFolder;
  copyType: 'Reference' | 'Full';
}

type PanelState = 'idle' | 'loading' | 'loaded' | 'forbidden' | 'not-found' | 'error';

/**
 * Everything about one recording a teacher manages: name and description, its folder (move), who may watch (the
 * access level, shown as inherited when it comes from the folder, and viewers by user or group), tags with
 * suggestions, a copy to another folder, and delete. Only what the signed-in user may change is offered. Edits
 * show at once, are sent one at a time and are undone, with Panopto's reason, when refused.
 *
 * @example
 * ```html
 * <panopto-session-list [folderId]="folderId" (sessionSelected)="sessionId = $event.id"></panopto-session-list>
 * <panopto-session-details [sessionId]="sessionId" (deleted)="sessionId = null"></panopto-session-details>
 * ```
 */
@Component({
  selector: 'panopto-session-details',
  standalone: true,
  imports: [NgIf, NgFor, FormsModule, PanoptoFolderPickerComponent, PanoptoPrincipalPickerComponent],
  templateUrl: './session-details.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './recording-controls.css', './session-details.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoSessionDetailsComponent implements OnChanges, OnDestroy {
  /** The session (a GUID). */
  @Input() sessionId: string | null = null;
  /** The session was deleted (its id). */
  @Output() readonly deleted = new EventEmitter<string>();
  /** A copy was made. */
  @Output() readonly copied = new EventEmitter<PanoptoSessionCopied>();
  /** The session changed (rename, move), as Panopto confirmed it. */
  @Output() readonly sessionChange = new EventEmitter<Session>();

  @ViewChild('confirmDelete') private confirmDeleteButton?: ElementRef<HTMLButtonElement>;

  private readonly api = inject(PanoptoApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private load?: Subscription;
  private edits?: OptimisticEdits<PanoptoSessionDetailsState>;
  private readonly principalNames = new Map<string, string>();

  readonly levels = ACCESS_LEVEL_CHOICES;
  readonly copyTypes = COPY_TYPE_CHOICES;
  state: PanelState = 'idle';
  view: PanoptoSessionDetailsState | null = null;
  /** True when the user may change the session (Panopto gives creators an editor link). */
  canEdit = false;
  error = '';
  notice = '';
  nameDraft = '';
  descriptionDraft = '';
  tagDraft = '';
  tagSuggestions: string[] = [];
  moveTarget: BasicFolder | null = null;
  copyTarget: BasicFolder | null = null;
  copyType: 'Reference' | 'Full' = 'Reference';
  copyName = '';
  copying = false;
  confirmingDelete = false;

  ngOnChanges(): void {
    this.reload();
  }

  ngOnDestroy(): void {
    this.load?.unsubscribe();
    this.edits?.dispose();
  }

  /** Loads the session again (after an error, or to see others' changes). */
  reload(): void {
    this.load?.unsubscribe();
    this.edits?.dispose();
    this.edits = undefined;
    this.view = null;
    this.error = '';
    this.notice = '';
    this.confirmingDelete = false;
    const id = this.sessionId;
    if (!id) {
      this.state = 'idle';
      this.cdr.markForCheck();
      return;
    }
    if (!isGuid(id)) {
      this.state = 'error';
      this.error = `'${id}' is not a Panopto session id (a GUID).`;
      this.cdr.markForCheck();
      return;
    }
    this.state = 'loading';
    this.cdr.markForCheck();
    this.load = this.fetch(id).subscribe({
      next: (loaded) => {
        this.canEdit = !!loaded.session.Urls?.EditorUrl;
        this.edits = new OptimisticEdits(loaded, (shown) => this.show(shown));
        this.show(loaded);
        this.nameDraft = loaded.session.Name;
        this.descriptionDraft = loaded.session.Description ?? '';
        this.copyName = `${loaded.session.Name} (copy)`;
        this.state = 'loaded';
        this.announce(`Details of ${loaded.session.Name} loaded.`);
        this.cdr.markForCheck();
        if (this.canEdit) this.loadSuggestions();
      },
      error: (error: unknown) => {
        const status = (error as { status?: number }).status;
        const code = error instanceof PanoptoError ? error.code : '';
        this.state = code === 'forbidden' ? 'forbidden' : status === 404 ? 'not-found' : 'error';
        this.error = describeRecordingError(error, 'load this recording');
        this.announce(this.state === 'forbidden' ? 'You do not have access to this recording.' : this.error, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  private fetch(id: string): Observable<PanoptoSessionDetailsState> {
    return this.api.sessions.get(id).pipe(
      switchMap((session) =>
        forkJoin({
          access: this.api.sessions.accessSettings(id).pipe(catchError(() => of(null))),
          tags: this.api.sessions.tags(id).pipe(
            map((page) => page.Results.map((t) => t.Content ?? '').filter(Boolean)),
            catchError(() => of([] as string[])),
          ),
          viewers: session.Urls?.EditorUrl
            ? this.api.sessions.allPermissions(id).pipe(toArray(), catchError(() => of(null)))
            : of(null),
        }).pipe(map((rest) => ({ session, ...rest }))),
      ),
    );
  }

  private loadSuggestions(): void {
    this.api.tags.list({ sortField: 'UsageCount', sortOrder: 'Desc' }).subscribe({
      next: (page) => {
        this.tagSuggestions = page.Results.map((t) => t.Content ?? '').filter(Boolean);
        this.cdr.markForCheck();
      },
      error: () => undefined, // suggestions are a convenience: typing still works
    });
  }

  private show(shown: PanoptoSessionDetailsState): void {
    this.view = shown;
    this.cdr.markForCheck();
  }

  /** Runs one optimistic edit; says what happened, or why Panopto refused and that it was undone. */
  private edit<R>(what: string, done: string, edit: OptimisticEdit<PanoptoSessionDetailsState, R>): void {
    if (!this.edits) return;
    this.error = '';
    this.notice = 'Saving…';
    this.edits.submit(edit).then(
      () => {
        this.notice = this.edits?.pending ? 'Saving…' : done;
        this.announce(done);
        this.cdr.markForCheck();
      },
      (error: unknown) => {
        this.notice = '';
        this.error = `${describeRecordingError(error, what)} The change was undone.`;
        this.announce(this.error, 'assertive');
        this.cdr.markForCheck();
      },
    );
  }

  saveDetails(): void {
    const name = this.nameDraft.trim();
    if (!this.view || !name) {
      this.error = 'A recording needs a name.';
      return;
    }
    const description = this.descriptionDraft;
    this.edit('rename this recording', 'Name and description saved.', {
      apply: (s) => ({ ...s, session: { ...s.session, Name: name, Description: description } }),
      send: (s) => this.api.sessions.update(s.session.Id, { Name: name, Description: description }),
      confirm: (s, session) => this.confirmSession(s, session),
    });
  }

  move(): void {
    const target = this.moveTarget;
    if (!this.view || !target) return;
    this.edit('move this recording', `Moved to ${target.Name}.`, {
      apply: (s) => ({ ...s, session: { ...s.session, Folder: target.Id, FolderDetails: target } }),
      send: (s) => this.api.sessions.update(s.session.Id, { Folder: target.Id }),
      confirm: (s, session) => this.confirmSession(s, session),
    });
    this.moveTarget = null;
  }

  private confirmSession(s: PanoptoSessionDetailsState, session: Session): PanoptoSessionDetailsState {
    this.sessionChange.emit(session);
    return { ...s, session: { ...s.session, ...session } };
  }

  setLevel(level: AccessLevel): void {
    if (!this.view) return;
    this.edit('change who can watch', `Who can watch: ${accessLevelLabel(level)}.`, {
      apply: (s) => ({ ...s, access: { Level: level, IsInherited: false } }),
      send: (s) => this.api.sessions.updateAccessSettings(s.session.Id, { Level: level }),
      confirm: (s, access) => ({ ...s, access }),
    });
  }

  addViewer(p: PickedPrincipal): void {
    if (!this.view) return;
    this.principalNames.set(p.Id, p.Name);
    const granted: Permission = { IsInherited: false, Principal: { Id: p.Id, Type: p.Type }, Role: { Name: 'Viewer' } };
    this.edit(`add ${p.Name} as a viewer`, `${p.Name} can watch this recording.`, {
      apply: (s) => ({ ...s, viewers: [...(s.viewers ?? []).filter((v) => v.IsInherited || v.Principal?.Id !== p.Id), granted] }),
      send: (s) =>
        this.api.sessions.grantPermission(s.session.Id, { PrincipalId: p.Id, PrincipalType: p.Type, RoleType: BuiltInRoleType.Viewer }),
    });
  }

  removeViewer(viewer: Permission): void {
    const principal = viewer.Principal;
    if (!this.view || !principal?.Id) return;
    const name = this.principalName(viewer);
    this.edit(`remove ${name}`, `${name} was removed from the viewers.`, {
      apply: (s) => ({ ...s, viewers: (s.viewers ?? []).filter((v) => v.IsInherited || v.Principal?.Id !== principal.Id) }),
      send: (s) =>
        this.api.sessions.revokePermission(s.session.Id, { PrincipalId: principal.Id as string, PrincipalType: principal.Type }),
    });
  }

  addTag(): void {
    const tag = this.tagDraft.trim();
    if (!this.view || !tag) return;
    this.tagDraft = '';
    if (this.view.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) {
      this.notice = `Already tagged “${tag}”.`;
      return;
    }
    this.setTags(`add the tag “${tag}”`, `Tagged “${tag}”.`, (tags) => [...tags, tag]);
  }

  removeTag(tag: string): void {
    this.setTags(`remove the tag “${tag}”`, `Tag “${tag}” removed.`, (tags) => tags.filter((t) => t !== tag));
  }

  private setTags(what: string, done: string, change: (tags: string[]) => string[]): void {
    this.edit(what, done, {
      apply: (s) => ({ ...s, tags: change(s.tags) }),
      // The PUT replaces all tags: send the confirmed tags with this change, never what another edit left pending.
      send: (s) => this.api.sessions.updateTags(s.session.Id, s.tags),
      // Panopto's spelling wins (an existing tag matched case-insensitively keeps its own).
      confirm: (s, page) => ({ ...s, tags: page.Results.map((t) => t.Content ?? '') }),
    });
  }

  copy(): void {
    const target = this.copyTarget;
    const name = this.copyName.trim();
    if (!this.view || !target || !name || this.copying) return;
    this.copying = true;
    this.error = '';
    this.notice = 'Copying…';
    const copyType = this.copyType;
    this.api.sessions.copy(this.view.session.Id, { CopyType: copyType, FolderId: target.Id, Name: name }).subscribe({
      next: (result) => {
        this.copying = false;
        this.notice = `Copied to ${target.Name} as “${name}”.`;
        this.announce(this.notice);
        this.copied.emit({ ...result, folder: target, copyType });
        this.cdr.markForCheck();
      },
      error: (error: unknown) => {
        this.copying = false;
        this.notice = '';
        this.error = describeRecordingError(error, 'copy this recording');
        this.announce(this.error, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  askDelete(): void {
    this.confirmingDelete = true;
    this.cdr.detectChanges();
    this.confirmDeleteButton?.nativeElement.focus();
  }

  deleteNow(): void {
    const session = this.view?.session;
    if (!session) return;
    this.confirmingDelete = false;
    this.notice = 'Deleting…';
    this.api.sessions.delete(session.Id).subscribe({
      next: () => {
        this.notice = `“${session.Name}” was deleted.`;
        this.announce(this.notice);
        this.deleted.emit(session.Id);
        this.cdr.markForCheck();
      },
      error: (error: unknown) => {
        this.notice = '';
        this.error = describeRecordingError(error, 'delete this recording');
        this.announce(this.error, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  principalName(p: Permission): string {
    const id = p.Principal?.Id ?? '';
    const kind = p.Principal?.Type === 'Group' ? 'Group' : 'User';
    return this.principalNames.get(id) ?? `${kind} ${id.slice(0, 8)}`;
  }

  levelLabel(level: string | undefined): string {
    return accessLevelLabel(level);
  }

  trackViewer = (_: number, p: Permission) => `${p.Principal?.Id}|${p.IsInherited}|${p.Role?.Name}`;

  private announce(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    if (this.isBrowser) void this.announcer.announce(message, politeness);
  }
}
