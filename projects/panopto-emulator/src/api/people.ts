// Users and groups: /users/search, /groups/search, /users/me/sessions/viewed, /users/{id}/sessions/viewed.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { forbidden, notFound, requireGuid, sendJson } from '../http.js';
import type { UserRecord } from '../store/types.js';
import {
  API_BASE,
  booleanOf,
  enumOf,
  page,
  pageNumberOf,
  percentOf,
  relevance,
  requireStaff,
  searchQueryOf,
  sendList,
  sessionJson,
  sortBy,
  sortOrderOf,
  userJson,
} from './common.js';
import { sortSessions } from './sessions.js';

export function registerPeopleRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  router.get(`${API_BASE}/users/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    requireStaff(user);
    const q = searchQueryOf(url);
    const hits = [...store.users.values()].filter(
      (u) => relevance(q, u.Username, u.FirstName, u.LastName, u.Email) > 0,
    );
    sendJson(
      res,
      200,
      sendList(
        page(
          sortBy(hits, (u) => u.Username, 'Asc'),
          pageNumberOf(url),
        ).map(userJson),
      ),
    );
  });

  router.get(`${API_BASE}/groups/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    requireStaff(user);
    const q = searchQueryOf(url);
    const hits = [...store.groups.values()].filter((g) => relevance(q, g.Name) > 0);
    sendJson(
      res,
      200,
      sendList(
        page(
          sortBy(hits, (g) => g.Name, 'Asc'),
          pageNumberOf(url),
        ).map((g) => ({ Id: g.Id, Name: g.Name })),
      ),
    );
  });

  const viewed = async (
    req: Parameters<typeof ctx.requireAccount>[0],
    url: URL,
    caller: UserRecord,
    subject: UserRecord,
  ): Promise<unknown> => {
    void req;
    const includeCompleted = booleanOf(url, 'includeCompleted', false);
    const sortField = enumOf(url, 'sortField', ['Name', 'CreatedDate', 'Relevance'] as const, 'Name');
    const order = sortOrderOf(url);
    const sessions = store
      .viewingOfUser(subject.Id)
      .map((v) => ({ v, s: store.sessions.get(v.SessionId) }))
      .filter((x): x is { v: typeof x.v; s: NonNullable<typeof x.s> } => !!x.s && store.canViewSession(subject, x.s))
      .filter(({ v, s }) => includeCompleted || percentOf(v.SecondsViewed, s.Duration) < 100)
      .sort((a, b) => Date.parse(b.v.LastViewedAt) - Date.parse(a.v.LastViewedAt))
      .map((x) => x.s);
    const sorted =
      sortField === 'Relevance'
        ? order === 'Desc'
          ? sessions.reverse()
          : sessions
        : sortSessions(sessions, sortField, order);
    return sendList(
      page(sorted, pageNumberOf(url)).map((s) =>
        sessionJson(ctx, s, subject === caller ? caller : subject, 'searchListing'),
      ),
    );
  };

  router.get(`${API_BASE}/users/me/sessions/viewed`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, await viewed(req, url, user, user));
  });

  router.get(`${API_BASE}/users/:id/sessions/viewed`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    if (user.SystemRole !== 'Administrator')
      throw forbidden('Only administrators can see the viewing history of other users.');
    const subject = store.users.get(requireGuid(params['id'], 'id'));
    if (!subject) throw notFound(`User ${params['id']} was not found.`);
    sendJson(res, 200, await viewed(req, url, user, subject));
  });
}
