// Playlists: /playlists/{id} GET/PUT/DELETE, POST /playlists, /playlists/search,
// /playlists/{id}/sessions GET/PUT, DELETE /playlists/{id}/sessions/{sessionId}.
import { randomUUID } from 'node:crypto';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { PlaylistRecord, UserRecord } from '../store/types.js';
import {
  API_BASE,
  creatableFolder,
  enumOf,
  optionalGuid,
  optionalString,
  page,
  pageNumberOf,
  playlistJson,
  relevance,
  searchQueryOf,
  sendList,
  sessionJson,
  sortBy,
  sortOrderOf,
  viewableSession,
} from './common.js';

const PLAYLIST_SORT = ['Name', 'CreatedDate', 'Relevance'] as const;

export function registerPlaylistRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  const viewable = (user: UserRecord, id: string): PlaylistRecord => {
    const playlistId = requireGuid(id, 'id');
    const p = store.playlists.get(playlistId);
    if (!p) throw notFound(`Playlist ${playlistId} was not found.`);
    if (!store.canView(user, p.FolderId)) throw forbidden('User does not have permission to access this playlist.');
    return p;
  };
  const editable = (user: UserRecord, id: string): PlaylistRecord => {
    const p = viewable(user, id);
    if (!store.canCreate(user, p.FolderId)) throw forbidden('User does not have creator access to this playlist.');
    return p;
  };
  const sessionsOf = (user: UserRecord, p: PlaylistRecord) =>
    p.SessionIds.map((id) => store.sessions.get(id)).filter(
      (s): s is NonNullable<typeof s> => !!s && store.canViewSession(user, s),
    );

  router.get(`${API_BASE}/playlists/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    const q = searchQueryOf(url);
    const sortField = enumOf(url, 'sortField', PLAYLIST_SORT, 'Name');
    const order = sortOrderOf(url);
    const scored = [...store.playlists.values()]
      .map((p) => ({ p, score: relevance(q, p.Name, p.Description) }))
      .filter(({ p, score }) => score > 0 && store.canView(user, p.FolderId));
    const sorted =
      sortField === 'Name'
        ? sortBy(scored, (x) => x.p.Name, order)
        : sortField === 'CreatedDate'
        ? sortBy(scored, (x) => Date.parse(x.p.CreatedAt), order)
        : sortBy(scored, (x) => -x.score, order);
    sendJson(res, 200, sendList(page(sorted, pageNumberOf(url)).map((x) => playlistJson(ctx, x.p, false))));
  });

  router.post(`${API_BASE}/playlists`, async (req, res) => {
    const { user } = await ctx.requireAccount(req);
    const body = await readJson(req);
    const folderId = optionalGuid(body['FolderId'], 'FolderId');
    if (!folderId) throw badRequest("'FolderId' is required.", 'MissingParameter');
    const folder = creatableFolder(ctx, user, folderId);
    const name = optionalString(body['Name'], 'Name', 256)?.trim();
    if (!name) throw badRequest("'Name' is required and must not be blank.", 'InvalidName');
    const sessions = body['Sessions'] ?? [];
    if (!Array.isArray(sessions) || !sessions.every(isGuid))
      throw badRequest("'Sessions' must be a list of session GUIDs.", 'InvalidParameter');
    const ids = (sessions as string[]).map((id) => viewableSession(ctx, user, id).Id);
    const p: PlaylistRecord = {
      Id: randomUUID(),
      Name: name,
      Description: optionalString(body['Description'], 'Description', 4000) ?? '',
      FolderId: folder.Id,
      SessionIds: ids,
      CreatedById: user.Id,
      CreatedAt: new Date(ctx.clock.now()).toISOString(),
    };
    store.playlists.set(p.Id, p);
    store.changed();
    sendJson(res, 200, playlistJson(ctx, p, true));
  });

  router.get(`${API_BASE}/playlists/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, playlistJson(ctx, viewable(user, params['id']), true));
  });

  router.put(`${API_BASE}/playlists/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const p = editable(user, params['id']);
    const body = await readJson(req);
    const name = optionalString(body['Name'], 'Name', 256);
    if (name !== undefined && !name.trim()) throw badRequest("'Name' must not be blank.", 'InvalidName');
    const description = optionalString(body['Description'], 'Description', 4000);
    const folderId = optionalGuid(body['Folder'], 'Folder');
    if (folderId) p.FolderId = creatableFolder(ctx, user, folderId).Id;
    if (name !== undefined) p.Name = name.trim();
    if (description !== undefined) p.Description = description;
    store.changed();
    sendJson(res, 200, playlistJson(ctx, p, true));
  });

  router.delete(`${API_BASE}/playlists/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const p = editable(user, params['id']);
    store.playlists.delete(p.Id);
    store.changed();
    sendJson(res, 200, p.Id);
  });

  router.get(`${API_BASE}/playlists/:id/sessions`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const p = viewable(user, params['id']);
    const sortField = enumOf(url, 'sortField', ['Name', 'CreatedDate', 'Relevance', 'Order'] as const, 'Order');
    const order = sortOrderOf(url);
    let sessions = sessionsOf(user, p);
    if (sortField === 'Name') sessions = sortBy(sessions, (s) => s.Name, order);
    else if (sortField === 'CreatedDate') sessions = sortBy(sessions, (s) => Date.parse(s.StartTime), order);
    else if (order === 'Desc') sessions = sessions.reverse();
    sendJson(
      res,
      200,
      sendList(page(sessions, pageNumberOf(url)).map((s) => sessionJson(ctx, s, user, 'searchListing'))),
    );
  });

  router.put(`${API_BASE}/playlists/:id/sessions`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const p = editable(user, params['id']);
    const body = await readJson(req);
    const sessionId = optionalGuid(body['SessionId'], 'SessionId');
    if (!sessionId) throw badRequest("'SessionId' is required.", 'MissingParameter');
    const session = viewableSession(ctx, user, sessionId);
    const index = body['Index'];
    if (index !== undefined && index !== null && (!Number.isInteger(index) || (index as number) < 0)) {
      throw badRequest("'Index' must be a whole number from 0.", 'InvalidParameter');
    }
    p.SessionIds = p.SessionIds.filter((id) => id !== session.Id);
    const at = typeof index === 'number' ? Math.min(index, p.SessionIds.length) : p.SessionIds.length;
    p.SessionIds.splice(at, 0, session.Id);
    store.changed();
    sendJson(res, 200, sendList(sessionsOf(user, p).map((s) => sessionJson(ctx, s, user, 'searchListing'))));
  });

  router.delete(`${API_BASE}/playlists/:id/sessions/:sessionId`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const p = editable(user, params['id']);
    const sessionId = requireGuid(params['sessionId'], 'sessionId');
    if (!p.SessionIds.includes(sessionId)) throw notFound(`Session ${sessionId} is not in this playlist.`);
    p.SessionIds = p.SessionIds.filter((id) => id !== sessionId);
    store.changed();
    const session = store.sessions.get(sessionId);
    sendJson(res, 200, session ? sessionJson(ctx, session, user, 'full') : { Id: sessionId, Folder: p.FolderId });
  });
}
