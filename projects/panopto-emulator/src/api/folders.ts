// Folders: /folders/{id} GET/PUT/DELETE, POST /folders, /folders/{id}/children, /folders/{id}/sessions,
// /folders/{id}/playlists, /folders/search, /folders/creator, /folders/{id}/permissions GET/POST/DELETE.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { FolderRecord, FolderRoleName, PermissionRecord } from '../store/types.js';
import type { Access } from '../store/store.js';
import {
  API_BASE,
  booleanOf,
  creatableFolder,
  enumOf,
  folderJson,
  optionalGuid,
  optionalString,
  page,
  pageNumberOf,
  playlistJson,
  query,
  relevance,
  ROOT_FOLDER_ID,
  searchQueryOf,
  sendList,
  sessionJson,
  sortBy,
  sortOrderOf,
  viewableFolder,
} from './common.js';

const FOLDER_SORT = ['Name', 'Relevance'] as const;
const SESSION_SORT = ['Name', 'CreatedDate', 'Relevance'] as const;
/** Fixed ids of Panopto's built-in roles (stable in the emulator; a real tenant has its own). */
export const ROLE_IDS: Record<FolderRoleName, string> = {
  Viewer: '6f8d64d4-4f3a-4a57-9c1a-000000000001',
  Creator: '6f8d64d4-4f3a-4a57-9c1a-000000000002',
  Publisher: '6f8d64d4-4f3a-4a57-9c1a-000000000003',
};

