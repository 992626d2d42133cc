import { EnvironmentProviders, InjectionToken, makeEnvironmentProviders } from '@angular/core';
import type { PanoptoFeature } from 'panopto-ng';
import { PanoptoConfigError, isLoopbackHost, rejectUnknownKeys } from 'panopto-ng/core';

/** Panopto's hosted Embed API script. */
export const DEFAULT_EMBED_API_SCRIPT_URL = 'https://developers.panopto.com/scripts/embedapi.min.js';

/** Options of `withPanoptoPlayer()`. Every field is optional. */
export interface PanoptoPlayerConfig {
  /**
   * Where the Embed API script is loaded from. Default Panopto's
   * `https://developers.panopto.com/scripts/embedapi.min.js`; the local emulator serves one at
   * `http://localhost:4300/scripts/embedapi.min.js`. https, or http on localhost.
   */
  scriptUrl?: string;
  /** Milliseconds to wait for the script before the players fall back to a plain iframe. Default 10 000. */
  loadTimeoutMs?: number;
  /**
   * Milliseconds to wait for the embedded page to answer (`onIframeReady`) before the player reports
   * `not-viewable`. Panopto never answers when a signed-in viewer lacks permission. Default 15 000.
   */
  notViewableTimeoutMs?: number;
  /** How often `timeUpdate` samples the position while playing, in ms. Default 250. */
  timeUpdateIntervalMs?: number;
  /**
   * `false` stops the player from injecting the script; it then waits for the page to load it (or falls back
   * after `loadTimeoutMs`). Default true.
   */
  loadApi?: boolean;
}

/** The player configuration with defaults filled in. */
export type ResolvedPanoptoPlayerConfig = Readonly<Required<PanoptoPlayerConfig>>;

const KNOWN_KEYS = ['scriptUrl', 'loadTimeoutMs', 'notViewableTimeoutMs', 'timeUpdateIntervalMs', 'loadApi'];

/** The defaults, used when the app calls no `providePanoptoPlayer()`. */
export const DEFAULT_PANOPTO_PLAYER_CONFIG: ResolvedPanoptoPlayerConfig = Object.freeze({
  scriptUrl: DEFAULT_EMBED_API_SCRIPT_URL,
  loadTimeoutMs: 10000,
  notViewableTimeoutMs: 15000,
  timeUpdateIntervalMs: 250,
  loadApi: true,
});

/** The resolved player configuration. Provided by `providePanoptoPlayer()`, defaults otherwise. */
export const PANOPTO_PLAYER_CONFIG = new InjectionToken<ResolvedPanoptoPlayerConfig>('PANOPTO_PLAYER_CONFIG', {
  providedIn: 'root',
  factory: () => DEFAULT_PANOPTO_PLAYER_CONFIG,
});

/**
 * A CSP nonce put on the injected `<script>` (Angular 15 has no `CSP_NONCE` token of its own).
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_CSP_NONCE, useValue: window.__cspNonce }]
 * ```
 */
export const PANOPTO_CSP_NONCE = new InjectionToken<string | null>('PANOPTO_CSP_NONCE', {
  providedIn: 'root',
  factory: () => null,
});

function positive(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new PanoptoConfigError(field, `must be a positive number of milliseconds; got ${JSON.stringify(value)}.`);
  }
  return value;
}

function scriptUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_EMBED_API_SCRIPT_URL;
  const field = 'player.scriptUrl';
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PanoptoConfigError(field, `must be the URL of embedapi.min.js; got ${JSON.stringify(value)}.`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PanoptoConfigError(field, `is not a valid absolute URL ('${value}').`);
  }
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!allowed) {
    throw new PanoptoConfigError(field, `must use https ('${value}'); plain http is accepted only for localhost.`);
  }
  if (url.username || url.password) throw new PanoptoConfigError(field, `must not contain credentials.`);
  return url.href;
}

/** Validates `withPanoptoPlayer()` options; throws `PanoptoConfigError` naming the wrong field. */
export function validatePanoptoPlayerConfig(config: PanoptoPlayerConfig = {}): ResolvedPanoptoPlayerConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new PanoptoConfigError('player', `options must be an object; got ${JSON.stringify(config)}.`);
  }
  rejectUnknownKeys(config, KNOWN_KEYS, 'player');
  if (config.loadApi !== undefined && typeof config.loadApi !== 'boolean') {
    throw new PanoptoConfigError('player.loadApi', `must be true or false; got ${JSON.stringify(config.loadApi)}.`);
  }
  const d = DEFAULT_PANOPTO_PLAYER_CONFIG;
  return Object.freeze({
    scriptUrl: scriptUrl(config.scriptUrl),
    loadTimeoutMs: positive(config.loadTimeoutMs, 'player.loadTimeoutMs', d.loadTimeoutMs),
    notViewableTimeoutMs: positive(config.notViewableTimeoutMs, 'player.notViewableTimeoutMs', d.notViewableTimeoutMs),
    timeUpdateIntervalMs: positive(config.timeUpdateIntervalMs, 'player.timeUpdateIntervalMs', d.timeUpdateIntervalMs),
    loadApi: config.loadApi ?? d.loadApi,
  });
}

/**
 * Configures `<panopto-player>` as a feature of `providePanopto()`: where the Embed API script comes from and the
 * timeouts. Optional; without it the player loads Panopto's hosted script with the defaults. Validated at startup.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoPlayer({ loadTimeoutMs: 8000 }))],
 * });
 * ```
 */
export function withPanoptoPlayer(config: PanoptoPlayerConfig = {}): PanoptoFeature {
  return {
    kind: 'player',
    providers: [{ provide: PANOPTO_PLAYER_CONFIG, useValue: validatePanoptoPlayerConfig(config) }],
  };
}

/**
 * The player's options as providers of their own.
 *
 * @deprecated Use `providePanopto(config, withPanoptoPlayer(options))` instead; removed in 0.3.
 *
 * @example
 * ```ts
 * providers: [providePanopto({ serverUrl }, withPanoptoPlayer({ loadTimeoutMs: 8000 }))]
 * ```
 */
export function providePanoptoPlayer(config: PanoptoPlayerConfig = {}): EnvironmentProviders {
  return makeEnvironmentProviders(withPanoptoPlayer(config).providers);
}
