// Who is watching: the account signed in to the emulator in this browser, read from oidc-provider's session
// cookie (set by the emulator's OAuth login page). Embedded pages have no bearer token, only cookies, as on
// Panopto, where a restricted embed relies on the viewer's own Panopto sign-in.
import { ServerResponse, type IncomingMessage } from 'node:http';
import type { EmulatorContext } from '../context.js';
import type { UserRecord } from '../store/types.js';

/** The signed-in viewer, or `null` for an anonymous browser (or an expired/unknown session). */
export async function viewerFromCookies(ctx: EmulatorContext, req: IncomingMessage): Promise<UserRecord | null> {
  if (!req.headers.cookie) return null;
  // Session.get only reads the cookie; a throwaway response keeps it from ever writing to ours.
  const scratch = new ServerResponse(req);
  const session = await ctx.oidc.Session.get({ req, res: scratch } as unknown as Parameters<typeof ctx.oidc.Session.get>[0]);
  const accountId = session?.accountId;
  if (!accountId) return null;
  return ctx.store.users.get(accountId) ?? null;
}
