import { AsyncPipe, JsonPipe, NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, inject } from '@angular/core';
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

/**
 * Upload into a folder of the emulator, watch it process, play the result; a fault panel makes the bad day
 * happen (dropped connections, 500s, 429s, short token lifetime) so retries and resume can be seen.
 */
@Component({
  selector: 'demo-upload-page',
  standalone: true,
  imports: [NgIf, NgFor, AsyncPipe, JsonPipe, PanoptoUploadComponent, PanoptoFolderBrowserComponent, PanoptoPlayerComponent],
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
export class UploadPageComponent {
  readonly auth = inject(PanoptoAuthService);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly presets = FAULT_PRESETS;
  readonly activeFaults = new Set<string>();
  faultConfig: Record<string, unknown> = {};
  faultError = '';
  folder: PanoptoFolderSelection | null = null;
  played: PanoptoUploadedEvent | null = null;

  signIn(): void {
    void this.auth.login('/upload');
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
