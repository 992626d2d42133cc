import { definePanoptoTexts } from 'panopto-ng';
import { DEFAULT_PANOPTO_PROVISIONING_TEXTS, PanoptoProvisioningTexts } from './provisioning-texts';

/**
 * The texts set of `panopto-ng/provisioning`: `<panopto-sync-report>` reads it with `injectPanoptoTexts`, apps
 * override it with `providePanoptoTexts(PANOPTO_PROVISIONING_TEXTS, {...})` and translate it with
 * `PANOPTO_PROVISIONING_FR` / `_AR`.
 */
export const PANOPTO_PROVISIONING_TEXTS = /*@__PURE__*/ definePanoptoTexts<PanoptoProvisioningTexts>(
  'panopto-ng/provisioning',
  DEFAULT_PANOPTO_PROVISIONING_TEXTS,
);
