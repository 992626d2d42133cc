import { NgIf } from '@angular/common';
import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  EventEmitter,
  HostBinding,
  Inject,
  Input,
  NgZone,
  OnChanges,
  OnDestroy,
  OnInit,
  Optional,
  Output,
  PLATFORM_ID,
  SimpleChanges,
  ViewChild,
} from '@angular/core';
import { BooleanInput, NumberInput, coerceBooleanProperty, coerceNumberProperty } from '@angular/cdk/coercion';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { BehaviorSubject, Observable, share } from 'rxjs';
import { PANOPTO_CONFIG, ResolvedPanoptoConfig } from 'panopto-ng';
import { PlayerCommandQueue } from './command-queue';
import { EmbedApiPlayer, PanoptoEmbedGlobals, PlayerState } from './embed-api-types';
import { PanoptoEmbedApiLoader } from './embed-api-loader';
import {
  PanoptoEmbedParams,
  embedPageUrl,
  isPanoptoHost,
  originOfHost,
  previewImageUrl,
  toVideoParams,
} from './embed-urls';
import { isPanoptoSessionId } from './guid';
import { PANOPTO_PLAYER_CONFIG, ResolvedPanoptoPlayerConfig } from './player-config';
import { PanoptoPlayerError, PanoptoPlayerErrorCode, fromEmbedApiError } from './player-error';

/**
 * Where a player is in its life:
 * `idle` (nothing loaded: facade shown, or server render), `loading`, `ready`, `error`,
 * `login-required` (Panopto shows its sign-in page inside the player), `not-viewable` (the embedded page never
 * answered: Panopto does that for a signed-in viewer without permission).
 */
export type PanoptoPlayerStatus = 'idle' | 'loading' | 'ready' | 'error' | 'login-required' | 'not-viewable';

/** What the component renders. */
type PlayerView = 'api' | 'iframe' | 'facade' | 'invalid';

/** Inputs whose change needs a new player (they end up in the embed URL). */
const REBUILD_INPUTS = [
  'sessionId',
  'server',
  'autoplay',
  'offerViewer',
  'showTitle',
  'showBrand',
  'captions',
  'interactivity',
  'startTime',
] as const;

let nextId = 0;

/**
 * Plays a Panopto session through Panopto's Embed API, sized to its container.
 *
 * - Loads `embedapi.min.js` once per page (see `providePanoptoPlayer()`), builds the player outside the Angular
 *   zone, and re-enters the zone only for outputs somebody listens to.
 * - Calls made before the video is ready (`play()`, `seekTo()`, …) are queued and replayed once.
 * - With no `width`/`height` it fills its container's width at `aspectRatio` (16:9) and follows resizes.
 * - Falls back to a plain `Embed.aspx` iframe when rendered on the server or when the script cannot load,
 *   or shows a thumbnail with a play button when `facade` is set.
 *
 * @example
 * ```html
 * <panopto-player
 *   sessionId="8d8ec2a4-9c0a-4b57-9a1e-b0f1010e6a11"
 *   [showTitle]="false"
 *   (ready)="player.play()"
 *   (stateChange)="onState($event)"
 *   #player
 * ></panopto-player>
 * ```
 */
