// Panopto's caption, caption-provider, accessibility and folder-settings models, named and spelt as in the
// REST v1 swagger. Framework-free.

/** `ContentLanguage`: the language of a caption track (swagger order). */
export const CONTENT_LANGUAGES = [
  'English_USA',
  'English_GBR',
  'Spanish_MEX',
  'Spanish_ESP',
  'German',
  'French',
  'Dutch',
  'Thai',
  'Chinese_Simplified',
  'Chinese_Traditional',
  'Korean',
  'Japanese',
  'Russian',
  'Portuguese',
  'Polish',
  'English_AUS',
  'Danish',
  'Finnish',
  'Hungarian',
  'Norwegian',
  'Swedish',
  'Italian',
  'Welsh',
  'Catalan',
  'Galician',
  'Basque',
  'Arabic',
  'Hindi',
  'French_CAN',
  'Hebrew',
  'Vietnamese',
] as const;

/** `ContentLanguage`. */
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** `AccessibilityRequestType`. */
export type AccessibilityRequestType = 'AudioDescription' | 'Transcription' | 'Translation';
/** `AccessibilityOverwriteBehavior`: what the site lets a new request replace. */
export type AccessibilityOverwriteBehavior = 'DoNotOverwrite' | 'OverwriteAD' | 'OverwriteASR' | 'OverwriteAnyCaptions';
/** `EligibilityState`. */
export type EligibilityState = 'Eligible' | 'ConditionallyEligible' | 'Excluded';
/** `ExclusionReason`: why a session is not (or only conditionally) eligible; `None` when it is. */
export type ExclusionReason =
  | 'None'
  | 'NotFound'
  | 'InsufficientPermissions'
  | 'InvalidTranscriptionRequestType'
  | 'NoActiveDelivery'
  | 'NoPrimaryStream'
  | 'PendingEdits'
  | 'PendingRequest'
  | 'UnsupportedLanguage'
  | 'AlreadyHasAudioDescription'
  | 'AlreadyHasCaptions'
  | 'AlreadyHasAsrCaptions'
  | 'NoSourceCaptions'
  | 'SchedulingFailed';

/** `AccessibilityBulkPreviewRequest`: body of `POST /accessibility/bulk/preview` (at most 100 sessions). */
export interface AccessibilityBulkPreviewRequest {
  Type: AccessibilityRequestType;
  SessionIds: string[];
}

/** `AccessibilityProviderPreview`. */
export interface AccessibilityProviderPreview {
  ProviderInstanceId: number;
  DisplayName?: string | null;
  PricePerMinute?: number | null;
  PriceKnown: boolean;
}

/** `TranslationDetails` (translation previews only). */
export interface TranslationDetails {
  AvailableSourceLanguages?: ContentLanguage[] | null;
  ExistingCaptionLanguages?: ContentLanguage[] | null;
  PendingTranslationTargets?: ContentLanguage[] | null;
}

/** `AccessibilitySessionPreview`: one session's eligibility. */
export interface AccessibilitySessionPreview {
  SessionId: string;
  SessionName?: string | null;
  DurationSeconds: number;
  EligibilityState: EligibilityState;
  ReasonCode: ExclusionReason;
  Details?: TranslationDetails | null;
}

/** `AccessibilityPreviewSummary`. */
export interface AccessibilityPreviewSummary {
  TotalSessions: number;
  EligibleCount: number;
  ConditionallyEligibleCount: number;
  ExcludedCount: number;
  TotalDurationSeconds: number;
}

/** `AccessibilityBulkPreviewResponse`. */
export interface AccessibilityBulkPreviewResponse {
  Type: AccessibilityRequestType;
  SiteOverwriteBehavior: AccessibilityOverwriteBehavior;
  AvailableCaptionCredits?: number | null;
  Providers?: AccessibilityProviderPreview[] | null;
  SessionEvaluations?: AccessibilitySessionPreview[] | null;
  Summary?: AccessibilityPreviewSummary | null;
}

/** `AccessibilityBulkScheduleRequest`: body of `POST /accessibility/bulk/schedule`. */
export interface AccessibilityBulkScheduleRequest {
  Type: AccessibilityRequestType;
  SessionIds: string[];
  ProviderInstanceId: number;
  SourceLanguage?: ContentLanguage;
  /** Translations only. */
  TargetLanguages?: ContentLanguage[];
}

/** `AccessibilityScheduleResult`. */
export interface AccessibilityScheduleResult {
  SessionId: string;
  SessionName?: string | null;
  Scheduled: boolean;
  ReasonCode: ExclusionReason;
  RequestCount: number;
}

/** `AccessibilityBulkScheduleResponse`. */
export interface AccessibilityBulkScheduleResponse {
  Type: AccessibilityRequestType;
  Results?: AccessibilityScheduleResult[] | null;
  ScheduledCount: number;
  SkippedCount: number;
}

/** `TranscriptionProviderInstance`: one caption provider of the site (`GET /captionproviders`). */
export interface TranscriptionProviderInstance {
  Id?: string;
  Name?: string | null;
  Enabled: boolean;
  DisplayName?: string | null;
}

/** `TranscriptionProviderInstanceSortFields`. */
export type TranscriptionProviderInstanceSortField = 'Name';

/**
 * `FolderSettings`: `AutomaticCaptionProviderId` requests captions for every new recording in the folder; the
 * empty GUID (`ROOT_FOLDER_ID`) means none.
 */
export interface FolderSettings {
  AutomaticCaptionProviderId: string;
  AutomaticCaptionProviderName?: string | null;
}

/** Whether a value is a `ContentLanguage`. */
export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value);
}
