import { PanoptoElementDefinition } from './define-elements';
import { PANOPTO_ELEMENT_NAMES } from './element-names';
import { PanoptoPlayerElementComponent } from './wrappers/player-element.component';

/** The player's methods its element forwards (same names and arguments as `PanoptoPlayerComponent`'s). */
export const PLAYER_METHODS = [
  'play',
  'pause',
  'stop',
  'seekTo',
  'mute',
  'unmute',
  'setVolume',
  'setPlaybackRate',
  'enableCaptions',
  'disableCaptions',
  'getCurrentTime',
  'getDuration',
  'getState',
  'isMuted',
  'getVolume',
  'getPlaybackRate',
  'load',
] as const;

/** `<panopto-wc-player>` alone (the player-only bundle). */
export const PLAYER_ELEMENT: PanoptoElementDefinition = {
  name: PANOPTO_ELEMENT_NAMES.player,
  wrapper: PanoptoPlayerElementComponent,
  methods: PLAYER_METHODS,
};
