// Mounts oidc-provider at /Panopto/oauth2 and adds the sign-in interaction routes.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { OAUTH_MOUNT } from './provider.js';
import { registerInteractionRoutes } from './interactions.js';

export function registerOAuthRoutes(router: Router, ctx: EmulatorContext): void {
  registerInteractionRoutes(router, ctx.oidc, ctx.store);
  const callback = ctx.oidc.callback();
  router.mount(OAUTH_MOUNT, OAUTH_MOUNT, (req, res) => {
    // Present the request as mounted (like express's app.use(prefix, …)): oidc-provider derives the mount
    // path from originalUrl minus url, so every URL it emits keeps the /Panopto/oauth2 prefix.
    const original = req.url ?? '/';
    (req as { originalUrl?: string }).originalUrl = original;
    req.url = original.slice(OAUTH_MOUNT.length) || '/';
    if (!req.url.startsWith('/')) req.url = `/${req.url}`;
    return new Promise<void>((resolve) => {
      res.on('finish', resolve);
      res.on('close', resolve);
      callback(req, res);
    });
  });
}
