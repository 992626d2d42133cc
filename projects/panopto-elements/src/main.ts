// The full bundle (`panopto-elements.js`, one <script> tag): every element, registered on load.
// zone.js is part of the bundle and loads once: when the page already runs it (an Angular app), zone.js's own
// guard keeps the page's copy and this one adds nothing.
import 'zone.js';
import { ALL_ELEMENTS } from './lib/element-definitions';
import { ELEMENTS_AUTH_SUPPORT } from './lib/sign-in/auth-support';
import { startPanoptoElements } from './lib/panopto-elements-api';
import { PANOPTO_ELEMENTS_VERSION } from './version';

startPanoptoElements(ALL_ELEMENTS, PANOPTO_ELEMENTS_VERSION, ELEMENTS_AUTH_SUPPORT);
