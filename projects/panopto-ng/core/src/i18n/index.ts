export { PanoptoPluralForms, plural } from './plural';
export { PanoptoDateInput, PanoptoDateOptions, PanoptoFormat, panoptoFormat } from './panopto-format';
export { PanoptoTextsShape, PanoptoTranslation, PanoptoTranslationReport, checkTranslation } from './translation';
export { languageDirection, languageMatches } from './language-direction';
