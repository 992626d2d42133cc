// The ES module build (`panopto-elements.mjs`): the same elements, registered on import, and the API as an
// export for pages and bundlers that use `import`.
import 'zone.js';
import { ALL_ELEMENTS } from './lib/element-definitions';
import { ELEMENTS_AUTH_SUPPORT } from './lib/sign-in/auth-support';
import { PanoptoElementsApi, startPanoptoElements } from './lib/panopto-elements-api';
import { PANOPTO_ELEMENTS_VERSION } from './version';

export const PanoptoElements: PanoptoElementsApi = startPanoptoElements(
  ALL_ELEMENTS,
  PANOPTO_ELEMENTS_VERSION,
  ELEMENTS_AUTH_SUPPORT,
);
export { PANOPTO_ELEMENT_NAMES } from './lib/element-names';
