/*
 * Integration: a real <panopto-player> (panopto-ng/player) plays part of a seeded video in the emulator's real
 * embed page (its embedapi.min.js, over postMessage) while the browser is signed in to the emulator; the
 * embed page reports the seconds it played, which become `PercentCompleted` on `GET /sessions/{id}/viewers`.
 * The local tracker (`PanoptoAnalyticsService.track`) and Panopto's figure must agree within 5 percentage
 * points. Runs with the emulator given by Karma's client args (`npm test` starts it).
 *
 * The emulator keeps adding viewing to the same user and session for the whole run, so the spec compares the
 * increase of Panopto's figure with the local completion, and picks a session this user has watched little of.
 */
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { Component, ViewChild } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PanoptoApi, Session, SessionViewerStats, providePanopto } from 'panopto-ng';
import { PanoptoPlayerComponent, PanoptoEmbedWindow, providePanoptoPlayer } from 'panopto-ng/player';
import { firstValueFrom } from 'rxjs';
import { providePanoptoAnalytics } from './config/provide-analytics';
import { EngagementSummary } from './engagement/engagement-summary';
import { mergeViewerStats } from './stats/merge-viewer-stats';
import { PanoptoAnalyticsService } from './service/panopto-analytics.service';
import { EngagementTrackingHandle } from './service/tracked-view';
import { emulatorToken, emulatorUrl, signInBrowserToEmulator } from './testing-support/emulator-session';
import { RecordingSink } from './testing-support/recording-sink';

const VIEWER = 'instructor';
/** How much of the video to play. */
const PLAY_FRACTION = 0.5;

function waitFor(condition: () => boolean, what: string, timeoutMs = 20000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - started > timeoutMs)
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      else setTimeout(check, 50);
    };
    check();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent],
  template: `<div style="width: 480px">
    <panopto-player #player [sessionId]="id" (ready)="ready = true"></panopto-player>
  </div>`,
})
class AnalyticsIntegrationHostComponent {
  @ViewChild('player', { static: true }) player!: PanoptoPlayerComponent;
  id = '';
  ready = false;
}

