/*
 * Public API of `panopto-ng/captions`: the caption-file checker (framework-free), the typed client of Panopto's
 * caption, caption-provider, accessibility and folder-settings operations, and the components
 * (`<panopto-captions>`, `<panopto-caption-picker>`, `<panopto-caption-request-panel>`,
 * `<panopto-folder-caption-provider>`). Nothing here is imported by `panopto-ng` or `panopto-ng/player`.
 */
export * from './src/checker/index';
export {
  CONTENT_LANGUAGES,
  ContentLanguage,
  AccessibilityRequestType,
  AccessibilityOverwriteBehavior,
  EligibilityState,
  ExclusionReason,
  AccessibilityBulkPreviewRequest,
  AccessibilityProviderPreview,
  TranslationDetails,
  AccessibilitySessionPreview,
  AccessibilityPreviewSummary,
  AccessibilityBulkPreviewResponse,
  AccessibilityBulkScheduleRequest,
  AccessibilityScheduleResult,
  AccessibilityBulkScheduleResponse,
  TranscriptionProviderInstance,
  TranscriptionProviderInstanceSortField,
  FolderSettings,
  isContentLanguage,
} from './src/api/caption-models';
export { captionLanguageLabel, languageOfCaptionTrack } from './src/api/caption-languages';
export { PanoptoCaptionFileError } from './src/api/caption-file-error';
export { PanoptoCaptionsApi, CaptionUploadOptions, MAX_BULK_ACCESSIBILITY_SESSIONS } from './src/api/panopto-captions-api';
export {
  PanoptoCaptionTrackSource,
  CaptionTrackState,
  CAPTION_TRACK_POLL_MS,
} from './src/components/caption-track-source';
export { PanoptoCaptionsTexts, DEFAULT_PANOPTO_CAPTIONS_TEXTS } from './src/i18n/captions-texts';
export { PANOPTO_CAPTIONS_TEXTS } from './src/i18n/captions-texts-set';
// Translations: each reaches an app's bundle only when the app imports it (providePanoptoLanguages).
export { PANOPTO_CAPTIONS_FR } from './src/i18n/captions-fr';
export { PANOPTO_CAPTIONS_AR } from './src/i18n/captions-ar';
export {
  PanoptoCaptionsComponent,
  PanoptoCaptionsChange,
  CaptionUploadPhase,
} from './src/components/panopto-captions.component';
export { CaptionRequestPanelComponent, CaptionRequestPhase } from './src/components/caption-request-panel.component';
export { PanoptoCaptionPickerComponent } from './src/components/panopto-caption-picker.component';
export { PanoptoFolderCaptionProviderComponent } from './src/components/folder-caption-provider.component';
