import { AsyncPipe, JsonPipe, NgFor, NgIf } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject, OnInit } from '@angular/core';
import { PANOPTO_CONFIG } from 'panopto-ng';
import { PanoptoAuthService } from 'panopto-ng/auth';
import { PanoptoFolderBrowserComponent, PanoptoFolderSelection } from 'panopto-ng/folders';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import {
  PANOPTO_UPLOAD_OPTIONS,
  PANOPTO_UPLOAD_TOKEN_REFRESHER,
  PanoptoUploadComponent,
  PanoptoUploadedEvent,
  PanoptoUploadService,
  UploadTokenRefresher,
} from 'panopto-ng/upload';
import { applyFaults, FAULT_PRESETS } from './emulator-faults';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

/** A folder the signed-in user may upload into (`GET /folders/creator`). */
interface CreatorFolder {
  Id: string;
  Name: string;
}

/**
 * Upload into a folder of the emulator, watch it process, play the result; a fault panel makes the bad day
 * happen (dropped connections, 500s, 429s, short token lifetime) so retries and resume can be seen.
 */
@Component({
  selector: 'demo-upload-page',
  standalone: true,
  imports: [
    NgIf,
    NgFor,
    AsyncPipe,
    JsonPipe,
    PanoptoUploadComponent,
    PanoptoFolderBrowserComponent,
    PanoptoPlayerComponent,
  ],
  templateUrl: './upload-page.component.html',
  styleUrls: ['./upload-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    // The page's own upload service, wired to the auth entry point for token refresh mid-upload.
    PanoptoUploadService,
    {
      provide: PANOPTO_UPLOAD_TOKEN_REFRESHER,
      useFactory: (): UploadTokenRefresher => {
        const auth = inject(PanoptoAuthService);
        return { refresh: () => auth.refresh() };
      },
    },
    { provide: PANOPTO_UPLOAD_OPTIONS, useValue: { pollIntervalMs: 1000 } },
  ],
})
export class UploadPageComponent implements OnInit {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly http = inject(HttpClient);
  private readonly config = inject(PANOPTO_CONFIG);

  readonly presets = FAULT_PRESETS;
  readonly activeFaults = new Set<string>();
  faultConfig: Record<string, unknown> = {};
  faultError = '';
  folder: PanoptoFolderSelection | null = null;
  played: PanoptoUploadedEvent | null = null;
  /** Folders the user can create sessions in, for the simple picker next to the folder browser. */
  creatorFolders: CreatorFolder[] = [];
  foldersError = '';

  ngOnInit(): void {
    void this.auth.whenReady().then((signedIn) => {
      if (signedIn) this.loadCreatorFolders();
    });
  }

  loadCreatorFolders(): void {
    this.http
      .get<{ Results: CreatorFolder[] }>(`${this.config.apiBaseUrl}/folders/creator`, { params: { pageNumber: 0 } })
      .subscribe({
        next: (page) => {
          this.creatorFolders = page.Results ?? [];
          this.foldersError = '';
          this.cdr.markForCheck();
        },
        error: () => {
          this.foldersError = 'Could not load your folders. Are you signed in?';
          this.cdr.markForCheck();
        },
      });
  }

  pickCreatorFolder(id: string): void {
    const folder = this.creatorFolders.find((f) => f.Id === id);
    this.folder = folder ? { id: folder.Id, name: folder.Name, parentId: '' } : null;
  }

  signIn(): void {
    void this.signInFlow.start('/upload');
  }

  onFolder(folder: PanoptoFolderSelection): void {
    this.folder = folder;
  }

  onUploaded(event: PanoptoUploadedEvent): void {
    this.played = event;
  }

  async toggleFault(id: string, on: boolean): Promise<void> {
    if (on) this.activeFaults.add(id);
    else this.activeFaults.delete(id);
    try {
      this.faultConfig = await applyFaults(this.activeFaults);
      this.faultError = '';
    } catch (error) {
      this.faultError = error instanceof Error ? error.message : String(error);
    }
    this.cdr.markForCheck();
  }

  async clearFaults(): Promise<void> {
    this.activeFaults.clear();
    await this.toggleFault('', false);
  }
}
