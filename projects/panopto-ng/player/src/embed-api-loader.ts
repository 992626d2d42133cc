import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Inject, Injectable, NgZone, PLATFORM_ID } from '@angular/core';
import { PanoptoEmbedGlobals, PanoptoEmbedWindow } from './embed-api-types';
import { PanoptoPlayerError } from './player-error';
import { PANOPTO_CSP_NONCE, PANOPTO_PLAYER_CONFIG, ResolvedPanoptoPlayerConfig } from './player-config';

// Angular's development flag; production builds define it as false, so the minifier drops what it guards.
// Checked at each use site: a shared `const DEV_MODE` was not folded across modules and its messages stayed in bundles.
declare const ngDevMode: boolean | undefined;

/**
 * Loads Panopto's Embed API script once per page, however many players ask for it: every caller shares one
 * in-flight promise. A load error or timeout removes the `<script>` and forgets the promise, so the next
 * `load()` tries again with a fresh script. The page's own `window.onPanoptoEmbedApiReady` keeps working: ours
 * calls it and then puts it back.
 */
@Injectable({ providedIn: 'root' })
export class PanoptoEmbedApiLoader {
  private inFlight: Promise<PanoptoEmbedGlobals> | null = null;

  constructor(
    @Inject(DOCUMENT) private readonly document: Document,
    @Inject(PLATFORM_ID) private readonly platformId: object,
    @Inject(PANOPTO_PLAYER_CONFIG) private readonly config: ResolvedPanoptoPlayerConfig,
    @Inject(PANOPTO_CSP_NONCE) private readonly nonce: string | null,
    private readonly zone: NgZone,
  ) {}

  /** Resolves with the Embed API globals once `EmbedApi` is a constructor; rejects on error or timeout. */
  load(): Promise<PanoptoEmbedGlobals> {
    const win = isPlatformBrowser(this.platformId)
      ? (this.document.defaultView as (Window & PanoptoEmbedWindow) | null)
      : null;
    if (!win) {
      return Promise.reject(new PanoptoPlayerError('scriptLoadFailed', 'browser only'));
    }
    const present = globalsOf(win);
    if (present) return Promise.resolve(present);
    if (!this.inFlight) {
      this.inFlight = this.inject(win);
      // A failed attempt must not poison later ones.
      this.inFlight.catch(() => (this.inFlight = null));
    }
    return this.inFlight;
  }

  private inject(win: Window & PanoptoEmbedWindow): Promise<PanoptoEmbedGlobals> {
    return new Promise<PanoptoEmbedGlobals>((resolve, reject) => {
      const previous = win.onPanoptoEmbedApiReady;
      let script: HTMLScriptElement | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const cleanUp = (removeScript: boolean) => {
        clearTimeout(timer);
        // Restore the page's callback, unless someone replaced ours meanwhile.
        if (win.onPanoptoEmbedApiReady === onReady) {
          if (previous === undefined) delete win.onPanoptoEmbedApiReady;
          else win.onPanoptoEmbedApiReady = previous;
        }
        // The script's listeners stay: each event fires at most once, and a late one finds the promise settled.
        if (removeScript) script?.remove();
      };
      const succeed = () => {
        const globals = globalsOf(win);
        if (globals) {
          cleanUp(false);
          resolve(globals);
        }
      };
      const fail = (message: string) => {
        cleanUp(true);
        reject(new PanoptoPlayerError('scriptLoadFailed', message));
      };
      const onReady = () => {
        succeed();
        if (typeof previous === 'function') previous.call(win);
      };
      const onError = () =>
        fail(
          typeof ngDevMode === 'undefined' || ngDevMode
            ? `The Embed API script failed to load from ${this.config.scriptUrl}.`
            : 'error',
        );

      win.onPanoptoEmbedApiReady = onReady;
      this.zone.runOutsideAngular(() => {
        timer = setTimeout(
          () =>
            fail(
              typeof ngDevMode === 'undefined' || ngDevMode
                ? `The Embed API script did not load within ${this.config.loadTimeoutMs} ms.`
                : 'timeout',
            ),
          this.config.loadTimeoutMs,
        );
      });
      if (!this.config.loadApi) return; // the page loads the script itself; we only wait for it

      script = this.document.createElement('script');
      script.src = this.config.scriptUrl;
      script.async = true;
      if (this.nonce) script.setAttribute('nonce', this.nonce);
      script.setAttribute('data-panopto-embed-api', '');
      // `load` fires after the script ran; Panopto's callback normally came first, this is the safety net.
      script.addEventListener('load', succeed);
      script.addEventListener('error', onError);
      this.document.head.appendChild(script);
    });
  }
}

function globalsOf(win: PanoptoEmbedWindow): PanoptoEmbedGlobals | null {
  // The constructor itself must exist, not just some global of that name (DOM clobbering by an element id).
  // The window itself serves as the globals: copying them into a new object only costs bytes.
  return typeof win.EmbedApi === 'function' ? (win as PanoptoEmbedGlobals) : null;
}
