// Sessions: /sessions/{id} GET/PUT/DELETE, /sessions/search, /sessions/inProgress/webcast|recording,
// /sessions/{id}/viewers.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { forbidden, readJson, sendJson } from '../http.js';
import type { SessionRecord } from '../store/types.js';
import {
  API_BASE,
  creatableFolder,
  enumOf,
  getSessionOr404,
  optionalGuid,
  optionalString,
  page,
  pageNumberOf,
  percentOf,
  query,
  relevance,
  searchQueryOf,
  sendList,
  sessionJson,
  sortBy,
  sortOrderOf,
  viewableSession,
  type SortOrder,
} from './common.js';
import { badRequest } from '../http.js';

const SESSION_SORT = ['Name', 'CreatedDate', 'Relevance'] as const;

export function sortSessions(
  sessions: SessionRecord[],
  field: (typeof SESSION_SORT)[number],
  order: SortOrder,
): SessionRecord[] {
  if (field === 'Name') return sortBy(sessions, (s) => s.Name, order);
  if (field === 'CreatedDate') return sortBy(sessions, (s) => Date.parse(s.StartTime), order);
  return order === 'Desc' ? [...sessions].reverse() : sessions;
}

export function registerSessionRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  router.get(`${API_BASE}/sessions/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    const q = searchQueryOf(url);
    const includeFields = (query(url, 'includeFields') ?? '')
      .split(',')
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
    const unknownField = includeFields.find((f) => f !== 'context');
    if (unknownField)
      throw badRequest(`'includeFields' supports only Context; got '${unknownField}'.`, 'InvalidParameter');
    const sortField = enumOf(url, 'sortField', SESSION_SORT, 'Name');
    const order = sortOrderOf(url);
    const scored = [...store.sessions.values()]
      .map((s) => ({ s, score: relevance(q, s.Name, s.Description, ...(s.Tags ?? [])) }))
      .filter(({ s, score }) => score > 0 && store.canViewSession(user, s));
    const sorted =
      sortField === 'Relevance'
        ? sortBy(scored, (x) => -x.score, order).map((x) => x.s)
        : sortSessions(
            scored.map((x) => x.s),
            sortField,
            order,
          );
    sendJson(
      res,
      200,
      sendList(
        page(sorted, pageNumberOf(url)).map((s) => {
          const json = sessionJson(ctx, s, user, 'searchListing');
          if (includeFields.includes('context')) {
            json['Context'] = [{ Text: s.Name, Time: 0, ThumbnailUrl: ctx.media.thumbnailUrl(s.Id) }];
          }
          return json;
        }),
      ),
    );
  });

  for (const kind of ['webcast', 'recording'] as const) {
    router.get(`${API_BASE}/sessions/inProgress/${kind}`, async (req, res, { url }) => {
      const { user } = await ctx.requireAccount(req);
      const sortField = enumOf(url, 'sortField', SESSION_SORT, 'Name');
      const order = sortOrderOf(url);
      const live = [...store.sessions.values()].filter((s) => s.InProgress === kind && store.canViewSession(user, s));
      sendJson(
        res,
        200,
        sendList(
          page(sortSessions(live, sortField, order), pageNumberOf(url)).map((s) =>
            sessionJson(ctx, s, user, 'searchListing'),
          ),
        ),
      );
    });
  }

  router.get(`${API_BASE}/sessions/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, sessionJson(ctx, viewableSession(ctx, user, params['id']), user, 'full'));
  });

  router.put(`${API_BASE}/sessions/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = viewableSession(ctx, user, params['id']);
    if (!store.canCreate(user, session.FolderId)) throw forbidden('User does not have creator access to this session.');
    const body = await readJson(req);
    const name = optionalString(body['Name'], 'Name', 256);
    if (name !== undefined && !name.trim()) throw badRequest("'Name' must not be blank.", 'InvalidName');
    const description = optionalString(body['Description'], 'Description', 4000);
    const folderId = optionalGuid(body['Folder'], 'Folder');
    if (folderId !== undefined) creatableFolder(ctx, user, folderId);
    sendJson(
      res,
      200,
      sessionJson(ctx, store.updateSession(session.Id, { name: name?.trim(), description, folderId }), user, 'full'),
    );
  });

  router.delete(`${API_BASE}/sessions/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = viewableSession(ctx, user, params['id']);
    if (!store.canCreate(user, session.FolderId)) throw forbidden('User does not have creator access to this session.');
    store.deleteSession(session.Id);
    sendJson(res, 200, session.Id);
  });

  router.get(`${API_BASE}/sessions/:id/viewers`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const session = getSessionOr404(ctx, params['id']);
    // Viewer statistics are for the session's creators (and administrators).
    if (!store.canCreate(user, session.FolderId))
      throw forbidden('User does not have permission to see viewers of this session.');
    const sortField = enumOf(url, 'sortField', ['UserName', 'LastViewedDateTime'] as const, 'UserName');
    const order = sortOrderOf(url);
    const rows = store.viewingOfSession(session.Id).map((v) => ({ v, u: store.users.get(v.UserId) }));
    const sorted =
      sortField === 'UserName'
        ? sortBy(rows, (r) => r.u?.Username ?? '', order)
        : sortBy(rows, (r) => Date.parse(r.v.LastViewedAt), order);
    sendJson(
      res,
      200,
      sendList(
        page(sorted, pageNumberOf(url)).map(({ v, u }) => ({
          User: u ? { Id: u.Id, Username: u.Username } : { Id: v.UserId, Username: '' },
          PercentCompleted: percentOf(v.SecondsViewed, session.Duration),
          LastViewedDateTime: v.LastViewedAt,
          MostRecentViewPositionInSeconds: v.LastPosition,
        })),
      ),
    );
  });
}
