import { AsyncPipe, NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnInit, inject } from '@angular/core';
import { PANOPTO_CONFIG, PanoptoApi, Session, isLoopbackHost } from 'panopto-ng';
import { PanoptoAuthService } from 'panopto-ng/auth';
import { PanoptoCaptionPickerComponent, PanoptoCaptionsComponent } from 'panopto-ng/captions';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { toArray } from 'rxjs';
import { DemoSignInService } from '../../auth/demo-sign-in.service';
import { DemoCaptionStateCardComponent } from './caption-state-card.component';
import { DemoCaptionState } from './scripted-captions-api';

/** The ENG200 lectures: the demo's captioning playground (other pages and suites use other units). */
const DEMO_UNIT = 'ENG200';

/**
 * Captions end to end against the emulator: a player with its caption picker, `<panopto-captions>` to upload,
 * check, delete and request captions; then every state of the component, light and dark.
 */
@Component({
  selector: 'demo-captions-page',
  standalone: true,
  imports: [NgIf, NgFor, AsyncPipe, PanoptoPlayerComponent, PanoptoCaptionsComponent, PanoptoCaptionPickerComponent, DemoCaptionStateCardComponent],
  templateUrl: './captions-page.component.html',
  styleUrls: ['./captions-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaptionsPageComponent implements OnInit {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  private readonly api = inject(PanoptoApi);
  private readonly config = inject(PANOPTO_CONFIG);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly states: { state: DemoCaptionState; title: string }[] = [
    { state: 'none', title: 'No captions yet' },
    { state: 'findings', title: 'Checker findings' },
    { state: 'uploading', title: 'Uploading' },
    { state: 'done', title: 'Done' },
    { state: 'pending', title: 'Provider request pending' },
    { state: 'forbidden', title: 'Forbidden for a viewer' },
    { state: 'error', title: 'Panopto error' },
  ];
  /** The emulator's clock can be moved forward, so a provider request finishes in seconds. */
  readonly onEmulator = isLoopbackHost(new URL(this.config.serverUrl).hostname);

  sessions: Session[] = [];
  session: Session | null = null;
  folderSessionIds: string[] = [];
  loadError = '';
  clockMessage = '';

  ngOnInit(): void {
    void this.auth.whenReady().then((signedIn) => {
      if (signedIn) this.loadSessions();
    });
  }

  signIn(): void {
    void this.signInFlow.start('/captions');
  }

  loadSessions(): void {
    this.api.sessions
      .allSearch(DEMO_UNIT, { sortField: 'Name' })
      .pipe(toArray())
      .subscribe({
        next: (sessions) => {
          this.sessions = sessions.filter((s) => s.Name.startsWith(DEMO_UNIT));
          this.pick(this.sessions[0]?.Id ?? '');
        },
        error: (e: Error) => {
          this.loadError = e.message;
          this.cdr.markForCheck();
        },
      });
  }

  pick(id: string): void {
    this.session = this.sessions.find((s) => s.Id === id) ?? null;
    this.folderSessionIds = this.session ? this.sessions.filter((s) => s.Folder === this.session?.Folder).map((s) => s.Id) : [];
    this.cdr.markForCheck();
  }

  async advanceClock(minutes: number): Promise<void> {
    const res = await fetch(`${this.config.serverUrl}/__emulator/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceMs: minutes * 60_000 }),
    });
    this.clockMessage = res.ok ? `The emulator's clock moved ${minutes} minutes forward.` : `The emulator answered ${res.status}.`;
    this.cdr.markForCheck();
  }
}
