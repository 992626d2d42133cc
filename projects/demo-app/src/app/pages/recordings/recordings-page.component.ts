import { AsyncPipe, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnInit, inject } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { PanoptoAuthService } from 'panopto-ng/auth';
import { isGuid } from 'panopto-ng';
import {
  PanoptoContinueWatchingComponent,
  PanoptoFolderBrowserComponent,
  PanoptoFolderSelection,
  PanoptoSessionCopied,
  PanoptoSessionDetailsComponent,
  PanoptoSessionListComponent,
  PanoptoSessionListItem,
} from 'panopto-ng/folders';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

/**
 * "Recordings": what a teacher manages and a student continues. Continue watching on top; then the folder tree
 * and its sessions, and the chosen session playing with its details (`?session=<id>` opens one directly).
 */
@Component({
  selector: 'demo-recordings-page',
  standalone: true,
  imports: [
    NgIf,
    AsyncPipe,
    PanoptoContinueWatchingComponent,
    PanoptoFolderBrowserComponent,
    PanoptoSessionListComponent,
    PanoptoSessionDetailsComponent,
    PanoptoPlayerComponent,
  ],
  templateUrl: './recordings-page.component.html',
  styleUrls: ['../folders/library-page.component.scss', './recordings-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecordingsPageComponent implements OnInit {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly cdr = inject(ChangeDetectorRef);
  folder: PanoptoFolderSelection | null = null;
  sessionId: string | null = null;
  /** `ready`, or the player's error code (`notViewable` when Panopto never opens the video). */
  playerStatus = '';
  lastEvent = '';

  ngOnInit(): void {
    this.route.queryParamMap.subscribe((params) => {
      const id = params.get('session');
      this.sessionId = id && isGuid(id) ? id : null;
      this.playerStatus = '';
      this.cdr.markForCheck();
    });
  }

  signIn(): void {
    void this.signInFlow.start(this.router.url);
  }

  onFolder(folder: PanoptoFolderSelection): void {
    this.folder = folder;
  }

  open(item: PanoptoSessionListItem): void {
    void this.router.navigate([], { queryParams: { session: item.id }, queryParamsHandling: 'merge' });
  }

  onCopied(copy: PanoptoSessionCopied): void {
    this.lastEvent = `Copied into ${copy.folder.Name} (${copy.copyType}); the copy's id is ${copy.NewSessionId}.`;
  }

  onDeleted(): void {
    this.lastEvent = 'The recording was deleted.';
    void this.router.navigate([], { queryParams: { session: null }, queryParamsHandling: 'merge' });
  }
}