@Component({
  selector: 'panopto-player',
  standalone: true,
  imports: [NgIf],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './panopto-player.component.html',
  styleUrls: ['./panopto-player.component.css'],
})
export class PanoptoPlayerComponent implements OnInit, OnChanges, OnDestroy {
  /** The session (delivery) id, a GUID as in `Viewer.aspx?id=`. Anything else shows an error and loads nothing. */
  @Input() sessionId = '';
  /** Start playing when loaded (the browser may block it: see `(error)`). */
  @Input()
  get autoplay(): boolean {
    return this._autoplay;
  }
  set autoplay(value: BooleanInput) {
    this._autoplay = coerceBooleanProperty(value);
  }
  /** Offer a link to open the video in Panopto's full viewer. Default true. */
  @Input()
  get offerViewer(): boolean {
    return this._offerViewer;
  }
  set offerViewer(value: BooleanInput) {
    this._offerViewer = coerceBooleanProperty(value);
  }
  /** Show the title over the video. Default true. */
  @Input()
  get showTitle(): boolean {
    return this._showTitle;
  }
  set showTitle(value: BooleanInput) {
    this._showTitle = coerceBooleanProperty(value);
  }
  /** Show Panopto's brand. Default false. */
  @Input()
  get showBrand(): boolean {
    return this._showBrand;
  }
  set showBrand(value: BooleanInput) {
    this._showBrand = coerceBooleanProperty(value);
  }
  /** Captions on from the start. Default false. */
  @Input()
  get captions(): boolean {
    return this._captions;
  }
  set captions(value: BooleanInput) {
    this._captions = coerceBooleanProperty(value);
  }
  /** Panopto's interactive features (table of contents, search, discussions): `all`, `none` or `search`. */
  @Input() interactivity: 'all' | 'none' | 'search' = 'all';
  /** Start offset in seconds. */
  @Input()
  get startTime(): number {
    return this._startTime;
  }
  set startTime(value: NumberInput) {
    this._startTime = Math.max(0, coerceNumberProperty(value, 0));
  }
  /** Width / height ratio used when `height` is not fixed. Default 16/9. */
  @Input()
  get aspectRatio(): number {
    return this._aspectRatio;
  }
  set aspectRatio(value: NumberInput) {
    const ratio = coerceNumberProperty(value, 16 / 9);
    this._aspectRatio = ratio > 0 && Number.isFinite(ratio) ? ratio : 16 / 9;
  }
  /** Fixed width in px. Without it the player is as wide as its container. */
  @Input()
  get width(): number | null {
    return this._width;
  }
  set width(value: NumberInput) {
    this._width = positiveOrNull(value);
  }
  /** Fixed height in px. Without it the height follows from the width and `aspectRatio`. */
  @Input()
  get height(): number | null {
    return this._height;
  }
  set height(value: NumberInput) {
    this._height = positiveOrNull(value);
  }
  /**
   * Panopto host for this player only (`otheruni.hosted.panopto.com`), overriding `providePanopto()`'s
   * `serverUrl`. Bare host with optional port; https is used (http for localhost).
   */
  @Input() server: string | null = null;
  /** Show a thumbnail and a play button; the player (and its script) load only on click. */
  @Input()
  get facade(): boolean {
    return this._facade;
  }
  set facade(value: BooleanInput) {
    this._facade = coerceBooleanProperty(value);
  }
  /** Accessible name of the player. */
  @Input() label = 'Panopto embedded video player';
  /** The video's title, for the play button's and the frame's accessible description. */
  @Input() videoTitle = '';

  /** The video is loaded and takes commands. Fires exactly once per loaded video. */
  @Output() readonly ready = new EventEmitter<void>();
  /** Playing, paused, ended… */
  @Output() readonly stateChange = new EventEmitter<PlayerState>();
  /** The playback rate changed (1 = normal speed). */
  @Output() readonly playbackRateChange = new EventEmitter<number>();
  /** Playback reached the end. */
  @Output() readonly ended = new EventEmitter<void>();
  /** Something went wrong; see `PanoptoPlayerErrorCode`. */
  @Output() readonly error = new EventEmitter<PanoptoPlayerError>();
  /** Panopto shows its sign-in page inside the player (restricted video, viewer not signed in). */
  @Output() readonly loginShown = new EventEmitter<void>();
  /**
   * The position in seconds, sampled while playing. Sampling runs (outside the Angular zone) only while somebody
   * subscribes.
   */
  @Output() readonly timeUpdate: Observable<number>;

  /** The status as a stream; replays the current value to new subscribers; emits inside the Angular zone. */
  readonly status$: Observable<PanoptoPlayerStatus>;

  /** @internal */ readonly containerId = `panopto-player-${++nextId}`;
  /** @internal */ view: PlayerView = 'api';
  /** @internal */ iframeSrc: SafeResourceUrl | null = null;
  /** @internal */ previewSrc: string | null = null;
  /** @internal */ errorMessage = '';

  @ViewChild('embedHost', { static: true }) private embedHost!: ElementRef<HTMLElement>;

  private _autoplay = false;
  private _offerViewer = true;
  private _showTitle = true;
  private _showBrand = false;
  private _captions = false;
  private _startTime = 0;
  private _aspectRatio = 16 / 9;
  private _width: number | null = null;
  private _height: number | null = null;
  private _facade = false;

  private readonly statusSubject = new BehaviorSubject<PanoptoPlayerStatus>('idle');
  private readonly queue = new PlayerCommandQueue();
  private readonly isBrowser: boolean;
  private player: EmbedApiPlayer | null = null;
  private generation = 0;
  private initialized = false;
  private destroyed = false;
  private activated = false;
  private videoReady = false;
  private lastState: PlayerState = PlayerState.Unstarted;
  private notViewableTimer: ReturnType<typeof setTimeout> | undefined;
  // What getters return before the player is ready (the values queued calls will set).
  private pending = { time: 0, volume: 1, muted: false, rate: 1 };

