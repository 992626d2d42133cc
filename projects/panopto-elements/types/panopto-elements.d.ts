/*
 * Types of panopto-ng's custom elements, for pages and apps written in TypeScript. Self-contained (the package has
 * no dependencies): the shapes mirror panopto-ng's own types, and the elements spec checks that they still match.
 *
 *   /// <reference types="panopto-ng-elements" />           (script-tag use: the globals below)
 *   import { PanoptoElements } from 'panopto-ng-elements';  (the ES module)
 */

/** Panopto's player states: -1 unstarted, 0 ended, 1 playing, 2 paused, 3 buffering. */
export type PanoptoPlayerState = -1 | 0 | 1 | 2 | 3;

/** What an error event carries: a stable `code` to switch on and a message for people. */
export interface PanoptoElementError {
  readonly code: string;
  readonly message: string;
}

/** A folder chosen in `<panopto-wc-folder-browser>`. */
export interface PanoptoFolderSelection {
  id: string;
  name: string;
  /** The parent's id; the root pseudo-folder id for top-level folders. */
  parentId: string;
}

/** A change made in the folder browser, after Panopto accepted it. */
export type PanoptoFolderChange =
  | { kind: 'created'; id: string; name: string; parentId: string }
  | { kind: 'renamed'; id: string; name: string }
  | { kind: 'moved'; id: string; name: string; parentId: string }
  | { kind: 'deleted'; id: string; name: string };

/** A Panopto session as the REST API spells it (only the fields every listing has are typed). */
export interface PanoptoSession {
  Id: string;
  Name: string;
  [field: string]: unknown;
}

/** A session chosen in `<panopto-wc-session-list>`. */
export interface PanoptoSessionListItem {
  id: string;
  name: string;
  /** `h:mm:ss`, or null. */
  duration: string | null;
  /** ISO date-time of the recording, or null. */
  date: string | null;
  thumbnailUrl: string | null;
  session: PanoptoSession;
}

/** `<panopto-wc-upload>`'s `uploaded` detail: the new session, once Panopto finished processing it. */
export interface PanoptoUploadedDetail {
  sessionId: string;
  folderId: string;
  title: string;
}

/** The upload's error detail: what failed, at which step. */
export interface PanoptoUploadErrorDetail extends PanoptoElementError {
  readonly stage: string;
}

/** The signed-in user, from the ID token. */
export interface PanoptoUser {
  sub: string;
  name?: string;
  preferredUsername?: string;
  email?: string;
  /** `name`, else `preferredUsername`, else `email`; absent when the ID token names nobody (default scopes). */
  displayName?: string;
  claims: Readonly<Record<string, unknown>>;
}

/** Sign-in options of `PanoptoElements.configure()` (panopto-ng's `withPanoptoAuth()`). */
export interface PanoptoElementsAuthConfig {
  clientId: string;
  /** This page's URL, registered as the API client's Redirect URL. */
  redirectUri: string;
  scopes?: string[];
  /** `'broker'` with a real tenant: the token broker keeps the client secret and the refresh token. */
  mode?: 'public' | 'broker';
  brokerUrl?: string;
  allowedUrls?: string[];
  sendAccessToken?: boolean;
  refreshSkewMs?: number;
  verifyIdTokenSignature?: boolean;
}

/** What every element of the page shares. */
export interface PanoptoElementsConfig {
  /** The Panopto site: https, or http on localhost. */
  serverUrl: string;
  auth?: PanoptoElementsAuthConfig;
  player?: {
    scriptUrl?: string;
    loadTimeoutMs?: number;
    notViewableTimeoutMs?: number;
    timeUpdateIntervalMs?: number;
    loadApi?: boolean;
  };
  retry?: { maxRetries?: number; initialDelayMs?: number; maxDelayMs?: number };
  rateLimit?: { perSecond?: number; perMinute?: number; enabled?: boolean };
  requestTimeoutMs?: number;
}

/** `window.PanoptoElements`, and the ES module's export. */
export interface PanoptoElementsApi {
  /** Call once. Throws `PanoptoConfigError` (with `code: 'invalid-config'`) naming a wrong field. */
  configure(config: PanoptoElementsConfig): Promise<void>;
  whenDefined(): Promise<void>;
  readonly configured: boolean;
  readonly elements: readonly string[];
  readonly version: string;
}

