import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_ANALYTICS_TEXTS, PanoptoAnalyticsTexts } from './analytics-texts';

/**
 * The texts set of `panopto-ng/analytics`: the charts read it with `injectPanoptoTexts`, apps override it with
 * `providePanoptoTexts(PANOPTO_ANALYTICS_TEXTS, {...})` and translate it with `PANOPTO_ANALYTICS_FR` / `_AR`.
 */
export const PANOPTO_ANALYTICS_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoAnalyticsTexts>(
  'panopto-ng/analytics',
  DEFAULT_PANOPTO_ANALYTICS_TEXTS,
);
