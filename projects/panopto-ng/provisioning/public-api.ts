/*
 * Public API of `panopto-ng/provisioning`: course folders and enrolments kept in sync with Panopto.
 * The planner, the apply engine, the stores and the fetch backend are plain TypeScript (they import only
 * `panopto-ng/core`); the service, the configuration and the report component are Angular.
 * Explicit exports: helpers of the files below stay internal.
 */

// The desired state, the current state, the plan and the report (types only, and the list of op kinds).
export type {
  SyncRole,
  SyncPrincipalType,
  SyncPrincipalRef,
  SyncMember,
  DesiredCourse,
  DesiredState,
  ResolvedPrincipal,
  ResolvedDesiredState,
  CurrentPermission,
  CurrentFolder,
  CurrentState,
  FolderRef,
  CreateFolderOp,
  RenameFolderOp,
  MoveFolderOp,
  GrantOp,
  RevokeOp,
  SetAccessOp,
  CopySessionOp,
  SyncAccessLevel,
  SyncOp,
  SyncOpKind,
  SyncPlan,
  SyncOpStatus,
  SyncOpResult,
  SyncReport,
} from './src/sync-model';
export { SYNC_OP_KINDS } from './src/sync-model';

// Folder paths and the markers written into Panopto.
export { DEFAULT_FOLDER_TEMPLATE, SyncTemplateError, renderFolderPath } from './src/folder-template';
export { PATH_MARKER, courseMarker, courseIdFromDescription } from './src/folder-marker';

// The framework-free pipeline: resolve, read, plan, apply.
export type { SyncBackend, SyncBackendFolder } from './src/sync-backend';
export { resolveDesiredState } from './src/resolve-principals';
export { coursesWithCopies, readCurrentState } from './src/read-current-state';
export type { ReadCurrentStateOptions } from './src/read-current-state';
export { plan } from './src/sync-planner';
export { applyPlan, snapshot } from './src/apply-plan';
export { estimateApplyTime, PANOPTO_RATE_LIMITS } from './src/apply-time';
export type { ApplyTimeEstimate, EndpointTime, PanoptoRateLimits } from './src/apply-time';
export type { ApplyPlanOptions } from './src/apply-plan';
export { InMemorySyncProgressStore, LocalStorageSyncProgressStore } from './src/sync-progress-store';
export type { SyncOpProgress, SyncProgressStore, SyncKeyValueStorage } from './src/sync-progress-store';
export { createFetchSyncBackend, DEFAULT_FETCH_SYNC_RETRY } from './src/fetch-sync-backend';
export type { FetchSyncBackendOptions } from './src/fetch-sync-backend';

// Angular: configuration, the PanoptoApi backend, the service and the report component.
export { PANOPTO_SYNC_CONFIG, validatePanoptoProvisioningConfig, withPanoptoProvisioning } from './src/sync-config';
export type { PanoptoSyncConfig } from './src/sync-config';
export { panoptoApiSyncBackend } from './src/panopto-api-sync-backend';
export { PanoptoSyncService } from './src/panopto-sync.service';
export type { PanoptoSyncApplyOptions } from './src/panopto-sync.service';
export {
  PanoptoSyncReportComponent,
  PanoptoSyncReportModule,
  syncReportRows,
} from './src/sync-report/sync-report.component';
export type { SyncReportRow, SyncRowStatus } from './src/sync-report/sync-report.component';
export type { PanoptoProvisioningTexts } from './src/i18n/provisioning-texts';
export { DEFAULT_PANOPTO_PROVISIONING_TEXTS } from './src/i18n/provisioning-texts';
export { PANOPTO_PROVISIONING_TEXTS } from './src/i18n/provisioning-texts-set';
// Translations: each reaches an app's bundle only when the app imports it (providePanoptoLanguages).
export { PANOPTO_PROVISIONING_FR } from './src/i18n/provisioning-fr';
export { PANOPTO_PROVISIONING_AR } from './src/i18n/provisioning-ar';
