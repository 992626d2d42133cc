import { isGuid } from 'panopto-ng/core';

/**
 * The thumbnail URL to show for a session, or null: Panopto's `Urls.ThumbnailUrl` when it is http(s) on the
 * configured Panopto server (relative URLs are resolved against it), else Panopto's public preview image
 * `${serverUrl}/Panopto/PublicAPI/SessionPreviewImage?id=` for a GUID id. Anything else (another host,
 * `javascript:`, `data:`) is refused so a listing can never point the page at a foreign or script URL.
 *
 * @example
 * ```ts
 * safeThumbnailUrl('https://myuni.hosted.panopto.com', session.Id, session.Urls?.ThumbnailUrl);
 * ```
 */
export function safeThumbnailUrl(serverUrl: string, sessionId: string, thumbnailUrl?: string | null): string | null {
  let server: URL;
  try {
    server = new URL(serverUrl);
  } catch {
    return null;
  }
  if (thumbnailUrl) {
    try {
      const url = new URL(thumbnailUrl, server);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === server.origin) return url.href;
    } catch {
      // fall through to the preview image
    }
  }
  if (!isGuid(sessionId)) return null;
  return `${server.origin}/Panopto/PublicAPI/SessionPreviewImage?id=${encodeURIComponent(sessionId)}`;
}

/** `3725` → `1:02:05`, `59` → `0:59`; null for a missing or negative duration. */
export function formatDuration(seconds: number | null | undefined): string | null {
  if (typeof seconds !== 'number' || !isFinite(seconds) || seconds < 0) return null;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
