import { PanoptoElementDefinition } from './define-elements';
import { PANOPTO_ELEMENT_NAMES } from './element-names';
import { PanoptoFolderBrowserElementComponent } from './wrappers/folder-browser-element.component';
import { PanoptoLiveNowElementComponent } from './wrappers/live-now-element.component';
import { PLAYER_ELEMENT } from './player-definition';
import { PanoptoSessionListElementComponent } from './wrappers/session-list-element.component';
import { PanoptoSignInElementComponent } from './wrappers/sign-in-element.component';
import { PanoptoUploadElementComponent } from './wrappers/upload-element.component';

/** Every element (the full bundle). */
export const ALL_ELEMENTS: readonly PanoptoElementDefinition[] = [
  PLAYER_ELEMENT,
  { name: PANOPTO_ELEMENT_NAMES.upload, wrapper: PanoptoUploadElementComponent },
  { name: PANOPTO_ELEMENT_NAMES.folderBrowser, wrapper: PanoptoFolderBrowserElementComponent, methods: ['refresh'] },
  { name: PANOPTO_ELEMENT_NAMES.sessionList, wrapper: PanoptoSessionListElementComponent },
  { name: PANOPTO_ELEMENT_NAMES.liveNow, wrapper: PanoptoLiveNowElementComponent },
  { name: PANOPTO_ELEMENT_NAMES.signIn, wrapper: PanoptoSignInElementComponent },
];