export function registerFolderRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  router.get(`${API_BASE}/folders/creator`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    const sortField = enumOf(url, 'sortField', FOLDER_SORT, 'Relevance');
    const order = sortOrderOf(url);
    let folders = [...store.folders.values()].filter((f) => store.canCreate(user, f.Id));
    if (sortField === 'Name') folders = sortBy(folders, (f) => f.Name, order);
    sendJson(res, 200, sendList(page(folders, pageNumberOf(url)).map((f) => folderJson(ctx, f, user))));
  });

  router.get(`${API_BASE}/folders/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    const q = searchQueryOf(url);
    const canCreate = booleanOf(url, 'canCreate', false);
    const sortField = enumOf(url, 'sortField', FOLDER_SORT, 'Relevance');
    const order = sortOrderOf(url);
    const scored = [...store.folders.values()]
      .map((f) => ({ f, score: relevance(q, f.Name, f.Description) }))
      .filter(({ f, score }) => score > 0 && (canCreate ? store.canCreate(user, f.Id) : store.canView(user, f.Id)));
    const sorted =
      sortField === 'Name' ? sortBy(scored, (x) => x.f.Name, order) : sortBy(scored, (x) => -x.score, order);
    sendJson(res, 200, sendList(page(sorted, pageNumberOf(url)).map((x) => folderJson(ctx, x.f, user))));
  });

  router.get(`${API_BASE}/folders/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    if (params['id'] === ROOT_FOLDER_ID)
      throw badRequest(
        'The root folder is not a real folder; list its children with /folders/00000000-0000-0000-0000-000000000000/children.',
        'InvalidId',
      );
    sendJson(res, 200, folderJson(ctx, viewableFolder(ctx, user, params['id']), user));
  });

  router.post(`${API_BASE}/folders`, async (req, res) => {
    const { user } = await ctx.requireAccount(req);
    const body = await readJson(req);
    const name = optionalString(body['Name'], 'Name', 256)?.trim();
    if (!name) throw badRequest("'Name' is required and must not be blank.", 'InvalidName');
    const description = optionalString(body['Description'], 'Description', 4000);
    const parent = optionalGuid(body['Parent'], 'Parent');
    const parentId = parent && parent !== ROOT_FOLDER_ID ? parent : null;
    if (parentId) creatableFolder(ctx, user, parentId);
    else if (user.SystemRole === 'Viewer')
      throw forbidden('User does not have permission to create top-level folders.');
    const folder = store.createFolder({ name, description, parentId, createdById: user.Id });
    sendJson(res, 200, folderJson(ctx, folder, user));
  });

  router.put(`${API_BASE}/folders/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = creatableFolder(ctx, user, params['id']);
    const body = await readJson(req);
    const name = optionalString(body['Name'], 'Name', 256);
    if (name !== undefined && !name.trim()) throw badRequest("'Name' must not be blank.", 'InvalidName');
    const description = optionalString(body['Description'], 'Description', 4000);
    const parent = optionalGuid(body['Parent'], 'Parent');
    let parentId: string | null | undefined;
    if (parent !== undefined) {
      parentId = parent === ROOT_FOLDER_ID ? null : parent;
      if (parentId === folder.Id || (parentId && store.isDescendant(parentId, folder.Id))) {
        throw badRequest('A folder cannot be moved into itself or one of its subfolders.', 'InvalidParent');
      }
      if (parentId) creatableFolder(ctx, user, parentId);
      else if (user.SystemRole === 'Viewer')
        throw forbidden('User does not have permission to create top-level folders.');
    }
    sendJson(
      res,
      200,
      folderJson(ctx, store.updateFolder(folder.Id, { name: name?.trim(), description, parentId }), user),
    );
  });

  router.delete(`${API_BASE}/folders/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = creatableFolder(ctx, user, params['id']);
    store.deleteFolder(folder.Id);
    // Panopto answers a DELETE with the id of what was deleted (a GUID string).
    sendJson(res, 200, folder.Id);
  });

  router.get(`${API_BASE}/folders/:id/children`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const id = requireGuid(params['id'], 'id');
    const canCreate = booleanOf(url, 'canCreate', false);
    const sortField = enumOf(url, 'sortField', FOLDER_SORT, 'Name');
    const order = sortOrderOf(url);
    let children: FolderRecord[];
    let parentAccess: Access = null;
    if (id === ROOT_FOLDER_ID) {
      children = store.childrenOf(null);
    } else {
      const parent = viewableFolder(ctx, user, id);
      parentAccess = store.accessTo(user, parent.Id);
      children = store.childrenOf(parent.Id);
    }
    // A child without grants of its own inherits the parent's access: no need to walk its ancestors
    // (this keeps the 3,000-children folder fast).
    const accessOf = (f: FolderRecord): Access =>
      id !== ROOT_FOLDER_ID && f.Permissions.length === 0 && f.CreatedById !== user.Id && !f.AccessLevel
        ? parentAccess
        : store.accessTo(user, f.Id);
    children = children.filter((f) => {
      const access = accessOf(f);
      return canCreate ? access === 'Administrator' || access === 'Creator' || access === 'Publisher' : access !== null;
    });
    if (sortField === 'Name') children = sortBy(children, (f) => f.Name, order);
    sendJson(res, 200, sendList(page(children, pageNumberOf(url)).map((f) => folderJson(ctx, f, user))));
  });

  router.get(`${API_BASE}/folders/:id/sessions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = viewableFolder(ctx, user, params['id']);
    const sortField = enumOf(url, 'sortField', SESSION_SORT, 'Name');
    const order = sortOrderOf(url);
    let sessions = store.sessionsInFolder(folder.Id).filter((s) => store.canViewSession(user, s));
    if (sortField === 'Name') sessions = sortBy(sessions, (s) => s.Name, order);
    else if (sortField === 'CreatedDate') sessions = sortBy(sessions, (s) => Date.parse(s.StartTime), order);
    sendJson(
      res,
      200,
      sendList(page(sessions, pageNumberOf(url)).map((s) => sessionJson(ctx, s, user, 'folderListing'))),
    );
  });

  router.get(`${API_BASE}/folders/:id/playlists`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = viewableFolder(ctx, user, params['id']);
    const sortField = enumOf(url, 'sortField', SESSION_SORT, 'Name');
    const order = sortOrderOf(url);
    let playlists = [...store.playlists.values()].filter((p) => p.FolderId === folder.Id);
    if (sortField === 'Name') playlists = sortBy(playlists, (p) => p.Name, order);
    else if (sortField === 'CreatedDate') playlists = sortBy(playlists, (p) => Date.parse(p.CreatedAt), order);
    sendJson(res, 200, sendList(page(playlists, pageNumberOf(url)).map((p) => playlistJson(ctx, p, false))));
  });

  // ---- permissions ----

  router.get(`${API_BASE}/folders/:id/permissions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = creatableFolder(ctx, user, params['id']);
    const list: Record<string, unknown>[] = [];
    for (const p of folder.Permissions) list.push(permissionJson(p, false));
    for (const ancestor of store.ancestors(folder.Id))
      for (const p of ancestor.Permissions) list.push(permissionJson(p, true));
    sendJson(res, 200, sendList(page(list, pageNumberOf(url))));
  });

  router.post(`${API_BASE}/folders/:id/permissions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = creatableFolder(ctx, user, params['id']);
    const body = await readJson(req);
    const target = parsePrincipal(ctx, body['PrincipalId'], body['PrincipalType']);
    const role = parseRole(body['RoleId'], body['RoleType'], true) as FolderRoleName;
    const existing = folder.Permissions.find(
      (p) => p.PrincipalId === target.id && p.PrincipalType === target.type && p.Role === role,
    );
    const record: PermissionRecord = existing ?? { PrincipalId: target.id, PrincipalType: target.type, Role: role };
    if (!existing) folder.Permissions.push(record);
    store.changed();
    sendJson(res, 200, permissionJson(record, false));
  });

  router.delete(`${API_BASE}/folders/:id/permissions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = creatableFolder(ctx, user, params['id']);
    const target = parsePrincipal(ctx, query(url, 'PrincipalId'), query(url, 'PrincipalType'));
    const role = parseRole(query(url, 'RoleId'), query(url, 'RoleType'), false);
    const before = folder.Permissions.length;
    folder.Permissions = folder.Permissions.filter(
      (p) => !(p.PrincipalId === target.id && p.PrincipalType === target.type && (role === null || p.Role === role)),
    );
    if (folder.Permissions.length === before) throw notFound('No matching (non-inherited) permission on this folder.');
    store.changed();
    sendJson(res, 200, {
      RoleId: role ? ROLE_IDS[role] : null,
      RoleType: role ?? 'None',
      PrincipalId: target.id,
      PrincipalType: target.type,
    });
  });
}

