import { Provider } from '@angular/core';
import {
  EmbedApiOptions,
  EmbedApiPlayer,
  PanoptoEmbedGlobals,
  PanoptoEmbedWindow,
  PanoptoEmbedApiLoader,
  PanoptoPlayerError,
  PlayerState,
} from 'panopto-ng/player';

/** One recorded method call on a fake player. */
export interface FakeEmbedApiCall {
  method: string;
  args: unknown[];
}

/** Options of `installFakeEmbedApi()`. */
export interface FakeEmbedApiOptions {
  /**
   * Fire `onIframeReady` after construction and `onReady` after `loadVideo()`, each a microtask later, as a
   * viewable video would. Default false: the test fires every event itself.
   */
  autoReady?: boolean;
  /** Duration the fake videos report, in seconds. Default 600. */
  duration?: number;
  /** Caption track labels the fake videos report. Default none. */
  captionTracks?: string[];
}

/**
 * A fake Embed API player: records every call, keeps a plausible state (time, volume, rate, mute), and lets
 * the test fire the events Panopto would.
 */
export class FakeEmbedApiPlayer implements EmbedApiPlayer {
  /** Every method call, in order (getters included). */
  readonly calls: FakeEmbedApiCall[] = [];
  /** The iframe the fake put into the container, as the real script does. */
  readonly iframe: HTMLIFrameElement | null;
  isReady = false;
  destroyed = false;
  state: number = PlayerState.Unstarted;
  time = 0;
  volume = 1;
  muted = false;
  rate = 1;
  selectedCaptionTrack = -1;

  constructor(
    readonly elementId: string,
    readonly options: EmbedApiOptions,
    private readonly settings: Required<FakeEmbedApiOptions>,
  ) {
    const container = typeof document === 'undefined' ? null : document.getElementById(elementId);
    if (!container) throw new Error(`FakeEmbedApi: no element with id "${elementId}"`);
    this.iframe = document.createElement('iframe');
    this.iframe.style.width = String(options.width ?? '100%');
    this.iframe.style.height = String(options.height ?? '100%');
    this.iframe.style.border = '0';
    this.iframe.style.display = 'block';
    this.iframe.setAttribute('data-fake-embed', options.sessionId);
    // The frame's accessible name (WCAG frame-title), as Panopto's own script gives its iframe.
    this.iframe.setAttribute('title', 'Panopto Embedded Video Player');
    container.appendChild(this.iframe);
    if (settings.autoReady) queueMicrotask(() => this.fireIframeReady());
  }

  /** The number of calls of `method`. */
  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  /** The calls of methods that change something (getters left out). */
  commands(): FakeEmbedApiCall[] {
    return this.calls.filter((c) => !/^(get|is|has)/.test(c.method));
  }

  fireIframeReady(): void {
    this.options.events?.onIframeReady?.();
  }
  fireReady(): void {
    this.isReady = true;
    this.options.events?.onReady?.();
  }
  fireStateChange(state: PlayerState | number): void {
    this.state = state;
    this.options.events?.onStateChange?.(state);
  }
  firePlaybackRateChange(rate: number): void {
    this.rate = rate;
    this.options.events?.onPlaybackRateChange?.(rate);
  }
  fireError(code: string): void {
    this.options.events?.onError?.(code);
  }
  fireLoginShown(): void {
    this.options.events?.onLoginShown?.();
  }

  loadVideo(): void {
    this.record('loadVideo');
    if (this.settings.autoReady) queueMicrotask(() => this.fireReady());
  }
  playVideo(): void {
    this.record('playVideo');
    this.fireStateChange(PlayerState.Playing);
  }
  pauseVideo(): void {
    this.record('pauseVideo');
    // As Panopto's: a video that never started reports no pause (players pause right after loadVideo()).
    if (this.state !== PlayerState.Unstarted) this.fireStateChange(PlayerState.Paused);
  }
  stopVideo(): void {
    this.record('stopVideo');
    this.time = 0;
    this.fireStateChange(PlayerState.Paused);
  }
  seekTo(seconds: number, allowSeekAhead?: boolean): void {
    this.record('seekTo', seconds, allowSeekAhead);
    this.time = seconds;
  }
  getCurrentTime(): number {
    this.record('getCurrentTime');
    return this.time;
  }
  getDuration(): number {
    this.record('getDuration');
    return this.settings.duration;
  }
  getState(): number {
    this.record('getState');
    return this.state;
  }
  muteVideo(): void {
    this.record('muteVideo');
    this.muted = true;
  }
  unmuteVideo(): void {
    this.record('unmuteVideo');
    this.muted = false;
  }
  isMuted(): boolean {
    this.record('isMuted');
    return this.muted;
  }
  getVolume(): number {
    this.record('getVolume');
    return this.volume;
  }
  setVolume(volume: number): void {
    this.record('setVolume', volume);
    this.volume = volume;
  }
  getPlaybackRate(): number {
    this.record('getPlaybackRate');
    return this.rate;
  }
  setPlaybackRate(rate: number): void {
    this.record('setPlaybackRate', rate);
    this.firePlaybackRateChange(rate);
  }
  hasCaptions(): boolean {
    this.record('hasCaptions');
    return this.settings.captionTracks.length > 0;
  }
  getCaptionTracks(): string[] {
    this.record('getCaptionTracks');
    return [...this.settings.captionTracks];
  }
  getSelectedCaptionTrack(): number {
    this.record('getSelectedCaptionTrack');
    return this.selectedCaptionTrack;
  }
  enableCaptions(track: number | string): void {
    this.record('enableCaptions', track);
    this.selectedCaptionTrack = Number(track);
  }
  disableCaptions(): void {
    this.record('disableCaptions');
    this.selectedCaptionTrack = -1;
  }
  getVideoUrl(): string {
    this.record('getVideoUrl');
    return `https://${this.options.serverName}/Panopto/Pages/Viewer.aspx?id=${this.options.sessionId}`;
  }
  /** Not part of Panopto's API; `<panopto-player>` calls it when present. */
  destroy(): void {
    this.record('destroy');
    this.destroyed = true;
    this.iframe?.remove();
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }
}

