// Size: ~640 lines on purpose. The player must stay under its bundle budget (+4.5 kB gzip, `npm run bench:bundle`),
// and it got there by folding its parts into this one class: inlining the command queue, with the status Subject and
// PlayerState literals, saved 0.23 kB gzip (commit 8d5b70e). Each extra class or injectable adds bytes the minifier
// cannot fold, so a split must be measured against the budget first.
import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  EventEmitter,
  Inject,
  Input,
  NgZone,
  OnChanges,
  OnDestroy,
  OnInit,
  Optional,
  Output,
  PLATFORM_ID,
  Renderer2,
  RendererStyleFlags2,
  SimpleChanges,
  ViewEncapsulation,
} from '@angular/core';
import { Observable, Subject, Subscriber } from 'rxjs';
import { PANOPTO_SITE, PanoptoSite } from 'panopto-ng';
import { EmbedApiPlayer, PanoptoEmbedGlobals, PlayerState } from './embed-api-types';

// PlayerState values as literals: referencing the (non-const) enum would keep its whole object in every app.
const UNSTARTED = -1;
const ENDED = 0;
const PLAYING = 1;
import { PanoptoEmbedApiLoader } from './embed-api-loader';
import { embedPageUrl, isPanoptoHost, originOfHost, toVideoParams } from './embed-urls';
import { appendElement, appendText } from './append-element';
import { isGuid } from 'panopto-ng/core';
import { PlayerBooleanInput, PlayerNumberInput, toBoolean, toNumber } from './coerce';
import { PANOPTO_PLAYER_CONFIG, ResolvedPanoptoPlayerConfig } from './player-config';
import { PanoptoPlayerPlaceholder } from './player-placeholder';
import { PanoptoPlayerError, PanoptoPlayerErrorCode, fromEmbedApiError } from './player-error';

// Angular's development flag; production builds define it as false, so the minifier drops what it guards.
// Checked at each use site: a shared `const DEV_MODE` was not folded across modules and its messages stayed in bundles.
declare const ngDevMode: boolean | undefined;

/**
 * Where a player is in its life:
 * `idle` (nothing loaded: a placeholder such as the facade shown, or server render), `loading`, `ready`, `error`,
 * `login-required` (Panopto shows its sign-in page inside the player), `not-viewable` (the embedded page never
 * answered: Panopto does that for a signed-in viewer without permission).
 */
export type PanoptoPlayerStatus = 'idle' | 'loading' | 'ready' | 'error' | 'login-required' | 'not-viewable';

/** What the component shows. */
type PlayerView = 'api' | 'iframe' | 'placeholder' | 'invalid';

/** Inputs applied in place; a change of any other input needs a new player (they end up in the embed URL). */
const LIVE_INPUTS = ['aspectRatio', 'width', 'height', 'label', 'videoTitle', 'captionLanguage'];

let nextId = 0;

/**
 * Plays a Panopto session through Panopto's Embed API, sized to its container.
 *
 * - Loads `embedapi.min.js` once per page (see `withPanoptoPlayer()`), builds the player outside the Angular
 *   zone, and re-enters the zone only for outputs somebody listens to.
 * - Calls made before the video is ready (`play()`, `seekTo()`, …) are queued and replayed once.
 * - With no `width`/`height` it fills its container's width at `aspectRatio` (16:9) and follows resizes.
 * - Falls back to a plain `Embed.aspx` iframe when rendered on the server or when the script cannot load,
 *   or shows a placeholder until clicked: add `facade` (with `PanoptoPlayerFacadeDirective` imported) for a
 *   thumbnail and a play button.
 *
 * Its few elements are created with the renderer rather than a template: the player needs no change detection
 * of its own, and apps don't pay for Angular's query, listener and styling runtime to use it.
 *
 * @example
 * ```html
 * <panopto-player
 *   #player
 *   sessionId="8d8ec2a4-9c0a-4b57-9a1e-b0f1010e6a11"
 *   [showTitle]="false"
 *   (ready)="player.play()"
 *   (stateChange)="onState($event)"
 * ></panopto-player>
 * ```
 */
