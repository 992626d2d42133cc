export { PanoptoTextsSet, definePanoptoTexts } from './panopto-texts-set';
export {
  PanoptoAnyTranslation,
  PanoptoTextsOverride,
  providePanoptoLanguages,
  providePanoptoTexts,
} from './panopto-language-providers';
export { PanoptoLanguage } from './panopto-language';
export { injectPanoptoTexts } from './inject-panopto-texts';
