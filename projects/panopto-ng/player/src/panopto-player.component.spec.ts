import { Component, PLATFORM_ID, ApplicationRef, NgZone } from '@angular/core';
import {
  ComponentFixture,
  TestBed,
  discardPeriodicTasks,
  fakeAsync,
  flushMicrotasks,
  tick,
} from '@angular/core/testing';
import { PANOPTO_SITE, validatePanoptoSite } from 'panopto-ng';
import { FakeEmbedApi, installFakeEmbedApi, provideFakeEmbedApiLoader } from 'panopto-ng/testing';
import { PlayerState, PanoptoEmbedWindow } from './embed-api-types';
import { PanoptoEmbedApiLoader } from './embed-api-loader';
import { PanoptoPlayerComponent, PanoptoPlayerStatus } from './panopto-player.component';
import { PanoptoPlayerFacadeDirective } from './panopto-player-facade.directive';
import { PanoptoPlayerPlaceholder } from './player-placeholder';
import { providePanoptoPlayer } from './player-config';
import { PanoptoPlayerError } from './player-error';

const ID = '11111111-2222-4333-8444-555555555555';
const OTHER_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const SERVER = 'https://myuni.hosted.panopto.com';

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent, PanoptoPlayerFacadeDirective],
  template: `
    <div [style.width.px]="containerWidth">
      <panopto-player
        [sessionId]="id"
        [facade]="facade"
        [server]="server"
        [autoplay]="autoplay"
        [showTitle]="false"
        [startTime]="12"
        interactivity="none"
        videoTitle="Week 1"
      ></panopto-player>
    </div>
  `,
})
class HostComponent {
  id = ID;
  facade = false;
  server: string | null = null;
  autoplay = false;
  containerWidth = 320;
}

function configure(extra: unknown[] = []): void {
  TestBed.configureTestingModule({
    providers: [
      { provide: PANOPTO_SITE, useValue: validatePanoptoSite({ serverUrl: SERVER }) },
      providePanoptoPlayer({ notViewableTimeoutMs: 3000, timeUpdateIntervalMs: 100 }),
      ...(extra as never[]),
    ],
  });
}

function playerOf(fixture: ComponentFixture<HostComponent>): PanoptoPlayerComponent {
  return fixture.debugElement.children[0].children[0].componentInstance as PanoptoPlayerComponent;
}

