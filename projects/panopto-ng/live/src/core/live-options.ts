import { InjectionToken } from '@angular/core';
import { PanoptoConfigError, PanoptoFeature } from 'panopto-ng';

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

const KNOWN = ['pollIntervalMs', 'maxBackoffMs'] as const;

/** Checks live options and fills defaults; throws `PanoptoConfigError` naming the wrong field. */
export function resolveLiveOptions(options: Partial<PanoptoLiveOptions> = {}): PanoptoLiveOptions {
  for (const key of Object.keys(options)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw new PanoptoConfigError(`live.${key}`, `is not a known option. Known options: ${KNOWN.join(', ')}.`);
    }
  }
  const resolved = { ...DEFAULT_LIVE_OPTIONS, ...options };
  for (const key of KNOWN) {
    const v = resolved[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 1000) {
      throw new PanoptoConfigError(
        `live.${key}`,
        `must be a number of milliseconds of at least 1000 (Panopto allows 100 calls a minute); got ${JSON.stringify(
          v,
        )}.`,
      );
    }
  }
  if (resolved.maxBackoffMs < resolved.pollIntervalMs) {
    throw new PanoptoConfigError('live.maxBackoffMs', 'must be at least `pollIntervalMs`.');
  }
  return resolved;
}

/**
 * Configures the live entry point, as a feature of `providePanopto()`.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoLive({ pollIntervalMs: 10_000 }))
 * ```
 */
export function withPanoptoLive(options: Partial<PanoptoLiveOptions> = {}): PanoptoFeature {
  return { kind: 'other', providers: [{ provide: PANOPTO_LIVE_OPTIONS, useValue: resolveLiveOptions(options) }] };
}
