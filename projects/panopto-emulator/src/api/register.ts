// REST v1 under /Panopto/api/v1, one module per resource family.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';

export const API_BASE = '/Panopto/api/v1';

export function registerRestRoutes(_router: Router, _ctx: EmulatorContext): void {
  // Resource modules are added here as they land.
}
