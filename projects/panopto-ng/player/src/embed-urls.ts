import { isGuid, isLoopbackHost } from 'panopto-ng/core';
import { PlayerBooleanInput, PlayerNumberInput, toBoolean, toNumber } from './coerce';

// Angular's development flag; production builds define it as false, so the minifier drops what it guards.
declare const ngDevMode: boolean | undefined;

/** Embed parameters of `Embed.aspx`, named as Panopto's generated embed code names them. */
export interface PanoptoEmbedParams {
  autoplay: boolean;
  offerViewer: boolean;
  showTitle: boolean;
  showBrand: boolean;
  captions: boolean;
  interactivity: 'all' | 'none' | 'search';
  startTime: number;
}

// host[:port], letters/digits/dots/dashes only: no scheme, path, credentials or quotes.
const HOST =
  /^(?=.{1,253}(?::\d{1,5})?$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;

/** True for a bare host name with optional port (`myuni.hosted.panopto.com`, `localhost:4300`). */
export function isPanoptoHost(value: unknown): value is string {
  return typeof value === 'string' && HOST.test(value);
}

/** `https://host`, or `http://host` for loopback hosts (the local emulator). */
export function originOfHost(host: string): string {
  const hostname = host.replace(/:\d+$/, '');
  return `${isLoopbackHost(hostname) ? 'http' : 'https'}://${host}`;
}

/**
 * What `toVideoParams()` reads: the typed parameters, or the player's own inputs as they were bound (attribute
 * strings included), coerced here once. The player passes itself, so it needs no copy of the values.
 *
 * @example
 * ```ts
 * embedPageUrl('https://myuni.hosted.panopto.com', id, { ...params, autoplay: 'true', startTime: '30' });
 * ```
 */
export type PanoptoEmbedParamInputs = {
  [K in keyof PanoptoEmbedParams]: PanoptoEmbedParams[K] extends boolean
    ? PlayerBooleanInput
    : PanoptoEmbedParams[K] extends number
    ? PlayerNumberInput
    : string;
};

/** The `videoParams` object for `new EmbedApi()`, in Panopto's parameter names. */
export function toVideoParams(params: PanoptoEmbedParamInputs): Record<string, string> {
  const flag = (value: PlayerBooleanInput) => String(toBoolean(value));
  return {
    autoplay: flag(params.autoplay),
    offerviewer: flag(params.offerViewer),
    showtitle: flag(params.showTitle),
    showbrand: flag(params.showBrand),
    captions: flag(params.captions),
    interactivity: ['none', 'search'].includes(params.interactivity) ? params.interactivity : 'all',
    start: String(Math.max(0, toNumber(params.startTime, 0))),
  };
}

function requireId(sessionId: string): void {
  // Defence in depth: callers check first, but a URL is never built around an unchecked id.
  if (!isGuid(sessionId)) {
    throw new TypeError(
      typeof ngDevMode === 'undefined' || ngDevMode ? 'panopto-player: not a session id' : 'sessionId',
    );
  }
}

/** `${serverUrl}/Panopto/Pages/Embed.aspx?id=…&autoplay=…` for the fallback iframe. */
export function embedPageUrl(serverUrl: string, sessionId: string, params: PanoptoEmbedParamInputs): string {
  requireId(sessionId);
  const query = new URLSearchParams({ id: sessionId, ...toVideoParams(params) });
  return `${serverUrl}/Panopto/Pages/Embed.aspx?${query.toString()}`;
}

/** `${serverUrl}/Panopto/PublicAPI/SessionPreviewImage?id=…` for the facade. */
export function previewImageUrl(serverUrl: string, sessionId: string): string {
  requireId(sessionId);
  return `${serverUrl}/Panopto/PublicAPI/SessionPreviewImage?id=${sessionId}`;
}
