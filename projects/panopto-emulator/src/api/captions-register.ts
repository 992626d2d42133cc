// Captions and accessibility, registered as one group: caption files, caption providers, bulk requests,
// folder settings (automatic caption provider) and the embed page's caption tracks.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { registerCaptionRoutes } from './captions.js';
import { registerCaptionProviderRoutes } from './caption-providers.js';
import { registerAccessibilityRoutes } from './accessibility.js';
import { registerFolderSettingsRoutes } from './folder-settings.js';
import { registerCaptionTrackRoutes } from '../embed/caption-tracks.js';

export function registerCaptionsAndAccessibility(router: Router, ctx: EmulatorContext): void {
  registerCaptionRoutes(router, ctx);
  registerCaptionProviderRoutes(router, ctx);
  registerAccessibilityRoutes(router, ctx);
  registerFolderSettingsRoutes(router, ctx);
  registerCaptionTrackRoutes(router, ctx);
}