/** Typed `addEventListener` for an element whose events are listed in `M`. */
interface PanoptoEventTarget<E extends HTMLElement, M> {
  addEventListener<K extends keyof M>(
    type: K,
    listener: (this: E, event: M[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof M>(
    type: K,
    listener: (this: E, event: M[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** Every element: `server-url` names a Panopto site for this element only (no sign-in there). */
interface PanoptoElementBase {
  serverUrl: string | null;
}

export interface PanoptoPlayerElementEventMap {
  ready: CustomEvent<null>;
  'state-change': CustomEvent<PanoptoPlayerState>;
  'playback-rate-change': CustomEvent<number>;
  ended: CustomEvent<null>;
  error: CustomEvent<PanoptoElementError>;
  'login-shown': CustomEvent<null>;
  'time-update': CustomEvent<number>;
}

/** `<panopto-wc-player session-id="…">`. Attributes are the kebab-case input names (`show-title="false"`). */
export interface PanoptoPlayerElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoElementBase,
    PanoptoEventTarget<PanoptoPlayerElement, PanoptoPlayerElementEventMap> {
  sessionId: string;
  autoplay: boolean | string;
  offerViewer: boolean | string;
  showTitle: boolean | string;
  showBrand: boolean | string;
  captions: boolean | string;
  interactivity: 'all' | 'none' | 'search';
  startTime: number | string;
  aspectRatio: number | string;
  width: number | string | null;
  height: number | string | null;
  server: string | null;
  label: string;
  videoTitle: string;
  /** A caption track by its label (`''` turns captions off). */
  captionLanguage: string | null;
  play(): void;
  pause(): void;
  stop(): void;
  seekTo(seconds: number): void;
  mute(): void;
  unmute(): void;
  setVolume(volume: number): void;
  setPlaybackRate(rate: number): void;
  enableCaptions(trackIndex: number): void;
  disableCaptions(): void;
  getCurrentTime(): number;
  getDuration(): number;
  getState(): PanoptoPlayerState;
  isMuted(): boolean;
  getVolume(): number;
  getPlaybackRate(): number;
  load(): void;
}

export interface PanoptoUploadElementEventMap {
  uploaded: CustomEvent<PanoptoUploadedDetail>;
  'upload-error': CustomEvent<PanoptoUploadErrorDetail>;
}

/** `<panopto-wc-upload folder-id="…">`. */
export interface PanoptoUploadElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoElementBase,
    PanoptoEventTarget<PanoptoUploadElement, PanoptoUploadElementEventMap> {
  folderId: string | null;
  multiple: boolean | string;
  autoStart: boolean | string;
}

export interface PanoptoFolderBrowserElementEventMap {
  'folder-selected': CustomEvent<PanoptoFolderSelection>;
  'folder-activated': CustomEvent<PanoptoFolderSelection>;
  'folder-changed': CustomEvent<PanoptoFolderChange>;
}

/** `<panopto-wc-folder-browser>`. */
export interface PanoptoFolderBrowserElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoElementBase,
    PanoptoEventTarget<PanoptoFolderBrowserElement, PanoptoFolderBrowserElementEventMap> {
  rootFolderId: string;
  selectedFolderId: string | null;
  hideManagement: boolean | string;
  hideSearch: boolean | string;
  canManage: boolean | 'auto' | string;
  canCreateAtRoot: boolean | string;
  ariaLabel: string | null;
  rowHeight: number | string;
  refresh(): void;
}

export interface PanoptoSessionListElementEventMap {
  'session-selected': CustomEvent<PanoptoSessionListItem>;
  'sort-change': CustomEvent<{ sortField: 'Name' | 'CreatedDate'; sortOrder: 'Asc' | 'Desc' }>;
}

/** `<panopto-wc-session-list folder-id="…">`. */
export interface PanoptoSessionListElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoElementBase,
    PanoptoEventTarget<PanoptoSessionListElement, PanoptoSessionListElementEventMap> {
  folderId: string | null;
  sortField: 'Name' | 'CreatedDate';
  sortOrder: 'Asc' | 'Desc';
  heading: string;
}

export interface PanoptoLiveNowElementEventMap {
  watch: CustomEvent<PanoptoSession>;
}

/** `<panopto-wc-live-now>`. */
export interface PanoptoLiveNowElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoElementBase,
    PanoptoEventTarget<PanoptoLiveNowElement, PanoptoLiveNowElementEventMap> {
  heading: string;
  watchLabel: string;
  announce: boolean | string;
}

export interface PanoptoSignInElementEventMap {
  'signed-in': CustomEvent<PanoptoUser>;
  'signed-out': CustomEvent<null>;
  'sign-in-error': CustomEvent<PanoptoElementError>;
}

/** `<panopto-wc-sign-in>`. */
export interface PanoptoSignInElement
  extends Omit<HTMLElement, 'addEventListener' | 'removeEventListener'>,
    PanoptoEventTarget<PanoptoSignInElement, PanoptoSignInElementEventMap> {
  signInLabel: string;
  signOutLabel: string;
  checkingLabel: string;
  signedInLabel: string;
}

/** The element names (rule: `panopto-wc-<name>`; panopto-ng's Angular selectors are `panopto-<name>`). */
export declare const PANOPTO_ELEMENT_NAMES: {
  readonly player: 'panopto-wc-player';
  readonly upload: 'panopto-wc-upload';
  readonly folderBrowser: 'panopto-wc-folder-browser';
  readonly sessionList: 'panopto-wc-session-list';
  readonly liveNow: 'panopto-wc-live-now';
  readonly signIn: 'panopto-wc-sign-in';
};

/** The ES module's export (the classic script sets `window.PanoptoElements` instead). */
export declare const PanoptoElements: PanoptoElementsApi;

declare global {
  interface HTMLElementTagNameMap {
    'panopto-wc-player': PanoptoPlayerElement;
    'panopto-wc-upload': PanoptoUploadElement;
    'panopto-wc-folder-browser': PanoptoFolderBrowserElement;
    'panopto-wc-session-list': PanoptoSessionListElement;
    'panopto-wc-live-now': PanoptoLiveNowElement;
    'panopto-wc-sign-in': PanoptoSignInElement;
  }
  interface Window {
    PanoptoElements: PanoptoElementsApi;
  }
}
