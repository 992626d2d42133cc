// Every route module of the emulator, registered in one place. To add a module, write
// `src/<area>/register.ts` exporting `registerXxxRoutes(router, ctx)` and add ONE line below.
// Specific routes win over the OAuth mount, so any path outside /Panopto/oauth2 is free to use.
import type { Router } from './router.js';
import type { EmulatorContext } from './context.js';
import { registerOpsRoutes } from './ops/routes.js';
import { registerOAuthRoutes } from './oauth/routes.js';
import { registerMediaRoutes } from './media/routes.js';
import { registerRestRoutes } from './api/register.js';
import { registerUploadRoutes } from './upload/register.js';
import { registerEmbedRoutes } from './embed/register.js';
import { registerLiveRoutes } from './live/register.js';

export function registerAllRoutes(router: Router, ctx: EmulatorContext): void {
  registerOpsRoutes(router, ctx);
  registerOAuthRoutes(router, ctx);
  registerMediaRoutes(router, ctx);
  registerRestRoutes(router, ctx);
  registerUploadRoutes(router, ctx);
  registerEmbedRoutes(router, ctx);
  registerLiveRoutes(router, ctx);
  // Embed (src/embed/register.ts) and Upload (src/upload/register.ts) register here.
}
