// Who may watch: /sessions/{id}/settings/access and /folders/{id}/settings/access (GET, PUT), and the viewers
// granted on one session, /sessions/{id}/permissions (GET, POST, DELETE).
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, notFound, readJson, sendJson } from '../http.js';
import { ACCESS_LEVELS, folderAccess, sessionAccess } from '../store/access-levels.js';
import type { AccessLevelName, PermissionRecord, SessionRecord, UserRecord } from '../store/types.js';
import { API_BASE, getSessionOr404, page, pageNumberOf, query, sendList, viewableFolder, viewableSession } from './common.js';
import { ROLE_IDS, parsePrincipal, parseRole, permissionJson } from './folders.js';

/** A body field that must be one of an enum's names (case-insensitive, answered in Panopto's spelling). */
export function enumField<T extends string>(value: unknown, name: string, allowed: readonly T[]): T {
  const hit = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (!hit) {
    throw badRequest(`'${name}' must be one of ${allowed.join(', ')}; got ${JSON.stringify(value ?? null)}.`, 'InvalidParameter');
  }
  return hit;
}

/** A session whose sharing the account may change: creators of its folder (and administrators). */
export function editableSession(ctx: EmulatorContext, user: UserRecord, id: string): SessionRecord {
  const session = viewableSession(ctx, user, id);
  if (!ctx.store.canCreate(user, session.FolderId))
    throw forbidden('User does not have creator access to this session.');
  return session;
}

interface AccessBody {
  IsInherited: boolean;
  Level: AccessLevelName | undefined;
}

async function readAccessBody(req: Parameters<typeof readJson>[0]): Promise<AccessBody> {
  const body = await readJson(req);
  const inherited = body['IsInherited'];
  if (inherited !== undefined && inherited !== null && typeof inherited !== 'boolean')
    throw badRequest("'IsInherited' must be true or false.", 'InvalidParameter');
  if (inherited === true) return { IsInherited: true, Level: undefined };
  return { IsInherited: false, Level: enumField(body['Level'], 'Level', ACCESS_LEVELS) };
}

export function registerAccessRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  router.get(`${API_BASE}/sessions/:id/settings/access`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, sessionAccess(store, viewableSession(ctx, user, params['id'])));
  });

  router.put(`${API_BASE}/sessions/:id/settings/access`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, params['id']);
    const body = await readAccessBody(req);
    // IsInherited is read-only on a session: true (or a level at or below the folder's) means "as the folder".
    session.AccessLevel = body.Level;
    store.changed();
    sendJson(res, 200, sessionAccess(store, session));
  });

  router.get(`${API_BASE}/folders/:id/settings/access`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, folderAccess(store, viewableFolder(ctx, user, params['id']).Id));
  });

  router.put(`${API_BASE}/folders/:id/settings/access`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = viewableFolder(ctx, user, params['id']);
    if (!store.canCreate(user, folder.Id)) throw forbidden('User does not have creator access to this folder.');
    const body = await readAccessBody(req);
    if (body.IsInherited && !folder.ParentId)
      throw badRequest("'IsInherited' cannot be true on a top-level folder: it has no parent to inherit from.", 'InvalidParameter');
    folder.AccessLevel = body.Level;
    store.changed();
    sendJson(res, 200, folderAccess(store, folder.Id));
  });

  router.get(`${API_BASE}/sessions/:id/permissions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, params['id']);
    const folder = store.folders.get(session.FolderId);
    const list = (session.Permissions ?? []).map((p) => permissionJson(p, false));
    for (const f of folder ? [folder, ...store.ancestors(folder.Id)] : [])
      for (const p of f.Permissions) list.push(permissionJson(p, true));
    sendJson(res, 200, sendList(page(list, pageNumberOf(url))));
  });

  router.post(`${API_BASE}/sessions/:id/permissions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, params['id']);
    const body = await readJson(req);
    const target = parsePrincipal(ctx, body['PrincipalId'], body['PrincipalType']);
    const role = parseRole(body['RoleId'], body['RoleType'], true);
    if (role !== 'Viewer')
      throw badRequest("'RoleType' on a session can only be Viewer; give Creator or Publisher on its folder.", 'InvalidParameter');
    const grants = (session.Permissions ??= []);
    let record = grants.find((p) => p.PrincipalId === target.id && p.PrincipalType === target.type);
    if (!record) {
      record = { PrincipalId: target.id, PrincipalType: target.type, Role: 'Viewer' } satisfies PermissionRecord;
      grants.push(record);
    }
    store.changed();
    sendJson(res, 200, permissionJson(record, false));
  });

  router.delete(`${API_BASE}/sessions/:id/permissions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const session = getSessionOr404(ctx, params['id']);
    editableSession(ctx, user, session.Id);
    const target = parsePrincipal(ctx, query(url, 'PrincipalId'), query(url, 'PrincipalType'));
    const role = parseRole(query(url, 'RoleId'), query(url, 'RoleType'), false);
    const before = session.Permissions?.length ?? 0;
    session.Permissions = (session.Permissions ?? []).filter(
      (p) => !(p.PrincipalId === target.id && p.PrincipalType === target.type && (role === null || p.Role === role)),
    );
    if (session.Permissions.length === before) throw notFound('No matching (non-inherited) permission on this session.');
    store.changed();
    sendJson(res, 200, {
      RoleId: role ? ROLE_IDS[role] : null,
      RoleType: role ?? 'None',
      PrincipalId: target.id,
      PrincipalType: target.type,
    });
  });
}
