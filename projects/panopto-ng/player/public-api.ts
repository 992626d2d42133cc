/*
 * Public API of `panopto-ng/player`: `<panopto-player>`, its configuration and the Embed API types.
 * Imports nothing from auth, upload or folders, so an app using only the player bundles none of them.
 */
export { PanoptoPlayerComponent, PanoptoPlayerStatus } from './src/panopto-player.component';
export { PanoptoPlayerFacadeDirective } from './src/panopto-player-facade.directive';
export { PanoptoPlayerPlaceholder } from './src/player-placeholder';
export { PanoptoPlayerModule } from './src/panopto-player.module';
export { PanoptoEmbedApiLoader } from './src/embed-api-loader';
export {
  PanoptoPlayerConfig,
  ResolvedPanoptoPlayerConfig,
  PANOPTO_PLAYER_CONFIG,
  PANOPTO_CSP_NONCE,
  DEFAULT_EMBED_API_SCRIPT_URL,
  DEFAULT_PANOPTO_PLAYER_CONFIG,
  providePanoptoPlayer,
  withPanoptoPlayer,
  validatePanoptoPlayerConfig,
} from './src/player-config';
export { PanoptoPlayerError, PanoptoPlayerErrorCode } from './src/player-error';
export {
  PlayerState,
  PanoptoEmbedErrorCode,
  EmbedApiEvents,
  EmbedApiOptions,
  EmbedApiPlayer,
  EmbedApiConstructor,
  EmbedApiVideoParams,
  PanoptoEmbedGlobals,
  PanoptoEmbedWindow,
} from './src/embed-api-types';
export {
  PanoptoEmbedParams,
  PanoptoEmbedParamInputs,
  embedPageUrl,
  previewImageUrl,
  isPanoptoHost,
} from './src/embed-urls';
export { isPanoptoSessionId } from './src/guid';
export { PlayerBooleanInput, PlayerNumberInput } from './src/coerce';