@Component({
  selector: 'panopto-player',
  standalone: true,
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not emulated: every rule is scoped by the panopto-player element or a panopto-player__ class, and the
  // elements are created by the renderer. Saves the per-selector attribute rewriting in every app's bundle.
  encapsulation: ViewEncapsulation.None,
  styleUrls: ['./panopto-player.component.css'],
})
export class PanoptoPlayerComponent implements OnInit, OnChanges, OnDestroy {
  /** The session (delivery) id, a GUID as in `Viewer.aspx?id=`. Anything else shows an error and loads nothing. */
  @Input() sessionId = '';
  /** Start playing when loaded (the browser may block it: see `(error)`). Default false. */
  @Input() autoplay: PlayerBooleanInput = false;
  /** Offer a link to open the video in Panopto's full viewer. Default true. */
  @Input() offerViewer: PlayerBooleanInput = true;
  /** Show the title over the video. Default true. */
  @Input() showTitle: PlayerBooleanInput = true;
  /** Show Panopto's brand. Default false. */
  @Input() showBrand: PlayerBooleanInput = false;
  /** Captions on from the start. Default false. */
  @Input() captions: PlayerBooleanInput = false;
  /**
   * The caption track to show, by its label in `getCaptionTracks()` (`'French'`); `''` turns captions off, `null`
   * (the default) leaves them as they are. Changing it switches tracks without reloading the video.
   */
  @Input() captionLanguage: string | null = null;
  /** Panopto's interactive features (table of contents, search, discussions): `all`, `none` or `search`. */
  @Input() interactivity: 'all' | 'none' | 'search' = 'all';
  /** Start offset in seconds. Default 0. */
  @Input() startTime: PlayerNumberInput = 0;
  /** Width / height ratio used when `height` is not fixed. Default 16/9. */
  @Input() aspectRatio: PlayerNumberInput = 16 / 9;
  /** Fixed width in px. Without it the player is as wide as its container. */
  @Input() width: PlayerNumberInput = null;
  /** Fixed height in px. Without it the height follows from the width and `aspectRatio`. */
  @Input() height: PlayerNumberInput = null;
  /**
   * Panopto host for this player only (`otheruni.hosted.panopto.com`), overriding `providePanopto()`'s
   * `serverUrl`. Bare host with optional port; https is used (http for localhost).
   */
  @Input() server: string | null = null;
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

  /** Id of the element the Embed API builds its iframe in (unique per player). */
  readonly containerId = `panopto-player-${++nextId}`;

  // A plain Subject plus the current value (rather than a BehaviorSubject, which the app would bundle for this alone).
  private currentStatus: PanoptoPlayerStatus = 'idle';
  private readonly statusChanges = new Subject<PanoptoPlayerStatus>();
  // Calls made before the video is ready (Panopto ignores them then), replayed once, in order, on ready.
  private queue: ((player: EmbedApiPlayer) => void)[] = [];
  private readonly isBrowser: boolean;
  private view: PlayerView = 'api';
  private errorMessage = '';
  private player?: EmbedApiPlayer;
  private generation = 0;
  private initialized?: boolean;
  private destroyed?: boolean;
  private activated?: boolean;
  private videoReady?: boolean;
  private lastState: PlayerState = UNSTARTED;
  private notViewableTimer: ReturnType<typeof setTimeout> | undefined;
  /** Subscribers of `timeUpdate`, each with whether it subscribed inside the Angular zone. */
  private readonly timeSubscribers = new Map<Subscriber<number>, boolean>();
  private timePoll: ReturnType<typeof setInterval> | undefined;
  private lastTime = -1;
  // What getters return before the player is ready (the values queued calls will set).
  private pending = { time: 0, volume: 1, muted: false, rate: 1 };
  // The elements, created in ngOnInit: the Embed API's container, an overlay for problems, a polite live region.
  private embedEl?: HTMLElement;
  private messageEl?: HTMLElement;
  private messageText?: Text;
  private statusText?: Text;
  // Set by usePlaceholder().
  private placeholder?: PanoptoPlayerPlaceholder;
  // Removes the fallback iframe or the placeholder, whichever is shown.
  private removeShown?: () => void;

  constructor(
    private readonly zone: NgZone,
    private readonly renderer: Renderer2,
    private readonly host: ElementRef<HTMLElement>,
    private readonly loader: PanoptoEmbedApiLoader,
    @Inject(PLATFORM_ID) platformId: object,
    @Inject(PANOPTO_PLAYER_CONFIG) private readonly config: ResolvedPanoptoPlayerConfig,
    @Optional() @Inject(PANOPTO_SITE) private readonly panopto: PanoptoSite | null,
  ) {
    this.isBrowser = isPlatformBrowser(platformId);
    this.status$ = new Observable<PanoptoPlayerStatus>((subscriber) => {
      subscriber.next(this.currentStatus);
      return this.statusChanges.subscribe(subscriber);
    });
    // One poll for all subscribers, running only while there is at least one. Each gets the position in the zone
    // it subscribed from: a subscriber outside Angular (analytics) costs no change detection.
    this.timeUpdate = new Observable<number>((subscriber) => {
      this.timeSubscribers.set(subscriber, NgZone.isInAngularZone());
      this.startTimePoll();
      return () => {
        this.timeSubscribers.delete(subscriber);
        if (this.timeSubscribers.size === 0) this.stopTimePoll();
      };
    });
  }

