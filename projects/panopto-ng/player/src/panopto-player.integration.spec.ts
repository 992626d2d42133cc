/*
 * <panopto-player> in a real browser against the running emulator and its real embedapi.min.js (no fakes):
 * the script is fetched, the Embed.aspx iframe plays a seeded WebM, and commands and events travel over
 * postMessage. The emulator URL comes from Karma's client args (`['--emulator', url]`), which
 * `npm test` sets; without it these specs fail with a message saying so.
 */
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PANOPTO_SITE, validatePanoptoSite } from 'panopto-ng';
import { PlayerState, PanoptoEmbedWindow } from './embed-api-types';
import { PanoptoPlayerComponent } from './panopto-player.component';
import { providePanoptoPlayer } from './player-config';

/** "BIO101 Week 1 Lecture 1" of the emulator's deterministic seed: public, 20 s of generated video. */
const SEEDED_SESSION = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0';

function emulatorUrl(): string | null {
  const args = ((window as unknown as { __karma__?: { config?: { args?: unknown[] } } }).__karma__?.config?.args ??
    []) as unknown[];
  const i = args.indexOf('--emulator');
  return i >= 0 && typeof args[i + 1] === 'string' ? (args[i + 1] as string) : null;
}

function waitFor(condition: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
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

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent],
  template: `<div style="width: 480px">
    <panopto-player
      [sessionId]="id"
      (ready)="readies = readies + 1"
      (stateChange)="states.push($event)"
      (ended)="ended = ended + 1"
    ></panopto-player>
  </div>`,
})
class IntegrationHostComponent {
  id = SEEDED_SESSION;
  readies = 0;
  ended = 0;
  states: PlayerState[] = [];
}

describe('PanoptoPlayerComponent against the emulator (integration)', () => {
  const url = emulatorUrl();
  let fixture: ComponentFixture<IntegrationHostComponent>;

  beforeEach(() => {
    if (!url) {
      fail('No emulator URL: run through `npm test` (or set PANOPTO_EMULATOR_URL for ng test).');
      return;
    }
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_SITE, useValue: validatePanoptoSite({ serverUrl: url }) },
        providePanoptoPlayer({ scriptUrl: `${url}/scripts/embedapi.min.js`, loadTimeoutMs: 15000 }),
      ],
    });
  });

  afterEach(() => {
    fixture?.destroy();
    fixture?.nativeElement.remove();
    // Leave the page as other specs expect it: no Embed API globals, no script element.
    const win = window as unknown as Window & PanoptoEmbedWindow;
    delete win.EmbedApi;
    delete win.PlayerState;
    delete win.ApiError;
    document.querySelectorAll('script[data-panopto-embed-api]').forEach((s) => s.remove());
  });

  async function loadPlayer(): Promise<PanoptoPlayerComponent> {
    fixture = TestBed.createComponent(IntegrationHostComponent);
    document.body.appendChild(fixture.nativeElement);
    fixture.autoDetectChanges(true);
    const player = fixture.debugElement.children[0].children[0].componentInstance as PanoptoPlayerComponent;
    await waitFor(() => fixture.componentInstance.readies > 0, 'ready');
    expect(document.querySelectorAll('script[data-panopto-embed-api]').length).toBe(1);
    return player;
  }

  it('loads, plays, seeks, pauses and ends with the emulator’s embedapi.min.js', async () => {
    if (!url) return;
    const player = await loadPlayer();
    const host = fixture.componentInstance;
    expect(player.status).toBe('ready');
    expect(player.getDuration()).toBeCloseTo(20, 0);
    expect(player.getCaptionTracks()).toEqual(['English']);

    player.mute();
    player.play();
    await waitFor(() => host.states.includes(PlayerState.Playing), 'Playing');
    await waitFor(() => player.getCurrentTime() > 0.2, 'time to advance');
    expect(player.isMuted()).toBeTrue();

    player.seekTo(8);
    await waitFor(() => player.getCurrentTime() >= 8, 'the seek to 8 s');

    player.pause();
    await waitFor(() => host.states[host.states.length - 1] === PlayerState.Paused, 'Paused');
    const pausedAt = player.getCurrentTime();
    await new Promise((r) => setTimeout(r, 400));
    expect(Math.abs(player.getCurrentTime() - pausedAt)).toBeLessThan(0.05);

    player.seekTo(player.getDuration() - 0.6);
    player.play();
    await waitFor(() => host.ended === 1, 'ended');
    expect(host.states[host.states.length - 1]).toBe(PlayerState.Ended);
    expect(host.readies).toBe(1);
  });

  it('ignores Embed API messages that do not come from the embed page’s origin and window', async () => {
    if (!url) return;
    const player = await loadPlayer();
    const host = fixture.componentInstance;
    const before = host.states.length;
    // A forged "ended" event from this page (Karma's origin, not the emulator's, and not the iframe's window).
    window.postMessage(
      { channel: 'panopto-emulator-embed', kind: 'event', name: 'stateChange', value: PlayerState.Ended, state: {} },
      '*',
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(host.states.length).toBe(before);
    expect(host.ended).toBe(0);
    // The real page is still heard.
    player.mute();
    player.play();
    await waitFor(() => host.states.includes(PlayerState.Playing), 'Playing');
  });
});