describe('PanoptoPlayerComponent with the fake Embed API', () => {
  let fake: FakeEmbedApi;
  let fixture: ComponentFixture<HostComponent>;

  beforeEach(() => {
    fake = installFakeEmbedApi({ captionTracks: ['English'] });
    configure();
  });
  afterEach(() => fake.uninstall());

  async function create(setup: (host: HostComponent) => void = () => undefined): Promise<PanoptoPlayerComponent> {
    fixture = TestBed.createComponent(HostComponent);
    setup(fixture.componentInstance);
    fixture.detectChanges();
    await fixture.whenStable();
    return playerOf(fixture);
  }

  it('builds the Embed API in its own container with the configured server and Panopto’s parameter names', async () => {
    const player = await create();
    expect(fake.players.length).toBe(1);
    const options = fake.last.options;
    expect(fake.last.elementId).toBe(player.containerId);
    expect(document.getElementById(player.containerId)?.contains(fake.last.iframe)).toBeTrue();
    expect(options.serverName).toBe('myuni.hosted.panopto.com');
    expect(options.sessionId).toBe(ID);
    expect(options.width).toBe('100%');
    expect(options.height).toBe('100%');
    expect(options.videoParams).toEqual({
      autoplay: 'false',
      offerviewer: 'true',
      showtitle: 'false',
      showbrand: 'false',
      captions: 'false',
      interactivity: 'none',
      start: '12',
    });
    expect(player.status).toBe('loading');
  });

  it('calls loadVideo on onIframeReady and becomes ready', async () => {
    const player = await create();
    expect(fake.last.count('loadVideo')).toBe(0);
    fake.last.fireIframeReady();
    expect(fake.last.count('loadVideo')).toBe(1);
    fake.last.fireReady();
    expect(player.status).toBe('ready');
  });

  it('replays calls made before ready exactly once, in order, and getters answer with the queued values', async () => {
    const player = await create();
    player.seekTo(42);
    player.setVolume(0.5);
    player.mute();
    player.setPlaybackRate(1.5);
    player.play();
    expect(player.getCurrentTime()).toBe(42);
    expect(player.getVolume()).toBe(0.5);
    expect(player.isMuted()).toBeTrue();
    expect(player.getPlaybackRate()).toBe(1.5);
    expect(fake.last.commands().length).toBe(0);

    fake.last.fireIframeReady();
    fake.last.fireReady();
    fake.last.fireReady(); // a duplicate ready must not replay anything again
    expect(fake.last.commands().map((c) => [c.method, ...c.args])).toEqual([
      ['loadVideo'],
      ['pauseVideo'], // loadVideo() starts playback on Panopto; without autoplay the player takes it back
      ['seekTo', 42, true],
      ['setVolume', 0.5],
      ['muteVideo'],
      ['setPlaybackRate', 1.5],
      ['playVideo'],
    ]);
    player.pause();
    expect(fake.last.count('pauseVideo')).toBe(2);
    expect(player.getCaptionTracks()).toEqual(['English']);
    player.enableCaptions(0);
    expect(player.getSelectedCaptionTrack()).toBe(0);
  });

  it('emits ready exactly once, also to a subscriber that came after creation', async () => {
    const player = await create();
    const readies: void[] = [];
    player.ready.subscribe(() => readies.push(undefined));
    fake.last.fireIframeReady();
    fake.last.fireReady();
    fake.last.fireReady();
    fake.last.fireIframeReady();
    expect(readies.length).toBe(1);
  });

  it('maps state, rate, ended, errors and login to typed outputs and statuses', async () => {
    const player = await create();
    const states: PlayerState[] = [];
    const rates: number[] = [];
    const errors: PanoptoPlayerError[] = [];
    const statuses: PanoptoPlayerStatus[] = [];
    let ended = 0;
    let logins = 0;
    player.stateChange.subscribe((s) => states.push(s));
    player.playbackRateChange.subscribe((r) => rates.push(r));
    player.error.subscribe((e) => errors.push(e));
    player.ended.subscribe(() => ended++);
    player.loginShown.subscribe(() => logins++);
    player.status$.subscribe((s) => statuses.push(s));

    fake.last.fireLoginShown();
    expect(logins).toBe(1);
    expect(player.status).toBe('login-required');
    fake.last.fireIframeReady();
    fake.last.fireReady();
    fake.last.fireStateChange(PlayerState.Playing);
    fake.last.firePlaybackRateChange(2);
    fake.last.fireError('playNotAllowed');
    fake.last.fireError('playWithSoundNotAllowed');
    fake.last.fireStateChange(PlayerState.Ended);

    expect(states).toEqual([PlayerState.Playing, PlayerState.Ended]);
    expect(rates).toEqual([2]);
    expect(errors.map((e) => e.code)).toEqual(['playNotAllowed', 'playWithSoundNotAllowed']);
    expect(ended).toBe(1);
    expect(statuses).toEqual(['loading', 'login-required', 'loading', 'ready']);
  });

  it('rejects a volume outside 0..1 and a bad rate with a RangeError, queuing nothing', async () => {
    const player = await create();
    expect(() => player.setVolume(1.5)).toThrowError(RangeError, /0 to 1/);
    expect(() => player.setVolume(-0.1)).toThrowError(RangeError);
    expect(() => player.setPlaybackRate(0)).toThrowError(RangeError);
    expect(() => player.seekTo(NaN)).toThrowError(RangeError);
    fake.last.fireIframeReady();
    fake.last.fireReady();
    expect(fake.last.count('setVolume')).toBe(0);
  });

  it('reports not-viewable when onIframeReady never comes', fakeAsync(() => {
    fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    flushMicrotasks();
    const player = playerOf(fixture);
    const errors: string[] = [];
    player.error.subscribe((e) => errors.push(e.code));
    tick(2999);
    expect(player.status).toBe('loading');
    tick(1);
    expect(player.status).toBe('not-viewable');
    expect(errors).toEqual(['notViewable']);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[role=alert]')?.textContent).toContain('permission');
    fixture.destroy();
  }));

  it('reloads cleanly when sessionId changes: old player destroyed, its late events ignored', async () => {
    const player = await create();
    const first = fake.last;
    const readies: number[] = [];
    player.ready.subscribe(() => readies.push(1));
    fixture.componentInstance.id = OTHER_ID;
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fake.players.length).toBe(2);
    expect(first.destroyed).toBeTrue();
    expect(fake.last.options.sessionId).toBe(OTHER_ID);
    expect(document.getElementById(player.containerId)?.querySelectorAll('iframe').length).toBe(1);
    first.fireIframeReady();
    first.fireReady();
    expect(readies.length).toBe(0);
    expect(first.count('loadVideo')).toBe(0);
    fake.last.fireIframeReady();
    fake.last.fireReady();
    expect(readies.length).toBe(1);
  });

  it('never builds a URL from a bad id: shows an alert and emits invalidSessionId', async () => {
    const errors: PanoptoPlayerError[] = [];
    const bad = `${ID}" onload="alert(1)`;
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.id = bad;
    // Subscribe before the first change detection, when the player validates its id.
    fixture.detectChanges();
    await fixture.whenStable();
    const player = playerOf(fixture);
    player.error.subscribe((e) => errors.push(e));
    fixture.componentInstance.id = 'not-a-guid)';
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(fake.players.length).toBe(0);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('iframe')).toBeNull();
    expect(el.querySelector('img[src]')).toBeNull();
    // The player's own DOM (the host's ng-reflect-* debug attributes echo the input in dev mode).
    const rendered = (el.querySelector('panopto-player') as HTMLElement).innerHTML;
    expect(rendered).not.toContain('Embed.aspx');
    expect(rendered).not.toContain('onload');
    expect(rendered).not.toContain('not-a-guid');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('not valid');
    expect(errors.map((e) => e.code)).toEqual(['invalidSessionId']);
    expect(player.status).toBe('error');
  });

  it('rejects a server override that is not a host, and uses a valid one', async () => {
    let player = await create((h) => (h.server = 'evil.example.com/"><script>'));
    expect(fake.players.length).toBe(0);
    expect(player.status).toBe('error');
    fixture.destroy();
    player = await create((h) => (h.server = 'other.hosted.panopto.com'));
    expect(fake.last.options.serverName).toBe('other.hosted.panopto.com');
    expect(player.status).toBe('loading');
  });

  it('keeps 16:9 within 1 px while its container goes from 320 to 640 px wide', async () => {
    await create();
    document.body.appendChild(fixture.nativeElement);
    try {
      const iframe = fake.last.iframe as HTMLIFrameElement;
      let box = iframe.getBoundingClientRect();
      expect(Math.abs(box.width - 320)).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - 180)).toBeLessThanOrEqual(1);
      fixture.componentInstance.containerWidth = 640;
      fixture.detectChanges();
      box = iframe.getBoundingClientRect();
      expect(Math.abs(box.width - 640)).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - 360)).toBeLessThanOrEqual(1);
    } finally {
      fixture.nativeElement.remove();
    }
  });

  it('runs no change detection for 100 events and polls nobody listens to, and does when subscribed', fakeAsync(() => {
    fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    flushMicrotasks();
    const player = playerOf(fixture);
    fake.last.fireIframeReady();
    fake.last.fireReady();
    fake.last.playVideo();
    const appRef = TestBed.inject(ApplicationRef);
    const tickSpy = spyOn(appRef, 'tick').and.callThrough();
    for (let i = 0; i < 100; i++) {
      fake.last.time = i;
      fake.last.fireStateChange(PlayerState.Playing);
      fake.last.firePlaybackRateChange(1);
      tick(100);
    }
    expect(tickSpy).not.toHaveBeenCalled();

    // Control: with a timeUpdate subscriber inside the zone (a template's), samples arrive and re-enter it.
    const times: number[] = [];
    const sub = TestBed.inject(NgZone).run(() => player.timeUpdate.subscribe((t) => times.push(t)));
    for (let i = 0; i < 5; i++) {
      fake.last.time = 200 + i;
      tick(100);
    }
    sub.unsubscribe();
    expect(times).toEqual([200, 201, 202, 203, 204]);
    expect(tickSpy.calls.count()).toBeGreaterThan(0);
    fixture.destroy();
    discardPeriodicTasks();
  }));

  it('delivers timeUpdate in the zone each subscriber subscribed from: none for one outside Angular', fakeAsync(() => {
    fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    flushMicrotasks();
    const player = playerOf(fixture);
    fake.last.fireIframeReady();
    fake.last.fireReady();
    fake.last.playVideo();
    fake.last.fireStateChange(PlayerState.Playing);
    const zone = TestBed.inject(NgZone);
    const tickSpy = spyOn(TestBed.inject(ApplicationRef), 'tick').and.callThrough();
    // Analytics-style: subscribed outside the zone, so 4 samples a second must cost no change detection.
    const outside: boolean[] = [];
    const sub = zone.runOutsideAngular(() => player.timeUpdate.subscribe(() => outside.push(NgZone.isInAngularZone())));
    for (let i = 0; i < 5; i++) {
      fake.last.time = 300 + i;
      tick(100);
    }
    expect(outside).toEqual([false, false, false, false, false]);
    expect(tickSpy).not.toHaveBeenCalled();
    // A template-style subscriber (inside the zone) still gets its samples inside it.
    const inside: boolean[] = [];
    const sub2 = zone.run(() => player.timeUpdate.subscribe(() => inside.push(NgZone.isInAngularZone())));
    fake.last.time = 400;
    tick(100);
    expect(inside).toEqual([true]);
    expect(outside.length).toBe(6);
    sub.unsubscribe();
    sub2.unsubscribe();
    fixture.destroy();
    discardPeriodicTasks();
  }));

  it('leaves no listener, timer, player or global behind after 50 create/destroy cycles', fakeAsync(() => {
    const win = window as unknown as Window & PanoptoEmbedWindow;
    const pageCallback = () => undefined;
    win.onPanoptoEmbedApiReady = pageCallback;
    const added = spyOn(window, 'addEventListener').and.callThrough();
    const removed = spyOn(window, 'removeEventListener').and.callThrough();
    for (let i = 0; i < 50; i++) {
      const f = TestBed.createComponent(HostComponent);
      f.detectChanges();
      flushMicrotasks();
      const player = playerOf(f);
      const sub = player.timeUpdate.subscribe();
      if (i % 2) {
        fake.last.fireIframeReady();
        fake.last.fireReady();
      }
      sub.unsubscribe();
      f.destroy();
    }
    expect(fake.players.length).toBe(50);
    expect(fake.alive.length).toBe(0);
    expect(added.calls.count()).toBe(removed.calls.count());
    expect(win.onPanoptoEmbedApiReady).toBe(pageCallback);
    delete win.onPanoptoEmbedApiReady;
    // fakeAsync itself fails the test if a timeout or an interval is still pending here.
  }));

  it('facade: shows the thumbnail and a labelled play button, loads the player on click and plays when ready', async () => {
    await create((h) => (h.facade = true));
    const el: HTMLElement = fixture.nativeElement;
    const img = el.querySelector('img[src]') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe(`${SERVER}/Panopto/PublicAPI/SessionPreviewImage?id=${ID}`);
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Play video: Week 1');
    expect(button.hidden).toBeFalse();
    expect(fake.players.length).toBe(0);
    button.click();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(fake.players.length).toBe(1);
    expect(el.querySelector('button')).toBeNull();
    fake.last.fireIframeReady();
    fake.last.fireReady();
    expect(fake.last.count('playVideo')).toBe(1);
  });

  it('facade switched off after start loads the player; switched on again shows the thumbnail', async () => {
    await create((h) => (h.facade = true));
    const el: HTMLElement = fixture.nativeElement;
    expect(fake.players.length).toBe(0);
    fixture.componentInstance.facade = false;
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fake.players.length).toBe(1);
    expect(el.querySelector('button')).toBeNull();
    fixture.componentInstance.facade = true;
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fake.last.destroyed).toBeTrue();
    expect(el.querySelector('button img')).not.toBeNull();
    expect(playerOf(fixture).status).toBe('idle');
  });

  it('keeps an alert region and a polite status region from the start, and says what is going on', async () => {
    const player = await create();
    const el: HTMLElement = fixture.nativeElement;
    const alert = el.querySelector('panopto-player [role=alert]') as HTMLElement;
    const status = el.querySelector('panopto-player [role=status]') as HTMLElement;
    expect(alert.textContent).toBe('');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Loading video…');
    expect(alert.classList).toContain('panopto-player__message--loading');
    fake.last.fireLoginShown();
    expect(status.textContent).toContain('Sign in');
    expect(alert.hidden).toBeTrue();
    fake.last.fireIframeReady();
    fake.last.fireReady();
    expect(player.status).toBe('ready');
    expect(status.textContent).toBe('');
    expect(alert.hidden).toBeTrue();
    expect(alert.classList).not.toContain('panopto-player__message--loading');
    // The same nodes all along: screen readers only announce changes to regions they already know.
    expect(el.querySelector('panopto-player [role=alert]')).toBe(alert);
  });
});

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent],
  template: `<panopto-player facade [sessionId]="id" [width]="width" [height]="height"></panopto-player>`,
})
class BarePlayerHostComponent {
  id = ID;
  width: number | null = null;
  height: number | null = null;
}

