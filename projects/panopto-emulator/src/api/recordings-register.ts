// Managing recordings: who may watch, session-only viewers, copies, tags, search within a folder, reports,
// the search index feed, portal user profiles and SCORM packages. Registered from register.ts.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { registerAccessRoutes } from './access.js';
import { registerSessionCopyRoutes } from './session-copy.js';
import { registerTagRoutes } from './tags.js';
import { registerFolderSessionSearchRoutes } from './folder-session-search.js';
import { registerReportRoutes } from './reports.js';
import { registerIndexSyncRoutes } from './index-sync.js';
import { registerPortalUserRoutes } from './portal-users.js';
import { registerScormRoutes } from './scorm.js';

export function registerRecordingRoutes(router: Router, ctx: EmulatorContext): void {
  registerAccessRoutes(router, ctx);
  registerSessionCopyRoutes(router, ctx);
  registerTagRoutes(router, ctx);
  registerFolderSessionSearchRoutes(router, ctx);
  registerReportRoutes(router, ctx);
  registerIndexSyncRoutes(router, ctx);
  registerPortalUserRoutes(router, ctx);
  registerScormRoutes(router, ctx);
}
