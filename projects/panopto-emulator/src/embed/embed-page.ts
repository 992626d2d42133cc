// The HTML of /Panopto/Pages/Embed.aspx: a clean player page (video, title, brand, captions), a sign-in
// prompt, a "no access" page, or an error page. Everything that comes from the request or the store is
// escaped; the page's script reads its settings from a JSON block, never from string-built JavaScript.
import type { CaptionTrackInfo } from '../api/session-captions.js';
import { renderCaptionTracks } from './caption-tracks.js';

export interface EmbedParams {
  autoplay: boolean;
  offerViewer: boolean;
  showTitle: boolean;
  showBrand: boolean;
  captions: boolean;
  interactivity: 'all' | 'none' | 'search';
  start: number;
  /** Set by the Embed API script: wait for `loadVideo()` instead of acting as a standalone page. */
  api: boolean;
  /** `showcontrols` (default true): the video's control bar. */
  showControls: boolean;
  /**
   * `hideoverlay`: no player chrome over the video (title, brand, viewer link, control bar), for clients that draw
   * their own (H5P and Moodle pass `hideoverlay: !controls`).
   */
  hideOverlay: boolean;
  /** `autohide`: while playing, the title and the control bar hide after a moment without pointer movement. */
  autoHide: boolean;
}

export interface PlayerPageModel {
  mode: 'player' | 'login' | 'forbidden';
  sessionId: string;
  title: string;
  /** A webcast on air: the stream loops and carries a live marker, as a broadcast has no end yet. */
  live: boolean;
  duration: number;
  mediaUrl: string;
  posterUrl: string;
  captionsUrl: string | null;
  /** The session's caption tracks (uploads, provider files, the seed's own); replaces `captionsUrl` when set. */
  captionTracks?: CaptionTrackInfo[];
  viewerUrl: string;
  viewingUrl: string;
  viewingFlushMs: number;
  params: EmbedParams;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON safe inside a <script> element (no `</script>`, no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const STYLE = `
  html, body { margin: 0; height: 100%; background: #000; color: #fff; font: 14px/1.4 system-ui, sans-serif; overflow: hidden; }
  .stage { position: relative; width: 100%; height: 100%; }
  video, .splash { position: absolute; inset: 0; width: 100%; height: 100%; }
  video { background: #000; }
  .splash { border: 0; padding: 0; cursor: pointer; background: #000 center / cover no-repeat; }
  .splash span { position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); width: 68px; height: 48px;
    border-radius: 12px; background: #2a6ff0; display: grid; place-items: center; color: #fff; font-size: 24px; }
  .splash:focus-visible { outline: 3px solid #fff; outline-offset: -3px; }
  .title { position: absolute; top: 0; left: 0; right: 0; padding: 10px 14px; background: linear-gradient(#000c, #0000);
    font-weight: 600; pointer-events: none; transition: opacity .3s; }
  body.playing .title { opacity: 0; }
  body.idle .title, body.idle .viewer-link { opacity: 0; }
  body.idle { cursor: none; }
  .brand { position: absolute; right: 10px; bottom: 44px; font-size: 12px; opacity: .8; pointer-events: none; }
  .live-badge { position: absolute; top: 10px; left: 10px; padding: 2px 8px; border-radius: 4px; background: #d32f2f;
    color: #fff; font-size: 12px; font-weight: 700; letter-spacing: .05em; pointer-events: none; }
  .live-badge + .title { padding-left: 64px; }
  .viewer-link { position: absolute; top: 8px; right: 10px; color: #fff; font-size: 12px; }
  .message { display: grid; place-items: center; height: 100%; padding: 1rem; box-sizing: border-box; text-align: center; }
  .message h1 { font-size: 18px; margin: 0 0 .5rem; }
  .message p { margin: 0; color: #ddd; }
`;

function page(title: string, body: string, bodyAttributes = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body${bodyAttributes}>
${body}
</body>
</html>`;
}

/** The player, the sign-in prompt or the "no access" page (the last never tells the parent it is ready). */
export function renderPlayerPage(model: PlayerPageModel): string {
  const p = model.params;
  const config = {
    mode: model.mode,
    sessionId: model.sessionId,
    mediaUrl: model.mediaUrl,
    duration: model.duration,
    autoplay: p.autoplay,
    captions: p.captions,
    start: p.start,
    api: p.api,
    controls: p.showControls && !p.hideOverlay,
    autoHide: p.autoHide,
    viewingUrl: model.viewingUrl,
    viewingFlushMs: model.viewingFlushMs,
  };
  const script = `<script type="application/json" id="embed-config">${scriptJson(config)}</script>
<script src="/Panopto/Pages/Embed/embed-page.js"></script>`;
  const attrs = ` data-session-id="${escapeHtml(model.sessionId)}" data-interactivity="${p.interactivity}" data-mode="${model.mode}"`;

  if (model.mode === 'login') {
    return page(
      'Sign in to watch',
      `<main class="message" id="login-prompt"><div><h1>Sign in to watch this video</h1>
<p>This video is restricted. Sign in to the Panopto emulator in this browser (for example through the demo app's
“Sign in with Panopto”), then reload this player.</p></div></main>
${script}`,
      attrs,
    );
  }
  if (model.mode === 'forbidden') {
    // Panopto shows its own page here and never sends onIframeReady; players detect it by timeout.
    return page(
      'No access',
      `<main class="message" id="no-access"><div><h1>You don't have access to this video</h1>
<p>Ask the video's owner to share it with you.</p></div></main>
${script}`,
      attrs,
    );
  }

  const title = escapeHtml(model.title);
  const track = model.captionTracks
    ? renderCaptionTracks(model.captionTracks, p.captions)
    : model.captionsUrl
    ? `<track kind="captions" label="English" srclang="en" src="${escapeHtml(model.captionsUrl)}"${p.captions ? ' default' : ''}>`
    : '';
  return page(
    model.title,
    `<div class="stage">
<button type="button" class="splash" id="splash" aria-label="Play ${title}" style="background-image:url('${escapeHtml(model.posterUrl)}')"><span aria-hidden="true">&#9654;</span></button>
<video id="video"${p.showControls && !p.hideOverlay ? ' controls' : ''} playsinline hidden${model.live ? ' loop' : ''} poster="${escapeHtml(model.posterUrl)}" aria-label="${title}${model.live ? ' (live)' : ''}">${track}</video>
${model.live ? '<div class="live-badge" id="live-badge" role="status">LIVE</div>' : ''}
${p.showTitle && !p.hideOverlay ? `<div class="title" id="title">${title}</div>` : ''}
${p.showBrand && !p.hideOverlay ? '<div class="brand" id="brand">Panopto emulator</div>' : ''}
${p.offerViewer && !p.hideOverlay ? `<a class="viewer-link" id="viewer-link" href="${escapeHtml(model.viewerUrl)}" target="_blank" rel="noopener">Open in Panopto</a>` : ''}
</div>
${script}`,
    attrs,
  );
}

/** Unknown or malformed session id. */
export function renderErrorPage(message: string): string {
  return page(
    'Video not available',
    `<main class="message" id="embed-error" role="alert"><div><h1>This video is not available</h1><p>${escapeHtml(message)}</p></div></main>`,
  );
}