describe('PanoptoPlayerComponent without the facade directive', () => {
  let fake: FakeEmbedApi;
  beforeEach(() => {
    fake = installFakeEmbedApi();
    configure();
  });
  afterEach(() => fake.uninstall());

  it('warns in development that `facade` needs PanoptoPlayerFacadeDirective, and loads the player', async () => {
    const warn = spyOn(console, 'warn');
    const fixture = TestBed.createComponent(BarePlayerHostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(warn).toHaveBeenCalledOnceWith(jasmine.stringMatching(/PanoptoPlayerFacadeDirective/));
    expect(fake.players.length).toBe(1);
    expect(fixture.nativeElement.querySelector('button')).toBeNull();
  });

  it('takes a fixed width and height, and returns to the container width at 16:9 when they are removed', async () => {
    spyOn(console, 'warn');
    const fixture = TestBed.createComponent(BarePlayerHostComponent);
    fixture.componentInstance.width = 400;
    fixture.componentInstance.height = 300;
    fixture.detectChanges();
    const host = fixture.nativeElement.querySelector('panopto-player') as HTMLElement;
    expect(host.style.width).toBe('400px');
    expect(host.style.height).toBe('300px');
    expect(host.style.getPropertyValue('aspect-ratio')).toBe('');
    fixture.componentInstance.width = null;
    fixture.componentInstance.height = null;
    fixture.detectChanges();
    expect(host.style.width).toBe('');
    expect(host.style.height).toBe('');
    expect(host.style.getPropertyValue('aspect-ratio')).not.toBe('');
    const container = document.createElement('div');
    container.style.width = '480px';
    container.appendChild(host);
    document.body.appendChild(container);
    try {
      const box = host.getBoundingClientRect();
      expect(Math.abs(box.width - 480)).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - 270)).toBeLessThanOrEqual(1);
    } finally {
      container.remove();
    }
  });

  it('shows an app-written placeholder through usePlaceholder(), and removes it when the player loads', async () => {
    spyOn(console, 'warn');
    const calls: string[] = [];
    const placeholder: PanoptoPlayerPlaceholder = {
      active: true,
      render(host, serverUrl, sessionId) {
        const note = host.ownerDocument.createElement('span');
        note.className = 'custom-placeholder';
        host.appendChild(note);
        calls.push(`render ${serverUrl} ${sessionId}`);
        return () => {
          note.remove();
          calls.push('remove');
        };
      },
    };
    const fixture = TestBed.createComponent(BarePlayerHostComponent);
    const player = fixture.debugElement.children[0].componentInstance as PanoptoPlayerComponent;
    player.usePlaceholder(placeholder);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(calls).toEqual([`render ${SERVER} ${ID}`]);
    expect(fixture.nativeElement.querySelector('.custom-placeholder')).not.toBeNull();
    expect(fake.players.length).toBe(0);
    expect(player.status).toBe('idle');
    player.load();
    await fixture.whenStable();
    expect(calls).toEqual([`render ${SERVER} ${ID}`, 'remove']);
    expect(fixture.nativeElement.querySelector('.custom-placeholder')).toBeNull();
    expect(fake.players.length).toBe(1);
  });
});