  constructor(
    private readonly zone: NgZone,
    private readonly cdr: ChangeDetectorRef,
    private readonly sanitizer: DomSanitizer,
    private readonly loader: PanoptoEmbedApiLoader,
    @Inject(PLATFORM_ID) platformId: object,
    @Inject(PANOPTO_PLAYER_CONFIG) private readonly config: ResolvedPanoptoPlayerConfig,
    @Optional() @Inject(PANOPTO_CONFIG) private readonly panopto: ResolvedPanoptoConfig | null,
  ) {
    this.isBrowser = isPlatformBrowser(platformId);
    this.status$ = this.statusSubject.asObservable();
    this.timeUpdate = new Observable<number>((subscriber) => {
      if (!this.isBrowser) return undefined;
      let last = -1;
      const id = this.zone.runOutsideAngular(() =>
        setInterval(() => {
          const player = this.player;
          if (!player || !this.videoReady || this.lastState !== PlayerState.Playing) return;
          const time = player.getCurrentTime();
          if (time === last) return;
          last = time;
          this.zone.run(() => subscriber.next(time));
        }, this.config.timeUpdateIntervalMs),
      );
      return () => clearInterval(id);
    }).pipe(share());
  }

  /** The current status. */
  get status(): PanoptoPlayerStatus {
    return this.statusSubject.value;
  }

  /** @internal */
  @HostBinding('style.aspect-ratio') get hostAspectRatio(): string | null {
    return this._height === null ? String(this._aspectRatio) : null;
  }
  /** @internal */
  @HostBinding('style.width.px') get hostWidth(): number | null {
    return this._width;
  }
  /** @internal */
  @HostBinding('style.height.px') get hostHeight(): number | null {
    return this._height;
  }

  ngOnInit(): void {
    this.initialized = true;
    this.setUp();
  }

  ngOnChanges(changes: SimpleChanges): void {
    if (this.initialized && REBUILD_INPUTS.some((name) => changes[name] && !changes[name].firstChange)) this.setUp();
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.tearDown();
    this.queue.clear();
    this.statusSubject.complete();
  }

  /**
   * Loads the player now: after a click on your own button instead of the facade, or to retry after an error.
   */
  load(): void {
    this.activated = true;
    this.setUp();
  }

  /** @internal The facade's play button: load the player and play once it is ready. */
  onFacadeClick(): void {
    this.load();
    this.play();
  }

