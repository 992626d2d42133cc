/**
 * The custom element names, and the rule that keeps them apart from the library's Angular selectors.
 *
 * Rule: panopto-ng's Angular components use `panopto-<name>`; its custom elements use `panopto-wc-<name>`
 * ("web component"), and no Angular selector of the library may start with `panopto-wc-` (the elements spec
 * checks every exported component). A custom element is registered for the whole page, so if it were called
 * `panopto-player`, an Angular app on the same page rendering its own `<panopto-player>` would get its host
 * element upgraded into our element as well; with the prefix the two never meet.
 */
export const PANOPTO_ELEMENT_PREFIX = 'panopto-wc-';

/** Every element of the full bundle, by the library component it wraps. */
export const PANOPTO_ELEMENT_NAMES = {
  player: 'panopto-wc-player',
  upload: 'panopto-wc-upload',
  folderBrowser: 'panopto-wc-folder-browser',
  sessionList: 'panopto-wc-session-list',
  liveNow: 'panopto-wc-live-now',
  signIn: 'panopto-wc-sign-in',
} as const;

/** One of the element names above. */
export type PanoptoElementName = (typeof PANOPTO_ELEMENT_NAMES)[keyof typeof PANOPTO_ELEMENT_NAMES];
