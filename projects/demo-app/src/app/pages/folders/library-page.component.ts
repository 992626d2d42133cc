import { AsyncPipe, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PanoptoAuthService } from 'panopto-ng/auth';
import {
  PanoptoFolderBrowserComponent,
  PanoptoFolderChange,
  PanoptoFolderSelection,
  PanoptoSessionListComponent,
  PanoptoSessionListItem,
} from 'panopto-ng/folders';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

/**
 * The "Library": the folder tree on the left, the chosen folder's sessions on the right, and the chosen
 * session playing above them. Everything talks to the local emulator as the signed-in user.
 */
@Component({
  selector: 'demo-library-page',
  standalone: true,
  imports: [NgIf, AsyncPipe, PanoptoFolderBrowserComponent, PanoptoSessionListComponent, PanoptoPlayerComponent],
  templateUrl: './library-page.component.html',
  styleUrls: ['./library-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPageComponent {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  folder: PanoptoFolderSelection | null = null;
  session: PanoptoSessionListItem | null = null;
  lastChange = '';

  signIn(): void {
    void this.signInFlow.start('/folders');
  }

  onFolder(folder: PanoptoFolderSelection): void {
    if (this.folder?.id !== folder.id) this.session = null;
    this.folder = folder;
  }

  onSession(item: PanoptoSessionListItem): void {
    this.session = item;
  }

  onChange(change: PanoptoFolderChange): void {
    this.lastChange =
      change.kind === 'deleted'
        ? `Deleted “${change.name}”.`
        : `${change.kind[0].toUpperCase()}${change.kind.slice(1)} “${change.name}”.`;
    if (change.kind === 'deleted' && this.folder?.id === change.id) this.folder = null;
  }
}
