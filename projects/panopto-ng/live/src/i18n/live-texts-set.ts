import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_LIVE_TEXTS, PanoptoLiveTexts } from './live-texts';

/**
 * The texts set of `panopto-ng/live`: components read it with `injectPanoptoTexts`, apps override it with
 * `providePanoptoTexts(PANOPTO_LIVE_TEXTS, {...})` and translate it with `PANOPTO_LIVE_FR` / `_AR`.
 */
export const PANOPTO_LIVE_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoLiveTexts>(
  'panopto-ng/live',
  DEFAULT_PANOPTO_LIVE_TEXTS,
);
