import { InjectionToken } from '@angular/core';
import type { PanoptoFeature } from '../config/provide-panopto';
import { describePanoptoEvent } from './describe-event';
import type { PanoptoEvent } from './panopto-event';

/** Severity of a log line. */
export type PanoptoLogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Receives every event published on `PanoptoEvents`, with a level and a one-line message. Implement it to send
 * panopto-ng's activity to your own logging or monitoring.
 *
 * @example
 * ```ts
 * const sentryLogger: PanoptoLogger = {
 *   log: (level, message, event) => level === 'error' && Sentry.captureMessage(message, { extra: { event } }),
 * };
 * ```
 */
export interface PanoptoLogger {
  log(level: PanoptoLogLevel, message: string, event: PanoptoEvent): void;
}

/** The logger `PanoptoEvents` forwards to. Not provided by default, so nothing is logged. */
export const PANOPTO_LOGGER = /*@__PURE__*/ new InjectionToken<PanoptoLogger>('PANOPTO_LOGGER');

const LEVEL_ORDER: Record<PanoptoLogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** The subset of `console` the console logger writes to (injectable for tests). */
export type PanoptoConsoleLike = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * Writes events to the browser console, prefixed `[panopto-ng]`, at or above `minLevel` (default `info`, which
 * leaves out per-request start/end lines).
 *
 * @example
 * ```ts
 * providePanopto(config, withPanoptoLogger(new ConsolePanoptoLogger('debug')))
 * ```
 */
export class ConsolePanoptoLogger implements PanoptoLogger {
  constructor(
    private readonly minLevel: PanoptoLogLevel = 'info',
    private readonly output: PanoptoConsoleLike = console,
  ) {}

  log(level: PanoptoLogLevel, message: string, event: PanoptoEvent): void {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[this.minLevel]) return;
    this.output[level](`[panopto-ng] ${message}`, event);
  }
}

/**
 * Turns on logging: every event on `PanoptoEvents` goes to `logger` (`'console'` for a `ConsolePanoptoLogger`).
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoLogger('console'))
 * ```
 */
export function withPanoptoLogger(logger: PanoptoLogger | 'console'): PanoptoFeature {
  const instance = logger === 'console' ? new ConsolePanoptoLogger() : logger;
  return { kind: 'logger', providers: [{ provide: PANOPTO_LOGGER, useValue: instance }] };
}

export { describePanoptoEvent };
