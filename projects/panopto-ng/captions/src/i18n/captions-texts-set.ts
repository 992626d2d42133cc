import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_CAPTIONS_TEXTS, PanoptoCaptionsTexts } from './captions-texts';

/**
 * The texts set of `panopto-ng/captions`: components read it with `injectPanoptoTexts`, apps override it with
 * `providePanoptoTexts(PANOPTO_CAPTIONS_TEXTS, {...})` and translate it with `PANOPTO_CAPTIONS_FR` / `_AR`.
 */
export const PANOPTO_CAPTIONS_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoCaptionsTexts>(
  'panopto-ng/captions',
  DEFAULT_PANOPTO_CAPTIONS_TEXTS,
);