export function permissionJson(p: PermissionRecord, inherited: boolean): Record<string, unknown> {
  return {
    IsInherited: inherited,
    Principal: { Id: p.PrincipalId, Type: p.PrincipalType },
    Role: { Id: ROLE_IDS[p.Role], Name: p.Role },
  };
}

export function parsePrincipal(ctx: EmulatorContext, id: unknown, type: unknown): { id: string; type: 'User' | 'Group' } {
  if (!isGuid(id)) throw badRequest("'PrincipalId' is required and must be a GUID.", 'InvalidId');
  const t = typeof type === 'string' ? type.toLowerCase() : '';
  if (t !== 'user' && t !== 'group') throw badRequest("'PrincipalType' must be User or Group.", 'InvalidParameter');
  const principalId = id.toLowerCase();
  if (t === 'user' && !ctx.store.users.has(principalId)) throw notFound(`User ${principalId} was not found.`);
  if (t === 'group' && !ctx.store.groups.has(principalId)) throw notFound(`Group ${principalId} was not found.`);
  return { id: principalId, type: t === 'user' ? 'User' : 'Group' };
}

export function parseRole(roleId: unknown, roleType: unknown, required: boolean): FolderRoleName | null {
  if (typeof roleType === 'string' && roleType !== '' && roleType.toLowerCase() !== 'none') {
    const hit = (['Viewer', 'Creator', 'Publisher'] as const).find((r) => r.toLowerCase() === roleType.toLowerCase());
    if (!hit) throw badRequest("'RoleType' must be Viewer, Creator or Publisher.", 'InvalidParameter');
    return hit;
  }
  if (roleId !== undefined && roleId !== null && roleId !== '') {
    const hit = (Object.keys(ROLE_IDS) as FolderRoleName[]).find((r) => ROLE_IDS[r] === String(roleId).toLowerCase());
    if (!hit) throw badRequest(`'RoleId' ${String(roleId)} is not a known role.`, 'InvalidParameter');
    return hit;
  }
  if (required) throw badRequest("Either 'RoleId' or 'RoleType' is required.", 'MissingParameter');
  return null;
}