  /** The current status. */
  get status(): PanoptoPlayerStatus {
    return this.currentStatus;
  }

  ngOnInit(): void {
    const host = this.host.nativeElement;
    const r = this.renderer;
    this.embedEl = appendElement(r, host, 'div', { class: 'panopto-player__embed', id: this.containerId });
    this.messageEl = appendElement(r, host, 'div', { role: 'alert' });
    this.messageText = appendText(r, this.messageEl);
    const status = appendElement(r, host, 'p', {
      class: 'panopto-player__status',
      role: 'status',
      'aria-live': 'polite',
    });
    this.statusText = appendText(r, status);
    if ((typeof ngDevMode === 'undefined' || ngDevMode) && !this.placeholder && host.hasAttribute('facade')) {
      console.warn(
        'panopto-player: `facade` does nothing unless PanoptoPlayerFacadeDirective (or PanoptoPlayerModule) ' +
          'is imported next to PanoptoPlayerComponent; the player loads right away.',
      );
    }
    this.initialized = true;
    this.setUp();
  }

  ngOnChanges(changes: SimpleChanges): void {
    this.applySize();
    const rebuild = Object.keys(changes).some((name) => !LIVE_INPUTS.includes(name) && !changes[name].firstChange);
    if (this.initialized && rebuild) this.setUp();
    const label = this.captionLanguage;
    // Queued until the video is ready (its tracks are known then); a new video gets the same language.
    if (label !== null && (changes['captionLanguage'] || rebuild))
      this.run((p) => {
        const index = p.getCaptionTracks().indexOf(label);
        if (index < 0) p.disableCaptions();
        else p.enableCaptions(String(index));
      });
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.stopTimePoll();
    this.tearDown();
    this.statusChanges.complete();
  }

  /**
   * Loads the player now: after a click on a placeholder (the facade does this), or to retry after an error.
   */
  load(): void {
    this.activated = true;
    this.setUp();
  }

