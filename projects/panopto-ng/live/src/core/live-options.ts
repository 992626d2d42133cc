// Configuration of the live entry point only: its token, option types and validation. Nothing here imports a
// component or a service, so `withPanoptoLive()` at the root adds configuration only to the initial bundle.
import { InjectionToken } from '@angular/core';
import type { PanoptoFeature } from 'panopto-ng';
import { PanoptoConfigError, numberOption, optionsObject, rejectUnknownKeys } from 'panopto-ng/core';

/** How `PanoptoLiveService` polls Panopto for webcasts in progress. */
export interface PanoptoLiveOptions {
  /** Milliseconds between two polls of `/sessions/inProgress/webcast` while someone watches. Default 15 000. */
  pollIntervalMs: number;
  /** Longest wait between attempts after errors or 429s (the backoff doubles up to this). Default 120 000. */
  maxBackoffMs: number;
}

export const DEFAULT_LIVE_OPTIONS: Readonly<PanoptoLiveOptions> = Object.freeze({
  pollIntervalMs: 15_000,
  maxBackoffMs: 120_000,
});

/**
 * The live options in effect. Set them with `withPanoptoLive()`.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_LIVE_OPTIONS, useValue: { pollIntervalMs: 5000, maxBackoffMs: 60000 } }]
 * ```
 */
export const PANOPTO_LIVE_OPTIONS = new InjectionToken<PanoptoLiveOptions>('PANOPTO_LIVE_OPTIONS', {
  providedIn: 'root',
  factory: () => DEFAULT_LIVE_OPTIONS,
});

const KNOWN: readonly (keyof PanoptoLiveOptions)[] = ['pollIntervalMs', 'maxBackoffMs'];

/** Panopto allows 100 calls a minute per endpoint: a live poll never runs more often than once a second. */
const MIN_MS = 1000;

/**
 * Checks live options and fills in the defaults. Throws `PanoptoConfigError` naming the field (`live.<field>`),
 * with a did-you-mean hint for a misspelt option.
 *
 * @example
 * ```ts
 * const options = validatePanoptoLiveConfig({ pollIntervalMs: 10_000 }); // { pollIntervalMs: 10000, maxBackoffMs: 120000 }
 * ```
 */
export function validatePanoptoLiveConfig(options: Partial<PanoptoLiveOptions> = {}): PanoptoLiveOptions {
  const raw = optionsObject(options, 'live');
  rejectUnknownKeys(raw, KNOWN, 'live');
  const pollIntervalMs = numberOption(
    raw['pollIntervalMs'],
    'live.pollIntervalMs',
    DEFAULT_LIVE_OPTIONS.pollIntervalMs,
    {
      min: MIN_MS,
    },
  );
  const maxBackoffMs = numberOption(raw['maxBackoffMs'], 'live.maxBackoffMs', DEFAULT_LIVE_OPTIONS.maxBackoffMs, {
    min: MIN_MS,
  });
  if (maxBackoffMs < pollIntervalMs) {
    throw new PanoptoConfigError('live.maxBackoffMs', 'must be at least `pollIntervalMs`.');
  }
  return { pollIntervalMs, maxBackoffMs };
}

/**
 * Checks live options and fills in the defaults.
 *
 * @deprecated Use `validatePanoptoLiveConfig()` instead (or `withPanoptoLive()`, which calls it). Removed in 0.3.
 */
export function resolveLiveOptions(options: Partial<PanoptoLiveOptions> = {}): PanoptoLiveOptions {
  return validatePanoptoLiveConfig(options);
}

/**
 * Configures the live entry point, as a feature of `providePanopto()` (or `PanoptoModule.forRoot()`). The options
 * are checked at once, at startup.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoLive({ pollIntervalMs: 10_000 }))
 * ```
 */
export function withPanoptoLive(options: Partial<PanoptoLiveOptions> = {}): PanoptoFeature {
  return { kind: 'live', providers: [{ provide: PANOPTO_LIVE_OPTIONS, useValue: validatePanoptoLiveConfig(options) }] };
}
