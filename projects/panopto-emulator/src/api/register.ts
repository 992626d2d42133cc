// REST v1 under /Panopto/api/v1, one module per resource family.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { registerFolderRoutes } from './folders.js';
import { registerSessionRoutes } from './sessions.js';
import { registerPlaylistRoutes } from './playlists.js';
import { registerPeopleRoutes } from './people.js';
import { registerRecorderRoutes } from './recorders.js';
import { registerCaptionsAndAccessibility } from './captions-register.js';
import { registerRecordingRoutes } from './recordings-register.js';

export { API_BASE } from './common.js';

export function registerRestRoutes(router: Router, ctx: EmulatorContext): void {
  registerFolderRoutes(router, ctx);
  registerSessionRoutes(router, ctx);
  registerPlaylistRoutes(router, ctx);
  registerPeopleRoutes(router, ctx);
  registerRecorderRoutes(router, ctx);
  registerCaptionsAndAccessibility(router, ctx);
  registerRecordingRoutes(router, ctx);
}
