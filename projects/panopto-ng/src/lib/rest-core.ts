// The framework-free core (models, GUIDs, errors, retry policy, clock interface, config rules), re-exported so
// `import { isGuid } from 'panopto-ng'` keeps working.
export * from 'panopto-ng/core';
export { PanoptoRequestTimeout, toPanoptoError } from './errors/map-http-error';
export type { FailedRequestInfo } from './errors/map-http-error';
export * from './clock/panopto-clock';
export * from './events/panopto-event';
export * from './events/panopto-events';
export * from './events/panopto-logger';
export * from './http/panopto-http-context';
export * from './http/panopto-http';
export * from './http/panopto-rate-limiter';
export * from './api/paging';
export * from './api/folders-api';
export * from './api/sessions-api';
export * from './api/playlists-api';
export * from './api/users-api';
export * from './api/recordings-api';
export * from './api/panopto-api';
