// Portal (XFP) user profiles: /portal/{portalId}/user GET (filter, one profile per page as the swagger
// answers one XfpUserProfile), POST, PUT/DELETE /{userId}, POST bulk-create `{ Users: [XfpUserProfileCreate] }` and bulk-delete `{ UserIds: [guid] }` (the swagger
// names no body for them).
// A profile comes with an account that signs in with its email and temporary password. Only administrators
// manage profiles; the swagger documents 401 "Unauthorized access" for anyone else, so that is the answer.
import { randomUUID } from 'node:crypto';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { HttpError, badRequest, notFound, readJson, requireGuid, sendJson } from '../http.js';
import { seedGuid } from '../seed/guid.js';
import type { PortalUserRecord, UserRecord } from '../store/types.js';
import { API_BASE, query, sortBy } from './common.js';
import { enumField } from './access.js';

/** The emulator's portal. */
export const PORTAL_ID = seedGuid('portal:main');
const ROLES = ['Viewer', 'PortalManager'] as const;
const SORTS = ['EmailAddress', 'FirstName', 'LastName', 'CreatedDate', 'XfpRole'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const unauthorized = (): HttpError =>
  new HttpError(401, 'Unauthorized', 'Unauthorized access: only administrators manage portal user profiles.');
const preconditionFailed = (message: string): HttpError => new HttpError(412, 'PreconditionFailed', message);

export function registerPortalUserRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;
  const base = `${API_BASE}/portal/:portalId/user`;

  const admin = async (req: Parameters<typeof ctx.requireAccount>[0], portalId: string): Promise<UserRecord> => {
    const { user } = await ctx.requireAccount(req);
    if (user.SystemRole !== 'Administrator') throw unauthorized();
    if (requireGuid(portalId, 'portalId') !== PORTAL_ID) throw badRequest(`Portal ${portalId} does not exist.`, 'InvalidPortal');
    return user;
  };

  const json = (p: PortalUserRecord): Record<string, unknown> => {
    const u = store.users.get(p.UserId);
    return {
      Id: p.Id,
      Name: u ? `${u.FirstName} ${u.LastName}`.trim() : '',
      UserId: p.UserId,
      FirstName: u?.FirstName ?? '',
      LastName: u?.LastName ?? '',
      EmailAddress: u?.Email ?? '',
      PortalPublicId: p.PortalId,
      XfpRole: p.XfpRole,
      CreatedDate: p.CreatedDate,
    };
  };

  const profileOr404 = (userId: string): PortalUserRecord => {
    const id = requireGuid(userId, 'userId');
    const hit = [...store.portalUsers.values()].find((p) => p.UserId === id || p.Id === id);
    if (!hit) throw notFound(`XFP user profile ${id} was not found.`);
    return hit;
  };

  const create = (body: unknown, at: string): PortalUserRecord => {
    const b = (body ?? {}) as Record<string, unknown>;
    const role = enumField(b['XfpRole'], 'XfpRole', ROLES);
    const email = typeof b['EmailAddress'] === 'string' ? b['EmailAddress'].trim() : '';
    if (!EMAIL.test(email)) throw badRequest(`'EmailAddress' must be an email address; got '${email}'.`, 'InvalidParameter');
    if (store.findUserByUsername(email)) throw preconditionFailed(`A user with the email address ${email} already exists.`);
    const password = b['TemporaryPassword'];
    if (password !== undefined && password !== null && (typeof password !== 'string' || password.length < 8))
      throw badRequest("'TemporaryPassword' must be at least 8 characters.", 'InvalidParameter');
    const user: UserRecord = {
      Id: randomUUID(),
      Username: email,
      FirstName: typeof b['FirstName'] === 'string' ? b['FirstName'] : '',
      LastName: typeof b['LastName'] === 'string' ? b['LastName'] : '',
      Email: email,
      Password: typeof password === 'string' ? password : undefined,
      SystemRole: 'Viewer',
    };
    store.users.set(user.Id, user);
    const profile: PortalUserRecord = { Id: randomUUID(), PortalId: PORTAL_ID, UserId: user.Id, XfpRole: role, CreatedDate: at };
    store.portalUsers.set(profile.Id, profile);
    return profile;
  };

  const remove = (profile: PortalUserRecord): void => {
    store.portalUsers.delete(profile.Id);
    store.users.delete(profile.UserId);
  };

  const nowIso = (): string => new Date(ctx.clock.now()).toISOString();

  router.get(base, async (req, res, { params, url }) => {
    await admin(req, params['portalId']);
    const pageRaw = query(url, 'Page') ?? '0';
    if (!/^\d+$/.test(pageRaw)) throw badRequest(`'Page' must be a whole number from 0; got '${pageRaw}'.`, 'InvalidParameter');
    const size = query(url, 'PageSize');
    if (size !== null && size !== '' && size !== '1')
      throw badRequest("'PageSize' can only be 1: this operation answers one XfpUserProfile per page.", 'InvalidParameter');
    const role = query(url, 'XfpRole');
    const wantedRole = role ? enumField(role, 'XfpRole', ROLES) : null;
    const email = query(url, 'EmailAddress')?.toLowerCase() ?? null;
    const sort = query(url, 'Sort') ? enumField(query(url, 'Sort'), 'Sort', SORTS) : 'CreatedDate';
    const descending = /^true$/i.test(query(url, 'SortDescending') ?? '');
    const rows = [...store.portalUsers.values()]
      .map(json)
      .filter((p) => (!wantedRole || p['XfpRole'] === wantedRole) && (!email || String(p['EmailAddress']).toLowerCase() === email));
    const sorted = sortBy(rows, (p) => String(p[sort] ?? ''), descending ? 'Desc' : 'Asc');
    const hit = sorted[Number(pageRaw)];
    if (!hit) throw badRequest(`No XFP user profile matches on page ${pageRaw} (${sorted.length} match).`, 'NoMoreResults');
    sendJson(res, 200, hit);
  });

  router.post(base, async (req, res, { params }) => {
    await admin(req, params['portalId']);
    const profile = create(await readJson(req), nowIso());
    store.changed();
    sendJson(res, 200, json(profile));
  });

  router.put(`${base}/:userId`, async (req, res, { params }) => {
    await admin(req, params['portalId']);
    const profile = profileOr404(params['userId']);
    const body = await readJson(req);
    if (body['XfpRole'] !== undefined && body['XfpRole'] !== null) profile.XfpRole = enumField(body['XfpRole'], 'XfpRole', ROLES);
    const user = store.users.get(profile.UserId);
    if (user && typeof body['FirstName'] === 'string') user.FirstName = body['FirstName'];
    if (user && typeof body['LastName'] === 'string') user.LastName = body['LastName'];
    store.changed();
    sendJson(res, 200, json(profile));
  });

  router.delete(`${base}/:userId`, async (req, res, { params }) => {
    await admin(req, params['portalId']);
    remove(profileOr404(params['userId']));
    store.changed();
    sendJson(res, 200, true);
  });

  router.post(`${base}/bulk-create`, async (req, res, { params }) => {
    await admin(req, params['portalId']);
    const body = await readJson(req);
    const list = body['Users'];
    if (!Array.isArray(list) || list.length === 0 || list.length > 500)
      throw badRequest("'Users' must be an array of 1 to 500 XfpUserProfileCreate objects.", 'InvalidParameter');
    const at = nowIso();
    // All or nothing: check every entry before creating any.
    const emails = new Set<string>();
    list.forEach((entry, i) => {
      const email = String((entry as Record<string, unknown>)?.['EmailAddress'] ?? '').trim().toLowerCase();
      if (emails.has(email)) throw badRequest(`Entry ${i} repeats the email address ${email}.`, 'InvalidParameter');
      emails.add(email);
    });
    const created = list.map((entry) => create(entry, at));
    store.changed();
    // The swagger answers one XfpUserProfile: the first one created.
    sendJson(res, 200, json(created[0]));
  });

  router.post(`${base}/bulk-delete`, async (req, res, { params }) => {
    await admin(req, params['portalId']);
    const body = await readJson(req);
    const ids = body['UserIds'];
    if (!Array.isArray(ids) || ids.length === 0) throw badRequest("'UserIds' must be a non-empty array of user ids.", 'InvalidParameter');
    const profiles = ids.map((id) => profileOr404(String(id)));
    const first = json(profiles[0]);
    profiles.forEach(remove);
    store.changed();
    sendJson(res, 200, first);
  });
}
