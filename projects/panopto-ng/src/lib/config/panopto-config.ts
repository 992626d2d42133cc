import { InjectionToken, inject } from '@angular/core';
import { PanoptoConfigError } from 'panopto-ng/core';
import type { PanoptoRetryConfig } from 'panopto-ng/core';
import { validatePanoptoConfig } from './validate-config';

// Angular's development flag; production builds drop the token names it guards, as Angular's own tokens do.
declare const ngDevMode: boolean | undefined;

/**
 * What an app passes to `providePanopto()` / `PanoptoModule.forRoot()`.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [provideHttpClient(), providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' })],
 * });
 * ```
 */
export interface PanoptoConfig {
  /**
   * The Panopto site, as an origin: `https://myuni.hosted.panopto.com`. Must be https; plain http is accepted
   * only for `localhost` / `127.0.0.1` (the local emulator). A trailing slash is ignored.
   */
  serverUrl: string;
  /** Retry policy for REST calls. */
  retry?: Partial<PanoptoRetryConfig>;
  /** Client-side rate limit per endpoint, kept under Panopto's published limits. */
  rateLimit?: Partial<PanoptoRateLimitConfig>;
  /** Milliseconds before a REST call is abandoned with a `PanoptoNetworkError`. Default 30 000. */
  requestTimeoutMs?: number;
}

/** Requests allowed per endpoint (method + path template). */
export interface PanoptoRateLimitConfig {
  /** Default 5, as Panopto publishes. */
  perSecond: number;
  /** Default 100, as Panopto publishes. */
  perMinute: number;
  /** `false` switches the client-side limiter off (Panopto still enforces its own). Default true. */
  enabled: boolean;
}

/**
 * The Panopto site alone, validated: all a player needs of the configuration.
 *
 * @example
 * ```ts
 * const site = inject(PANOPTO_SITE, { optional: true });
 * site?.serverName; // 'myuni.hosted.panopto.com'
 * ```
 */
export interface PanoptoSite {
  /** Origin of the Panopto site without trailing slash, e.g. `https://myuni.hosted.panopto.com`. */
  readonly serverUrl: string;
  /** Host name only (what the Embed API calls `serverName`). */
  readonly serverName: string;
}

/** The configuration after validation, with every default filled in and derived URLs computed once. */
export interface ResolvedPanoptoConfig extends PanoptoSite {
  /** `${serverUrl}/Panopto/api/v1` */
  readonly apiBaseUrl: string;
  /** `${serverUrl}/Panopto/PublicAPI/REST` (sessionUpload lives here). */
  readonly publicApiRestUrl: string;
  readonly retry: Readonly<PanoptoRetryConfig>;
  readonly rateLimit: Readonly<PanoptoRateLimitConfig>;
  readonly requestTimeoutMs: number;
}

/** The config exactly as the app gave it to `providePanopto()`; resolved by `PANOPTO_CONFIG`'s factory. */
export const PANOPTO_GIVEN_CONFIG = /*@__PURE__*/ new InjectionToken<PanoptoConfig>(
  typeof ngDevMode === 'undefined' || ngDevMode ? 'PANOPTO_GIVEN_CONFIG' : '',
);

/**
 * The validated site of `providePanopto()`, checked when the app starts. A player reads this token rather than
 * `PANOPTO_CONFIG`, so an app that shows only players does not ship the REST options' rules.
 */
export const PANOPTO_SITE = /*@__PURE__*/ new InjectionToken<PanoptoSite>(
  typeof ngDevMode === 'undefined' || ngDevMode ? 'PANOPTO_SITE' : '',
);

/**
 * The validated configuration; inject it in feature code. Resolved from `providePanopto()`'s config the first time
 * something injects it (the REST core, auth, upload…): a production build checks the REST options (`retry`,
 * `rateLimit`, `requestTimeoutMs`) here, a development build already in `providePanopto()`. Tests may provide it
 * directly with `useValue: validatePanoptoConfig({...})`.
 */
export const PANOPTO_CONFIG = /*@__PURE__*/ new InjectionToken<ResolvedPanoptoConfig>('PANOPTO_CONFIG', {
  providedIn: 'root',
  factory: () => {
    const given = inject(PANOPTO_GIVEN_CONFIG, { optional: true });
    if (!given) {
      throw new PanoptoConfigError(
        'serverUrl',
        `is needed: add providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }) to your app's providers ` +
          `(or PanoptoModule.forRoot(...) to an NgModule).`,
      );
    }
    return validatePanoptoConfig(given);
  },
});
