/**
 * The shape of Panopto's Embed API (`embedapi.min.js`), as documented in Panopto's published clients.
 * Only types: nothing here touches `window`, so importing it is free on the server.
 */

/** The player states Panopto reports through `onStateChange` and `getState()`. */
export enum PlayerState {
  /**
   * Not started yet. Inferred, not documented by Panopto: clients filter states `> -1`, which suggests -1 exists.
   */
  Unstarted = -1,
  /** Playback reached the end. Documented by Panopto. */
  Ended = 0,
  /** Playing. Documented by Panopto. */
  Playing = 1,
  /** Paused. Documented by Panopto. */
  Paused = 2,
  /** Waiting for data. Inferred, not documented by Panopto (clients accept states `< 4`). */
  Buffering = 3,
}

/** Error codes the Embed API passes to `onError` (the values of its global `ApiError`). */
export type PanoptoEmbedErrorCode = 'playNotAllowed' | 'playWithSoundNotAllowed';

/** Callbacks given to `new EmbedApi(…, { events })`. */
export interface EmbedApiEvents {
  onIframeReady?: () => void;
  onReady?: () => void;
  onStateChange?: (state: number) => void;
  onPlaybackRateChange?: (rate: number) => void;
  onError?: (error: string) => void;
  onLoginShown?: () => void;
}

/** Embed parameters forwarded to `Embed.aspx` (booleans and numbers are sent as strings by the SDK). */
export interface EmbedApiVideoParams {
  [key: string]: string | number | boolean | undefined;
}

/** The second argument of `new EmbedApi(elementId, options)`. */
export interface EmbedApiOptions {
  serverName: string;
  sessionId: string;
  width?: number | string;
  height?: number | string;
  videoParams?: EmbedApiVideoParams;
  events?: EmbedApiEvents;
}

/** An Embed API player instance. Method names are Panopto's. */
export interface EmbedApiPlayer {
  loadVideo(): void;
  playVideo(): void;
  pauseVideo(): void;
  stopVideo(): void;
  seekTo(seconds: number, allowSeekAhead?: boolean): void;
  getCurrentTime(): number;
  getDuration(): number;
  getState(): number;
  isReady?: boolean;
  muteVideo(): void;
  unmuteVideo(): void;
  isMuted(): boolean;
  getVolume(): number;
  setVolume(volume: number): void;
  getPlaybackRate(): number;
  setPlaybackRate(rate: number): void;
  hasCaptions(): boolean;
  getCaptionTracks(): string[];
  getSelectedCaptionTrack(): number;
  enableCaptions(track: number | string): void;
  disableCaptions(): void;
  getVideoUrl?(): string;
}

/** `new EmbedApi(elementId, options)`. */
export type EmbedApiConstructor = new (elementId: string, options: EmbedApiOptions) => EmbedApiPlayer;

/** The globals the script defines, as the loader hands them over. */
export interface PanoptoEmbedGlobals {
  EmbedApi: EmbedApiConstructor;
  PlayerState?: Record<string, number>;
  ApiError?: Record<string, string>;
}

/** `window` as the Embed API sees it: the globals and the ready callback. */
export interface PanoptoEmbedWindow {
  EmbedApi?: EmbedApiConstructor;
  PlayerState?: Record<string, number>;
  ApiError?: Record<string, string>;
  onPanoptoEmbedApiReady?: (() => void) | null;
}
