import { InjectionToken } from '@angular/core';
import type { PanoptoRetryConfig } from 'panopto-ng/core';

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

/** The configuration after validation, with every default filled in and derived URLs computed once. */
export interface ResolvedPanoptoConfig {
  /** Origin of the Panopto site without trailing slash, e.g. `https://myuni.hosted.panopto.com`. */
  readonly serverUrl: string;
  /** Host name only (what the Embed API calls `serverName`). */
  readonly serverName: string;
  /** `${serverUrl}/Panopto/api/v1` */
  readonly apiBaseUrl: string;
  /** `${serverUrl}/Panopto/PublicAPI/REST` (sessionUpload lives here). */
  readonly publicApiRestUrl: string;
  readonly retry: Readonly<PanoptoRetryConfig>;
  readonly rateLimit: Readonly<PanoptoRateLimitConfig>;
  readonly requestTimeoutMs: number;
}

/** The validated configuration. Provided by `providePanopto()`; inject it in feature code. */
export const PANOPTO_CONFIG = /*@__PURE__*/ new InjectionToken<ResolvedPanoptoConfig>('PANOPTO_CONFIG');