  /** Starts playback (queued until ready). */
  play(): void {
    this.run((p) => p.playVideo());
  }
  /** Pauses playback (queued until ready). */
  pause(): void {
    this.run((p) => p.pauseVideo());
  }
  /** Stops playback and rewinds (queued until ready). */
  stop(): void {
    this.run((p) => p.stopVideo());
  }
  /** Jumps to `seconds` (queued until ready). */
  seekTo(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(`panopto-player: seekTo() needs a number of seconds >= 0; got ${seconds}.`);
    }
    this.pending.time = seconds;
    this.run((p) => p.seekTo(seconds, true));
  }
  /** Mutes (queued until ready). */
  mute(): void {
    this.pending.muted = true;
    this.run((p) => p.muteVideo());
  }
  /** Unmutes; call it from a user gesture after a `playWithSoundNotAllowed` error. */
  unmute(): void {
    this.pending.muted = false;
    this.run((p) => p.unmuteVideo());
  }
  /** Sets the volume, from 0 (silent) to 1 (full). */
  setVolume(volume: number): void {
    if (typeof volume !== 'number' || !Number.isFinite(volume) || volume < 0 || volume > 1) {
      throw new RangeError(`panopto-player: setVolume() takes a number from 0 to 1; got ${volume}.`);
    }
    this.pending.volume = volume;
    this.run((p) => p.setVolume(volume));
  }
  /** Sets the playback rate (1 = normal; Panopto offers 0.25 to 2). */
  setPlaybackRate(rate: number): void {
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > 4) {
      throw new RangeError(`panopto-player: setPlaybackRate() takes a number above 0 and up to 4; got ${rate}.`);
    }
    this.pending.rate = rate;
    this.run((p) => p.setPlaybackRate(rate));
  }
  /** Turns captions on, with the track at `index` in `getCaptionTracks()` (default the first). */
  enableCaptions(index = 0): void {
    this.run((p) => p.enableCaptions(String(index)));
  }
  /** Turns captions off. */
  disableCaptions(): void {
    this.run((p) => p.disableCaptions());
  }

  /** Position in seconds (the queued seek target before ready). */
  getCurrentTime(): number {
    return this.readyPlayer()?.getCurrentTime() ?? this.pending.time;
  }
  /** Duration in seconds, 0 before ready. */
  getDuration(): number {
    return this.readyPlayer()?.getDuration() ?? 0;
  }
  /** The player state (`Unstarted` before ready). */
  getState(): PlayerState {
    const player = this.readyPlayer();
    return player ? (player.getState() as PlayerState) : this.lastState;
  }
  /** Whether the sound is off. */
  isMuted(): boolean {
    return this.readyPlayer()?.isMuted() ?? this.pending.muted;
  }
  /** Volume from 0 to 1. */
  getVolume(): number {
    return this.readyPlayer()?.getVolume() ?? this.pending.volume;
  }
  /** Current playback rate. */
  getPlaybackRate(): number {
    return this.readyPlayer()?.getPlaybackRate() ?? this.pending.rate;
  }
  /** Whether the video has captions. */
  hasCaptions(): boolean {
    return this.readyPlayer()?.hasCaptions() ?? false;
  }
  /** Labels of the caption tracks. */
  getCaptionTracks(): string[] {
    return this.readyPlayer()?.getCaptionTracks() ?? [];
  }
  /** Index of the caption track shown, or -1. */
  getSelectedCaptionTrack(): number {
    return this.readyPlayer()?.getSelectedCaptionTrack() ?? -1;
  }

  private readyPlayer(): EmbedApiPlayer | null {
    return this.videoReady ? this.player : null;
  }

  private run(command: (player: EmbedApiPlayer) => void): void {
    const player = this.readyPlayer();
    if (player) this.zone.runOutsideAngular(() => command(player));
    else this.queue.push(command);
  }

  private embedParams(): PanoptoEmbedParams {
    return {
      autoplay: this._autoplay,
      offerViewer: this._offerViewer,
      showTitle: this._showTitle,
      showBrand: this._showBrand,
      captions: this._captions,
      interactivity: ['all', 'none', 'search'].includes(this.interactivity) ? this.interactivity : 'all',
      startTime: this._startTime,
    };
  }

  /** Decides what to show for the current inputs, and starts loading if needed. */
  private setUp(): void {
    this.tearDown();
    const generation = this.generation;
    this.iframeSrc = null;
    this.previewSrc = null;
    this.errorMessage = '';

    if (!isPanoptoSessionId(this.sessionId)) {
      this.fail('invalidSessionId', `"${String(this.sessionId)}" is not a Panopto session id (a GUID).`);
      return;
    }
    const server = this.resolveServer();
    if (!server) return;

    if (!this.isBrowser || (this._facade && !this.activated)) {
      this.previewSrc = previewImageUrl(server.url, this.sessionId);
      this.view = this._facade ? 'facade' : 'iframe';
      if (!this._facade) this.showIframe(server.url);
      this.setStatus('idle');
      return;
    }

    this.view = 'api';
    this.setStatus('loading');
    this.loader.load().then(
      (globals) => {
        if (generation === this.generation && !this.destroyed) this.create(globals, server.name);
      },
      (error: PanoptoPlayerError) => {
        if (generation !== this.generation || this.destroyed) return;
        // Without the script the video still plays, in Panopto's own iframe; only the API is missing.
        this.showIframe(server.url);
        this.view = 'iframe';
        this.setStatus('error');
        this.emit(this.error, error);
      },
    );
  }

  private resolveServer(): { url: string; name: string } | null {
    if (this.server !== null && this.server !== '') {
      if (!isPanoptoHost(this.server)) {
        this.fail('invalidServer', `"${this.server}" is not a host name such as 'myuni.hosted.panopto.com'.`);
        return null;
      }
      return { url: originOfHost(this.server), name: this.server };
    }
    if (!this.panopto) {
      this.fail('invalidServer', 'No Panopto site: call providePanopto({ serverUrl }) or set the [server] input.');
      return null;
    }
    return { url: this.panopto.serverUrl, name: this.panopto.serverName };
  }

  private showIframe(serverUrl: string): void {
    // The URL is built only from a validated host and a validated GUID, so it can be trusted as a resource.
    this.iframeSrc = this.sanitizer.bypassSecurityTrustResourceUrl(
      embedPageUrl(serverUrl, this.sessionId, this.embedParams()),
    );
  }

  private create(globals: PanoptoEmbedGlobals, serverName: string): void {
    const generation = this.generation;
    const live = () => generation === this.generation && !this.destroyed;
    this.zone.runOutsideAngular(() => {
      this.notViewableTimer = setTimeout(() => {
        if (!live()) return;
        this.setStatus('not-viewable');
        this.emit(
          this.error,
          new PanoptoPlayerError('notViewable', 'Panopto did not open this video: the viewer may lack permission.'),
        );
      }, this.config.notViewableTimeoutMs);

      this.player = new globals.EmbedApi(this.containerId, {
        serverName,
        sessionId: this.sessionId,
        width: '100%',
        height: '100%',
        videoParams: toVideoParams(this.embedParams()),
        events: {
          onIframeReady: () => {
            if (!live()) return;
            clearTimeout(this.notViewableTimer);
            if (this.status === 'login-required') this.setStatus('loading');
            this.player?.loadVideo();
          },
          onReady: () => {
            if (!live() || this.videoReady) return;
            this.videoReady = true;
            if (this.player) this.queue.flush(this.player);
            this.setStatus('ready');
            this.zone.run(() => this.ready.emit());
          },
          onStateChange: (state: number) => {
            if (!live()) return;
            this.lastState = state as PlayerState;
            this.emit(this.stateChange, state as PlayerState);
            if (state === PlayerState.Ended) this.emit(this.ended, undefined);
          },
          onPlaybackRateChange: (rate: number) => {
            if (live()) this.emit(this.playbackRateChange, rate);
          },
          onError: (code: string) => {
            if (live()) this.emit(this.error, fromEmbedApiError(code));
          },
          onLoginShown: () => {
            if (!live()) return;
            clearTimeout(this.notViewableTimer);
            this.setStatus('login-required');
            this.emit(this.loginShown, undefined);
          },
        },
      });
    });
  }

  /** Forgets the current player: stale callbacks are ignored, timers cleared, the iframe removed. */
  private tearDown(): void {
    this.generation++;
    clearTimeout(this.notViewableTimer);
    const player = this.player as (EmbedApiPlayer & { destroy?: () => void }) | null;
    this.player = null;
    this.videoReady = false;
    this.lastState = PlayerState.Unstarted;
    // Panopto's API has no destroy(); the emulator's has. Either way the iframe goes with the container's children.
    if (player && typeof player.destroy === 'function') player.destroy();
    const host = this.embedHost?.nativeElement;
    while (host?.firstChild) host.removeChild(host.firstChild);
  }

  private fail(code: PanoptoPlayerErrorCode, message: string): void {
    this.view = 'invalid';
    this.errorMessage = code === 'invalidSessionId' ? 'This video link is not valid.' : 'This video cannot be shown.';
    this.setStatus('error');
    this.emit(this.error, new PanoptoPlayerError(code, `panopto-player: ${message}`));
  }

  private setStatus(status: PanoptoPlayerStatus): void {
    if (this.statusSubject.value === status) return;
    // Statuses are rare: emit them inside the zone so subscribers' view updates are picked up.
    const update = () => {
      this.statusSubject.next(status);
      this.cdr.markForCheck();
    };
    if (NgZone.isInAngularZone()) update();
    else this.zone.run(update);
  }

  /** Emits inside the zone, and only when somebody listens: no change detection for unobserved events. */
  private emit<T>(emitter: EventEmitter<T>, value: T): void {
    if (!emitter.observed) return;
    if (NgZone.isInAngularZone()) emitter.emit(value);
    else this.zone.run(() => emitter.emit(value));
  }

  /** @internal Text for screen readers, announced politely when the status changes. */
  get statusText(): string {
    switch (this.status) {
      case 'loading':
        return 'Loading video…';
      case 'login-required':
        return 'Sign in to Panopto inside the player to watch this video.';
      case 'not-viewable':
        return 'You do not have permission to view this video.';
      case 'error':
        return this.errorMessage || 'The video player could not load; showing the basic player.';
      default:
        return '';
    }
  }
}

function positiveOrNull(value: NumberInput): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = coerceNumberProperty(value, NaN);
  return Number.isFinite(n) && n > 0 ? n : null;
}
