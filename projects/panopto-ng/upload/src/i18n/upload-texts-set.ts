import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_UPLOAD_TEXTS, PanoptoUploadTexts } from './upload-texts';

/**
 * The texts set of `panopto-ng/upload`: `<panopto-upload>` reads it with `injectPanoptoTexts`, apps override it
 * with `providePanoptoTexts(PANOPTO_UPLOAD_TEXTS, {...})` and translate it with `PANOPTO_UPLOAD_FR` / `_AR`.
 */
export const PANOPTO_UPLOAD_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoUploadTexts>(
  'panopto-ng/upload',
  DEFAULT_PANOPTO_UPLOAD_TEXTS,
);