/** The handle `installFakeEmbedApi()` returns. */
export class FakeEmbedApi {
  /** Every player constructed since installation, oldest first. */
  readonly players: FakeEmbedApiPlayer[] = [];
  private readonly previous: PanoptoEmbedWindow;
  private installed = true;

  constructor(private readonly win: Window & PanoptoEmbedWindow, settings: Required<FakeEmbedApiOptions>) {
    this.previous = { EmbedApi: win.EmbedApi, PlayerState: win.PlayerState, ApiError: win.ApiError };
    const players = this.players;
    // A real class, so `typeof EmbedApi === 'function'` holds as for Panopto's script.
    win.EmbedApi = class {
      constructor(elementId: string, options: EmbedApiOptions) {
        const player = new FakeEmbedApiPlayer(elementId, options, settings);
        players.push(player);
        return player;
      }
    } as unknown as PanoptoEmbedWindow['EmbedApi'];
    win.PlayerState = { Ended: 0, Playing: 1, Paused: 2 };
    win.ApiError = { PlayNotAllowed: 'playNotAllowed', PlayWithSoundNotAllowed: 'playWithSoundNotAllowed' };
  }

  /** The most recently constructed player (throws when none was). */
  get last(): FakeEmbedApiPlayer {
    const player = this.players[this.players.length - 1];
    if (!player) throw new Error('FakeEmbedApi: no player was constructed');
    return player;
  }

  /** Players constructed and not destroyed. */
  get alive(): FakeEmbedApiPlayer[] {
    return this.players.filter((p) => !p.destroyed);
  }

  /** The globals, as the loader would hand them over. */
  get globals(): PanoptoEmbedGlobals {
    const { EmbedApi, PlayerState: states, ApiError } = this.win;
    if (!EmbedApi) throw new Error('FakeEmbedApi: uninstalled');
    return { EmbedApi, PlayerState: states, ApiError };
  }

  /** Puts back whatever globals were there before. Call it in `afterEach`. */
  uninstall(): void {
    if (!this.installed) return;
    this.installed = false;
    for (const key of ['EmbedApi', 'PlayerState', 'ApiError'] as const) {
      if (this.previous[key] === undefined) delete this.win[key];
      else (this.win as unknown as Record<string, unknown>)[key] = this.previous[key];
    }
  }
}

/**
 * Installs fake `EmbedApi`, `PlayerState` and `ApiError` globals. `<panopto-player>`'s loader then resolves at
 * once without injecting a script. Uninstall in `afterEach`.
 *
 * @example
 * ```ts
 * let fake: FakeEmbedApi;
 * beforeEach(() => (fake = installFakeEmbedApi()));
 * afterEach(() => fake.uninstall());
 *
 * it('plays after ready', async () => {
 *   const fixture = TestBed.createComponent(LectureComponent);
 *   fixture.detectChanges();
 *   await fixture.whenStable();
 *   fake.last.fireIframeReady();
 *   fake.last.fireReady();
 *   expect(fake.last.count('playVideo')).toBe(1);
 * });
 * ```
 */
export function installFakeEmbedApi(options: FakeEmbedApiOptions = {}, win: Window = window): FakeEmbedApi {
  return new FakeEmbedApi(win as Window & PanoptoEmbedWindow, {
    autoReady: options.autoReady ?? false,
    duration: options.duration ?? 600,
    captionTracks: options.captionTracks ?? [],
  });
}

/**
 * Providers that replace the script loader with one that resolves with the fake's globals (or rejects when
 * `fail` is set), for tests that must not touch `window` globals.
 *
 * @example
 * ```ts
 * TestBed.configureTestingModule({ providers: [provideFakeEmbedApiLoader(fake)] });
 * ```
 */
export function provideFakeEmbedApiLoader(fake: FakeEmbedApi, options: { fail?: boolean } = {}): Provider[] {
  const loader: Pick<PanoptoEmbedApiLoader, 'load'> = {
    load: () =>
      options.fail
        ? Promise.reject(new PanoptoPlayerError('scriptLoadFailed', 'FakeEmbedApi: script load failed'))
        : Promise.resolve(fake.globals),
  };
  return [{ provide: PanoptoEmbedApiLoader, useValue: loader }];
}
