import { isLoopbackHost } from 'panopto-ng/core';
import { isGuid } from 'panopto-ng/core';

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

/** The `videoParams` object for `new EmbedApi()`, in Panopto's parameter names. */
export function toVideoParams(params: PanoptoEmbedParams): Record<string, string> {
  return {
    autoplay: String(params.autoplay),
    offerviewer: String(params.offerViewer),
    showtitle: String(params.showTitle),
    showbrand: String(params.showBrand),
    captions: String(params.captions),
    interactivity: params.interactivity,
    start: String(Math.max(0, params.startTime)),
  };
}

function requireId(sessionId: string): void {
  // Defence in depth: callers check first, but a URL is never built around an unchecked id.
  if (!isGuid(sessionId)) {
    throw new TypeError(typeof ngDevMode === 'undefined' || ngDevMode ? 'panopto-player: not a session id' : 'sessionId');
  }
}

/** `${serverUrl}/Panopto/Pages/Embed.aspx?id=…&autoplay=…` for the fallback iframe. */
export function embedPageUrl(serverUrl: string, sessionId: string, params: PanoptoEmbedParams): string {
  requireId(sessionId);
  const query = new URLSearchParams({ id: sessionId, ...toVideoParams(params) });
  return `${serverUrl}/Panopto/Pages/Embed.aspx?${query.toString()}`;
}

/** `${serverUrl}/Panopto/PublicAPI/SessionPreviewImage?id=…` for the facade. */
export function previewImageUrl(serverUrl: string, sessionId: string): string {
  requireId(sessionId);
  return `${serverUrl}/Panopto/PublicAPI/SessionPreviewImage?id=${sessionId}`;
}
