import { Provider } from '@angular/core';
import {
  DEFAULT_PANOPTO_PLAYER_CONFIG,
  EmbedApiConstructor,
  EmbedApiOptions,
  PANOPTO_PLAYER_CONFIG,
  PanoptoEmbedApiLoader,
  PanoptoEmbedGlobals,
  PanoptoPlayerError,
} from 'panopto-ng/player';
import { FakeEmbedApiPlayer } from 'panopto-ng/testing';

/**
 * Providers that hold a player in one state, so designers can look at each. They replace only the script
 * loader (per component, not app-wide); everything else is the real player.
 */

/** The script never arrives: the player stays `loading`. */
export const LOADING_FOREVER: Provider[] = [
  { provide: PanoptoEmbedApiLoader, useValue: { load: () => new Promise<PanoptoEmbedGlobals>(() => undefined) } },
];

/** The script is blocked (an ad blocker, a CSP): the player falls back to the plain Embed.aspx iframe. */
export const SCRIPT_BLOCKED: Provider[] = [
  {
    provide: PanoptoEmbedApiLoader,
    useValue: {
      load: () => Promise.reject(new PanoptoPlayerError('scriptLoadFailed', 'Blocked in this demo on purpose.')),
    },
  },
];

/**
 * The embedded page never answers, as Panopto's does for a signed-in viewer without permission: after
 * `notViewableTimeoutMs` (shortened here to 2 s) the player shows `not-viewable`.
 */
export const NEVER_ANSWERS: Provider[] = [
  { provide: PANOPTO_PLAYER_CONFIG, useValue: { ...DEFAULT_PANOPTO_PLAYER_CONFIG, notViewableTimeoutMs: 2000 } },
  {
    provide: PanoptoEmbedApiLoader,
    useValue: {
      load: () =>
        Promise.resolve<PanoptoEmbedGlobals>({
          EmbedApi: class {
            constructor(elementId: string, options: EmbedApiOptions) {
              return new FakeEmbedApiPlayer(elementId, options, { autoReady: false, duration: 0, captionTracks: [] });
            }
          } as unknown as EmbedApiConstructor,
        }),
    },
  },
];
