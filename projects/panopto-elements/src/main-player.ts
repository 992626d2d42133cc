// The player-only bundle (`panopto-player.js`): `<panopto-wc-player>` and PanoptoElements.configure(), nothing
// of sign-in, folders, upload or live.
import 'zone.js';
import { PLAYER_ELEMENT } from './lib/player-definition';
import { startPanoptoElements } from './lib/panopto-elements-api';
import { PANOPTO_ELEMENTS_VERSION } from './version';

startPanoptoElements([PLAYER_ELEMENT], PANOPTO_ELEMENTS_VERSION);