  /**
   * Shows `placeholder` instead of loading the player while its `active` is true, until `load()` is called.
   * `PanoptoPlayerFacadeDirective` calls this for you; call it again to redraw after the placeholder's settings change.
   */
  usePlaceholder(placeholder: PanoptoPlayerPlaceholder): void {
    this.placeholder = placeholder;
    if (this.initialized) this.setUp();
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
  /** Jumps to `seconds` (queued until ready). Throws a `RangeError` for a negative or non-finite value. */
  seekTo(seconds: number): void {
    check(Number.isFinite(seconds) && seconds >= 0, 'seekTo', seconds, 'a number of seconds >= 0');
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
  /** Sets the volume, from 0 (silent) to 1 (full). Throws a `RangeError` outside that range. */
  setVolume(volume: number): void {
    check(Number.isFinite(volume) && volume >= 0 && volume <= 1, 'setVolume', volume, 'a number from 0 to 1');
    this.pending.volume = volume;
    this.run((p) => p.setVolume(volume));
  }
  /** Sets the playback rate (1 = normal; Panopto offers 0.25 to 2). Throws a `RangeError` outside (0, 4]. */
  setPlaybackRate(rate: number): void {
    check(Number.isFinite(rate) && rate > 0 && rate <= 4, 'setPlaybackRate', rate, 'a number above 0 up to 4');
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

  private readyPlayer(): EmbedApiPlayer | undefined {
    return this.videoReady ? this.player : undefined;
  }

  private run(command: (player: EmbedApiPlayer) => void): void {
    const player = this.readyPlayer();
    if (player) this.zone.runOutsideAngular(() => command(player));
    else this.queue.push(command);
  }

  /** Decides what to show for the current inputs, and starts loading if needed. */
  private setUp(): void {
    this.tearDown();
    const generation = this.generation;

    if (!isGuid(this.sessionId)) {
      this.fail(
        'invalidSessionId',
        (typeof ngDevMode === 'undefined' || ngDevMode) && `"${this.sessionId}" is not a Panopto session id (a GUID).`,
      );
      return;
    }
    const server = this.resolveServer();
    if (!server) return;

    const placeholder = this.placeholder?.active && !this.activated ? this.placeholder : undefined;
    if (placeholder || !this.isBrowser) {
      if (placeholder) {
        this.view = 'placeholder';
        this.removeShown = placeholder.render(this.host.nativeElement, server.url, this.sessionId);
      } else this.showIframe(server.url);
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
        this.setStatus('error');
        this.emit(this.error, error);
      },
    );
  }

  private resolveServer(): { url: string; name: string } | null {
    if (this.server) {
      if (!isPanoptoHost(this.server)) {
        this.fail(
          'invalidServer',
          (typeof ngDevMode === 'undefined' || ngDevMode) &&
            `"${this.server}" is not a host name like 'myuni.hosted.panopto.com'.`,
        );
        return null;
      }
      return { url: originOfHost(this.server), name: this.server };
    }
    if (!this.panopto) {
      this.fail(
        'invalidServer',
        (typeof ngDevMode === 'undefined' || ngDevMode) &&
          'No Panopto site: call providePanopto({ serverUrl }) or set [server].',
      );
      return null;
    }
    return { url: this.panopto.serverUrl, name: this.panopto.serverName };
  }

  /** The plain Embed.aspx iframe (server render, script unavailable). Its URL comes from validated values only. */
  private showIframe(serverUrl: string): void {
    this.view = 'iframe';
    const host = this.host.nativeElement;
    const iframe = appendElement(this.renderer, host, 'iframe', {
      class: 'panopto-player__frame',
      src: embedPageUrl(serverUrl, this.sessionId, this),
      // The frame's accessible name (WCAG frame-title); an aria-label would only repeat it.
      title: this.label,
      allowfullscreen: '',
      allow: 'autoplay; fullscreen',
    });
    if (this.videoTitle) this.renderer.setAttribute(iframe, 'aria-description', this.videoTitle);
    this.removeShown = () => this.renderer.removeChild(host, iframe);
  }

  private startTimePoll(): void {
    if (!this.isBrowser || this.timePoll !== undefined) return;
    this.timePoll = this.zone.runOutsideAngular(() =>
      setInterval(() => {
        const player = this.player;
        if (!player || !this.videoReady || this.lastState !== PLAYING) return;
        const time = player.getCurrentTime();
        if (time === this.lastTime) return;
        this.lastTime = time;
        let inside = false;
        this.timeSubscribers.forEach((inZone, s) => (inZone ? (inside = true) : s.next(time)));
        if (inside) this.zone.run(() => this.timeSubscribers.forEach((inZone, s) => inZone && s.next(time)));
      }, this.config.timeUpdateIntervalMs),
    );
  }

  private stopTimePoll(): void {
    clearInterval(this.timePoll);
    this.timePoll = undefined;
  }

  private create(globals: PanoptoEmbedGlobals, serverName: string): void {
    const generation = this.generation;
    // ngOnDestroy's tearDown() moves the generation on, so this also stops callbacks after destroy.
    const live = () => generation === this.generation;
    this.zone.runOutsideAngular(() => {
      this.notViewableTimer = setTimeout(() => {
        if (!live()) return;
        this.setStatus('not-viewable');
        this.emit(
          this.error,
          playerError(
            'notViewable',
            (typeof ngDevMode === 'undefined' || ngDevMode) && 'Panopto never opened the video: no permission?',
          ),
        );
      }, this.config.notViewableTimeoutMs);

      this.player = new globals.EmbedApi(this.containerId, {
        serverName,
        sessionId: this.sessionId,
        width: '100%',
        height: '100%',
        videoParams: toVideoParams(this),
        events: {
          onIframeReady: () => {
            if (!live()) return;
            clearTimeout(this.notViewableTimer);
            if (this.currentStatus === 'login-required') this.setStatus('loading');
            this.player?.loadVideo();
            // Panopto's loadVideo() also starts playback; without autoplay, take the start back before it happens.
            if (!toBoolean(this.autoplay)) this.player?.pauseVideo();
          },
          onReady: () => {
            if (!live() || this.videoReady) return;
            this.videoReady = true;
            // Emptied first, so no call can run twice.
            const queued = this.queue;
            this.queue = [];
            if (this.player) for (const command of queued) command(this.player);
            this.setStatus('ready');
            this.zone.run(() => this.ready.emit());
          },
          onStateChange: (state: number) => {
            if (!live()) return;
            this.lastState = state;
            this.emit(this.stateChange, state);
            if (state === ENDED) this.emit(this.ended, undefined);
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

  /** Forgets the current player: stale callbacks are ignored, timers cleared, iframes and listeners removed. */
  private tearDown(): void {
    this.generation++;
    clearTimeout(this.notViewableTimer);
    const player = this.player as (EmbedApiPlayer & { destroy?: () => void }) | undefined;
    this.player = undefined;
    this.videoReady = false;
    this.lastState = UNSTARTED;
    this.lastTime = -1;
    // Panopto's API has no destroy(); the emulator's has. Either way the iframe goes with the container's children.
    player?.destroy?.();
    const embed = this.embedEl;
    if (embed) embed.textContent = '';
    this.removeShown?.();
    this.removeShown = undefined;
  }

  private fail(code: PanoptoPlayerErrorCode, message: string | false): void {
    this.view = 'invalid';
    this.errorMessage = code === 'invalidSessionId' ? 'This video link is not valid.' : 'This video cannot be shown.';
    this.setStatus('error');
    this.emit(this.error, playerError(code, message));
  }

  private setStatus(status: PanoptoPlayerStatus): void {
    this.render(status);
    if (this.currentStatus === status) return;
    this.currentStatus = status;
    // Statuses are rare: emit them inside the zone so subscribers' view updates are picked up.
    this.zone.run(() => this.statusChanges.next(status));
  }

  /**
   * Puts the DOM in line with the view and status. Plain DOM writes: no change detection involved.
   * Problems go to the overlay, an `alert` region; progress goes to the polite `status` region. Both regions
   * exist from the start, as screen readers only announce changes to regions they already know.
   */
  private render(status = this.status): void {
    const r = this.renderer;
    const message = this.messageEl;
    if (!message || !this.embedEl || !this.messageText || !this.statusText) return;
    const api = this.view === 'api';
    const loading = api && status === 'loading';
    const alert =
      this.view === 'invalid'
        ? this.errorMessage
        : api && status === 'not-viewable'
        ? 'You do not have permission to view this video.'
        : '';
    r.setProperty(this.embedEl, 'hidden', !api);
    r.setProperty(message, 'hidden', !alert && !loading);
    r.setValue(this.messageText, alert);
    r.setAttribute(message, 'class', `panopto-player__message${loading ? ' panopto-player__message--loading' : ''}`);
    r.setValue(
      this.statusText,
      loading
        ? 'Loading video…'
        : status === 'login-required'
        ? 'Sign in to Panopto inside the player to watch this video.'
        : status === 'error' && this.view === 'iframe'
        ? 'Showing the basic player.'
        : '',
    );
  }

  /** Emits inside the zone, and only when somebody listens: no change detection for unobserved events. */
  private emit<T>(emitter: EventEmitter<T>, value: T): void {
    // run() inside the zone only nests: no extra change detection when already there.
    if (emitter.observed) this.zone.run(() => emitter.emit(value));
  }

  /**
   * Sizes the host: a fixed width/height when given, else full width with the height from `aspect-ratio`.
   * Set through the renderer rather than host style bindings, which would pull Angular's styling runtime into
   * every app using the player.
   */
  private applySize(): void {
    const width = positive(this.width);
    const height = positive(this.height);
    // An empty value removes the property (CSSOM setProperty), leaving the stylesheet's full width.
    const set = (name: string, value: string) =>
      this.renderer.setStyle(this.host.nativeElement, name, value, RendererStyleFlags2.DashCase);
    set('aspect-ratio', height ? '' : String(positive(this.aspectRatio) || 16 / 9));
    set('width', width ? `${width}px` : '');
    set('height', height ? `${height}px` : '');
  }
}

/** A player error; the explanation (`false` in production builds) is kept in development builds only. */
function playerError(code: PanoptoPlayerErrorCode, message: string | false): PanoptoPlayerError {
  return new PanoptoPlayerError(code, message ? `panopto-player: ${message}` : code);
}

/** Throws a RangeError naming the method and the value; development builds also spell out the rule broken. */
function check(ok: boolean, method: string, value: unknown, rule: string): void {
  if (ok) return;
  throw new RangeError(
    typeof ngDevMode === 'undefined' || ngDevMode
      ? `panopto-player: ${method}() takes ${rule}; got ${value}.`
      : `panopto-player: ${method}(${value}) is out of range.`,
  );
}

/** The input's value if it is a positive finite number, else 0. */
function positive(value: PlayerNumberInput): number {
  const n = toNumber(value, 0);
  return n > 0 && Number.isFinite(n) ? n : 0;
}
