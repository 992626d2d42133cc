import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS, PanoptoFoldersTexts } from './folders-texts';

/**
 * The texts set of `panopto-ng/folders`: `<panopto-folder-browser>` and `<panopto-session-list>` read it with
 * `injectPanoptoTexts`, apps override it with `providePanoptoTexts(PANOPTO_FOLDERS_TEXTS, {...})` and translate it
 * with `PANOPTO_FOLDERS_FR` / `_AR`.
 *
 * @example
 * ```ts
 * providers: [providePanoptoTexts(PANOPTO_FOLDERS_TEXTS, { newFolder: 'Add a folder' })]
 * ```
 */
export const PANOPTO_FOLDERS_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoFoldersTexts>(
  'panopto-ng/folders',
  DEFAULT_PANOPTO_FOLDERS_TEXTS,
);
