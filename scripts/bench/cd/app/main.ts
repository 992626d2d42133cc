// The change-detection benchmark page (built by ../build.mjs with the Angular CLI's production settings).
// Counts ApplicationRef.tick calls and notes, for each, the zone task that set it off (its `source`), so the
// driver can say which cycles came from timers, XHR progress, messages or the user.
//
// Query: ?mode=panopto-player | panopto-full | youtube, &server= (emulator), &session=, &token=, &folder=, &sink=
import 'zone.js';
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { AfterViewInit, ApplicationRef, ChangeDetectionStrategy, Component, ViewChild, inject } from '@angular/core';
import { NgIf } from '@angular/common';
import { bootstrapApplication } from '@angular/platform-browser';
import { YouTubePlayerModule } from '@angular/youtube-player';
import { providePanopto } from 'panopto-ng';
import { PanoptoPlayerComponent, withPanoptoPlayer } from 'panopto-ng/player';
import { PanoptoAnalyticsService, panoptoHttpSink, withPanoptoAnalytics } from 'panopto-ng/analytics';
import { PanoptoUploadService, withPanoptoUpload } from 'panopto-ng/upload';
import { installFakeYouTubeApi } from './fake-youtube-api';

interface TickRecord {
  at: number;
  source: string;
}
const ticks: TickRecord[] = [];
(window as unknown as { __cd: unknown }).__cd = { ticks, marks: {} as Record<string, number> };
const marks = (window as unknown as { __cd: { marks: Record<string, number> } }).__cd.marks;

// Every application-wide change detection goes through ApplicationRef.tick.
const tick = ApplicationRef.prototype.tick;
ApplicationRef.prototype.tick = function (this: ApplicationRef) {
  const task = (globalThis as { Zone?: { currentTask?: { source?: string; type?: string } } }).Zone?.currentTask;
  ticks.push({ at: performance.now(), source: task ? `${task.type}:${task.source}` : 'none' });
  return tick.call(this);
};

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'panopto-player';
const server = params.get('server') ?? 'http://localhost:4300';
const token = params.get('token') ?? '';
if (mode === 'youtube') installFakeYouTubeApi(window);

const bearer: HttpInterceptorFn = (req, next) =>
  token && req.url.startsWith(`${server}/Panopto/`)
    ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
    : next(req);

@Component({
  selector: 'bench-root',
  standalone: true,
  imports: [NgIf, PanoptoPlayerComponent, YouTubePlayerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Change detection benchmark ({{ mode }})</h1>
    <panopto-player
      *ngIf="mode !== 'youtube'"
      [sessionId]="sessionId"
      autoplay
      (stateChange)="onState($event)"
    ></panopto-player>
    <youtube-player
      *ngIf="mode === 'youtube'"
      videoId="M7lc1UVf-VE"
      [playerVars]="{ autoplay: 1 }"
      (stateChange)="onState($event.data)"
    ></youtube-player>
  `,
})
class BenchRoot implements AfterViewInit {
  readonly mode = mode;
  readonly sessionId = params.get('session') ?? '';
  @ViewChild(PanoptoPlayerComponent) player?: PanoptoPlayerComponent;
  private readonly analytics = inject(PanoptoAnalyticsService);
  private readonly uploads = inject(PanoptoUploadService);

  /** A bound handler that changes nothing the template shows. */
  onState(state: number): void {
    if (state === 1 && !marks['playing']) marks['playing'] = performance.now();
  }

  ngAfterViewInit(): void {
    if (mode !== 'panopto-full' || !this.player) return;
    this.analytics.setConsent(true);
    this.analytics.track(this.player, { sessionId: this.sessionId });
    // 64 MiB through the emulator's shaped link: still uploading when the measurement ends.
    const file = new File([new Uint8Array(64 * 1024 * 1024)], 'bench.mp4', { type: 'video/mp4' });
    this.uploads.start({ folderId: params.get('folder') ?? '', files: [file], title: 'CD benchmark' });
    marks['uploadStarted'] = performance.now();
  }
}

bootstrapApplication(BenchRoot, {
  providers: [
    provideHttpClient(withInterceptors([bearer])),
    providePanopto(
      { serverUrl: server },
      withPanoptoPlayer({ scriptUrl: `${server}/scripts/embedapi.min.js` }),
      withPanoptoAnalytics({ sinks: [panoptoHttpSink({ url: params.get('sink') ?? `${location.origin}/analytics` })] }),
      withPanoptoUpload({ concurrency: 2 }),
    ),
  ],
}).catch((error) => console.error(error));