describe('analytics against the emulator’s real embed (integration)', () => {
  let emulator: string;
  let token: string;
  let fixture: ComponentFixture<AnalyticsIntegrationHostComponent> | undefined;
  let handle: EngagementTrackingHandle | undefined;

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = await emulatorToken(emulator, VIEWER);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator }),
        providePanoptoPlayer({ scriptUrl: `${emulator}/scripts/embedapi.min.js`, loadTimeoutMs: 15000 }),
        providePanoptoAnalytics({ sinks: [new RecordingSink()], initialConsent: true }),
      ],
    });
  });

  afterEach(() => {
    handle?.stop();
    fixture?.destroy();
    fixture?.nativeElement.remove();
    const win = window as unknown as Window & PanoptoEmbedWindow;
    delete win.EmbedApi;
    delete win.PlayerState;
    delete win.ApiError;
    document.querySelectorAll('script[data-panopto-embed-api]').forEach((s) => s.remove());
  });

  async function viewerRow(
    service: PanoptoAnalyticsService,
    sessionId: string,
  ): Promise<SessionViewerStats | undefined> {
    const rows = await firstValueFrom(service.sessionViewers(sessionId));
    return rows.find((r) => r.User?.Username === VIEWER);
  }

  /** The longest public seeded session that this user has watched least of (finer whole-second rounding). */
  async function pickSession(service: PanoptoAnalyticsService): Promise<{ session: Session; before: number }> {
    const api = TestBed.inject(PanoptoApi);
    const found = await firstValueFrom(api.sessions.search('BIO101 Lecture'));
    const candidates = found.Results.filter((s) => (s.Duration ?? 0) >= 20).sort(
      (a, b) => (b.Duration ?? 0) - (a.Duration ?? 0),
    );
    for (const session of candidates.slice(0, 6)) {
      const row = await viewerRow(service, session.Id).catch(() => undefined);
      const before = row?.PercentCompleted ?? 0;
      if (before + PLAY_FRACTION * 100 + 10 < 100) return { session, before };
    }
    throw new Error('No seeded BIO101 session left with room for another half view by the instructor.');
  }

  async function loadPlayer(sessionId: string): Promise<PanoptoPlayerComponent> {
    fixture = TestBed.createComponent(AnalyticsIntegrationHostComponent);
    fixture.componentInstance.id = sessionId;
    document.body.appendChild(fixture.nativeElement);
    fixture.autoDetectChanges(true);
    await waitFor(() => fixture?.componentInstance.ready === true, 'the player to be ready');
    return fixture.componentInstance.player;
  }

  it('tracks real playback in the embed: watched run, seek back, rewatch, pause', async () => {
    const api = TestBed.inject(PanoptoApi);
    const session = (await firstValueFrom(api.sessions.search('BIO101 Lecture'))).Results.find(
      (s) => (s.Duration ?? 0) >= 20,
    );
    if (!session) throw new Error('The emulator has no seeded BIO101 session of 20 s or more.');
    const player = await loadPlayer(session.Id);
    const service = TestBed.inject(PanoptoAnalyticsService);
    handle = service.track(player, { sessionId: session.Id });
    player.mute();
    player.play();
    await waitFor(() => player.getCurrentTime() >= 6, 'playback to reach 6 s');
    player.seekTo(2); // not reported to the tracker: it must infer the seek from the time jump
    await waitFor(
      () => player.getCurrentTime() >= 2 && player.getCurrentTime() < 5 && (handle?.summary.seeksBack ?? 0) > 0,
      'the inferred seek back',
    );
    await waitFor(() => player.getCurrentTime() >= 5, 'playback to reach 5 s again');
    player.pause();
    await waitFor(() => handle?.summary.playing === false, 'the tracker to see the pause');
    const s = handle.summary;
    expect(s.seeksBack).toBe(1);
    expect(s.pauses).toBe(1);
    expect(s.watchedIntervals.length).toBe(1);
    expect(s.watchedIntervals[0].start).toBeLessThan(0.5);
    expect(s.uniqueSecondsWatched).toBeGreaterThan(5.5);
    expect(s.uniqueSecondsWatched).toBeLessThan(8);
    expect(s.rewatchedSeconds).toBeGreaterThan(2);
    expect(s.rewatchedSeconds).toBeLessThan(4.5);
    expect(s.durationSeconds).toBeCloseTo(session.Duration ?? 0, 0);
    expect(s.completionPercent).toBeCloseTo((s.uniqueSecondsWatched / (s.durationSeconds ?? 1)) * 100, 6);
  });

  it('agrees with Panopto’s PercentCompleted within 5 percentage points after playing part of a video', async () => {
    await signInBrowserToEmulator(emulator, VIEWER);
    const service = TestBed.inject(PanoptoAnalyticsService);
    const { session, before } = await pickSession(service);
    const duration = session.Duration ?? 0;

    const player = await loadPlayer(session.Id);
    expect(player.status).toBe('ready');

    handle = service.track(player, { sessionId: session.Id });
    const summaries: EngagementSummary[] = [];
    handle.summary$.subscribe((s) => summaries.push(s));

    player.mute();
    player.play();
    const target = duration * PLAY_FRACTION;
    await waitFor(() => player.getCurrentTime() >= target, `playback to reach ${target} s`, duration * 1000 + 15000);
    player.pause();
    await waitFor(() => handle?.summary.playing === false, 'the tracker to see the pause');
    const local = handle.summary;
    expect(local.durationSeconds).toBeCloseTo(duration, 0);
    expect(local.pauses).toBe(1);
    expect(local.seeksBack + local.seeksForward).toBe(0);
    expect(local.completionPercent).toBeGreaterThan(PLAY_FRACTION * 100 - 5);

    // The embed page reports every 5 s; wait until Panopto's figure has moved and then stays put.
    let after = before;
    let stable = 0;
    const started = Date.now();
    while (stable < 2 && Date.now() - started < 20000) {
      await sleep(1500);
      const now = (await viewerRow(service, session.Id))?.PercentCompleted ?? 0;
      stable = now > before && now === after ? stable + 1 : 0;
      after = now;
    }
    const panoptoIncrease = after - before;
    expect(panoptoIncrease).withContext('Panopto recorded nothing for this view').toBeGreaterThan(0);
    expect(Math.abs(panoptoIncrease - (local.completionPercent ?? 0)))
      .withContext(`Panopto +${panoptoIncrease}%, local ${local.completionPercent}%`)
      .toBeLessThanOrEqual(5);

    // Merging: the current viewer's row carries the larger of the two and both sources.
    const rows = mergeViewerStats(await firstValueFrom(service.sessionViewers(session.Id)), {
      summary: local,
      user: { Username: VIEWER },
    });
    const mine = rows.find((r) => r.isCurrentViewer);
    expect(mine?.source).toBe('both');
    expect(mine?.percentCompleted).toBeGreaterThanOrEqual(Math.max(after, local.completionPercent ?? 0) - 1e-9);
    expect(summaries.length).toBeGreaterThan(2);
  }, 120_000);

  it('reads /users/me/sessions/viewed for the signed-in user', async () => {
    const service = TestBed.inject(PanoptoAnalyticsService);
    const viewed = await firstValueFrom(service.myViewedSessions(true));
    expect(Array.isArray(viewed)).toBeTrue();
    for (const s of viewed) expect(typeof s.Id).toBe('string');
  });
});
