// The REST core's public names, listed one by one so internals (query builders, request helpers) stay internal.
// The framework-free core (models, GUIDs, errors, retry policy, clock interface, config rules) is re-exported
// whole, so `import { isGuid } from 'panopto-ng'` keeps working; its own public-api.ts is explicit.
export * from 'panopto-ng/core';
export { toPanoptoError } from './errors/map-http-error';
export type { FailedRequestInfo } from './errors/map-http-error';
export { PANOPTO_CLOCK, PANOPTO_RANDOM, zoneAwareSystemClock } from './clock/panopto-clock';
export type {
  PanoptoPriority,
  PanoptoRequestEventFields,
  PanoptoEventMap,
  PanoptoEventType,
  PanoptoEventOf,
  PanoptoEvent,
  PanoptoEventInput,
} from './events/panopto-event';
export { PanoptoEvents } from './events/panopto-events';
export { PanoptoSignInLauncher } from './sign-in/panopto-sign-in-launcher';
export type { PanoptoSignInStart } from './sign-in/panopto-sign-in-launcher';
export { describePanoptoEvent } from './events/describe-event';
export { PANOPTO_LOGGER, ConsolePanoptoLogger, withPanoptoLogger } from './events/panopto-logger';
export type { PanoptoLogLevel, PanoptoLogger, PanoptoConsoleLike } from './events/panopto-logger';
export { PANOPTO_REQUEST, PANOPTO_REQUEST_INFO, PANOPTO_SKIP_RETRY } from './http/panopto-http-context';
export type { PanoptoRequestInfoContext } from './http/panopto-http-context';
export { PanoptoHttp } from './http/panopto-http';
export type { PanoptoHttpMethod, PanoptoQueryValue, PanoptoCallOptions, PanoptoRequestSpec } from './http/panopto-http';
export { PanoptoRateLimiter } from './http/panopto-rate-limiter';
export { allPages } from './api/paging';
export type { PanoptoPageOptions, PanoptoAllPagesOptions, PanoptoAllPagesLimits } from './api/paging';
export { FoldersApi } from './api/folders-api';
export type { FolderChildrenOptions, FolderSearchOptions } from './api/folders-api';
export { SessionsApi } from './api/sessions-api';
export type { SessionSearchOptions } from './api/sessions-api';
export { PlaylistsApi } from './api/playlists-api';
export { UsersApi, GroupsApi } from './api/users-api';
export type { ViewedSessionsOptions } from './api/users-api';
export { RemoteRecordersApi, ScheduledRecordingsApi } from './api/recordings-api';
export type { ScheduledRecordingCreateOptions } from './api/recordings-api';
export { FolderAccessApi } from './api/folder-access-api';
export { SessionManagementApi } from './api/session-management-api';
export type { SessionTagsOptions } from './api/session-management-api';
export type { AccessSettingsUpdate, PermissionPageOptions } from './api/access-requests';
export { TagsApi } from './api/tags-api';
export { ReportsApi } from './api/reports-api';
export { SearchIndexSyncApi } from './api/search-index-sync-api';
export type {
  SearchIndexSyncPosition,
  SearchIndexSyncChange,
  SearchIndexSyncStreamOptions,
} from './api/search-index-sync-api';
export { PortalUsersApi } from './api/portal-users-api';
export type { PortalUserFilter } from './api/portal-users-api';
export { PanoptoApi } from './api/panopto-api';