describe('PanoptoPlayerComponent fallbacks', () => {
  function expectEmbedIframe(el: HTMLElement): void {
    const iframe = el.querySelector('iframe') as HTMLIFrameElement;
    expect(iframe).not.toBeNull();
    const url = new URL(iframe.getAttribute('src') as string);
    expect(url.origin + url.pathname).toBe(`${SERVER}/Panopto/Pages/Embed.aspx`);
    const params: Record<string, string> = {};
    url.searchParams.forEach((value, key) => (params[key] = value));
    expect(params).toEqual({
      id: ID,
      autoplay: 'false',
      offerviewer: 'true',
      showtitle: 'false',
      showbrand: 'false',
      captions: 'false',
      interactivity: 'none',
      start: '12',
    });
    expect(iframe.hasAttribute('allowfullscreen')).toBeTrue();
    expect(iframe.getAttribute('allow')).toContain('autoplay');
    expect(iframe.getAttribute('title')).toBe('Panopto embedded video player');
  }

  it('renders a plain Embed.aspx iframe on the server, without touching the loader', async () => {
    configure([{ provide: PLATFORM_ID, useValue: 'server' }]);
    const loader = TestBed.inject(PanoptoEmbedApiLoader);
    spyOn(loader, 'load').and.callThrough();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(loader.load).not.toHaveBeenCalled();
    expect(document.querySelector('script[data-panopto-embed-api]')).toBeNull();
    expectEmbedIframe(fixture.nativeElement);
    expect(playerOf(fixture).status).toBe('idle');
  });

  it('renders the facade on the server when asked', async () => {
    configure([{ provide: PLATFORM_ID, useValue: 'server' }]);
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.facade = true;
    fixture.detectChanges();
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Play video: Week 1');
    expect(button.hidden).toBeFalse();
    expect(fixture.nativeElement.querySelector('img[src]')?.getAttribute('src')).toBe(
      `${SERVER}/Panopto/PublicAPI/SessionPreviewImage?id=${ID}`,
    );
    expect(fixture.nativeElement.querySelector('iframe')).toBeNull();
  });

  it('falls back to the iframe and emits scriptLoadFailed when the script cannot load', async () => {
    const fake = installFakeEmbedApi();
    try {
      configure([provideFakeEmbedApiLoader(fake, { fail: true })]);
      const fixture = TestBed.createComponent(HostComponent);
      fixture.detectChanges();
      const errors: string[] = [];
      playerOf(fixture).error.subscribe((e) => errors.push(e.code));
      await fixture.whenStable();
      fixture.detectChanges();
      expectEmbedIframe(fixture.nativeElement);
      expect(errors).toEqual(['scriptLoadFailed']);
      expect(fake.players.length).toBe(0);
    } finally {
      fake.uninstall();
    }
  });
});
