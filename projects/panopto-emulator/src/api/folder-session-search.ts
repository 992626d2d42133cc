// GET /folders/{id}/sessions/search: sessions of a folder and its subfolders matching searchQuery (name,
// description or tag), as the account may see them; sorted and paged like /sessions/search.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { sendJson } from '../http.js';
import type { SessionRecord } from '../store/types.js';
import {
  API_BASE,
  enumOf,
  page,
  pageNumberOf,
  relevance,
  searchQueryOf,
  sendList,
  sessionJson,
  sortBy,
  sortOrderOf,
  viewableFolder,
} from './common.js';
import { sortSessions } from './sessions.js';

const SESSION_SORT = ['Name', 'CreatedDate', 'Relevance'] as const;

export function registerFolderSessionSearchRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;
  router.get(`${API_BASE}/folders/:id/sessions/search`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const folder = viewableFolder(ctx, user, params['id']);
    const q = searchQueryOf(url);
    const sortField = enumOf(url, 'sortField', SESSION_SORT, 'Name');
    const order = sortOrderOf(url);
    const inTree: SessionRecord[] = [];
    const stack = [folder.Id];
    while (stack.length) {
      const id = stack.pop() as string;
      inTree.push(...store.sessionsInFolder(id));
      for (const child of store.childrenOf(id)) stack.push(child.Id);
    }
    const scored = inTree
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
    sendJson(res, 200, sendList(page(sorted, pageNumberOf(url)).map((s) => sessionJson(ctx, s, user, 'searchListing'))));
  });
}
