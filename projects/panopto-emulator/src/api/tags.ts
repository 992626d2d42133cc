// Tags: the shared vocabulary (/tags list, create, get, update, delete, merge) and a session's tags
// (/sessions/{id}/tags GET, PUT replacing them all). Reading is open to every signed-in account; creating,
// renaming, deleting and merging tags, like tagging a session, needs creator rights somewhere.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { TagRecord, UserRecord } from '../store/types.js';
import {
  createTag,
  deleteTag,
  findTag,
  mergeTags,
  renameTag,
  sessionsWithTag,
  setSessionTags,
  tagsOfSession,
} from '../store/tags.js';
import { API_BASE, enumOf, page, pageNumberOf, sendList, sortBy, sortOrderOf, userJson, viewableSession } from './common.js';
import { editableSession } from './access.js';

const TAG_SORT = ['CreateDate', 'UsageCount', 'Content', 'Creator', 'MostRecentUseDate'] as const;
const MAX_TAG_LENGTH = 100;

export function registerTagRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;
  const nowIso = (): string => new Date(ctx.clock.now()).toISOString();

  const tagJson = (t: TagRecord): Record<string, unknown> => {
    const creator = store.users.get(t.CreatedById);
    return {
      Id: t.Id,
      Content: t.Content,
      UsageCount: sessionsWithTag(store, t).length,
      CreateDate: t.CreateDate,
      MostRecentUseDate: t.MostRecentUseDate,
      CreatedBy: creator ? userJson(creator) : null,
    };
  };

  const sorted = (tags: TagRecord[], url: URL): TagRecord[] => {
    const field = enumOf(url, 'sortField', TAG_SORT, 'CreateDate');
    const order = sortOrderOf(url);
    if (field === 'UsageCount') return sortBy(tags, (t) => sessionsWithTag(store, t).length, order);
    if (field === 'Content') return sortBy(tags, (t) => t.Content, order);
    if (field === 'Creator') return sortBy(tags, (t) => store.users.get(t.CreatedById)?.Username ?? '', order);
    if (field === 'MostRecentUseDate') return sortBy(tags, (t) => Date.parse(t.MostRecentUseDate), order);
    return sortBy(tags, (t) => Date.parse(t.CreateDate), order);
  };

  const requireTagEditor = (user: UserRecord): void => {
    if (user.SystemRole === 'Viewer') throw forbidden('User does not have permission to manage tags.');
  };

  const tagOr404 = (id: string): TagRecord => {
    const tag = store.tags.get(requireGuid(id, 'id'));
    if (!tag) throw notFound(`Tag ${id} was not found.`);
    return tag;
  };

  const contentOf = (value: unknown): string => {
    if (typeof value !== 'string' || !value.trim()) throw badRequest("'Content' is required and must not be blank.", 'InvalidParameter');
    if (value.trim().length > MAX_TAG_LENGTH)
      throw badRequest(`'Content' must be at most ${MAX_TAG_LENGTH} characters.`, 'InvalidParameter');
    return value.trim();
  };

  router.get(`${API_BASE}/tags`, async (req, res, { url }) => {
    await ctx.requireAccount(req);
    sendJson(res, 200, sendList(page(sorted([...store.tags.values()], url), pageNumberOf(url)).map(tagJson)));
  });

  router.post(`${API_BASE}/tags`, async (req, res) => {
    const { user } = await ctx.requireAccount(req);
    requireTagEditor(user);
    const content = contentOf((await readJson(req))['Content']);
    if (findTag(store, content)) throw badRequest(`A tag '${content}' already exists.`, 'DuplicateTag');
    const tag = createTag(store, content, user.Id, nowIso());
    store.changed();
    sendJson(res, 200, tagJson(tag));
  });

  router.get(`${API_BASE}/tags/:id`, async (req, res, { params }) => {
    await ctx.requireAccount(req);
    sendJson(res, 200, tagJson(tagOr404(params['id'])));
  });

  router.put(`${API_BASE}/tags/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const tag = tagOr404(params['id']);
    requireTagEditor(user);
    const content = contentOf((await readJson(req))['Content']);
    const clash = findTag(store, content);
    if (clash && clash.Id !== tag.Id)
      throw badRequest(`A tag '${content}' already exists; merge the two with POST /tags/${clash.Id}/merge.`, 'DuplicateTag');
    renameTag(store, tag, content);
    sendJson(res, 200, tagJson(tag));
  });

  router.delete(`${API_BASE}/tags/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    requireTagEditor(user);
    // The swagger documents no 404 for this operation: an unknown tag is a bad request.
    const tag = store.tags.get(requireGuid(params['id'], 'id'));
    if (!tag) throw badRequest(`Tag ${params['id']} does not exist (already deleted or merged?).`, 'InvalidId');
    deleteTag(store, tag);
    sendJson(res, 200, tag.Id);
  });

  router.post(`${API_BASE}/tags/:id/merge`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const target = tagOr404(params['id']);
    requireTagEditor(user);
    const ids = (await readJson(req))['TagIdsToMerge'];
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every(isGuid))
      throw badRequest("'TagIdsToMerge' must be a non-empty array of tag ids (GUIDs).", 'InvalidParameter');
    const others = ids.map((id) => tagOr404(id));
    mergeTags(store, target, others, nowIso());
    sendJson(res, 200, tagJson(target));
  });

  router.get(`${API_BASE}/sessions/:id/tags`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const session = viewableSession(ctx, user, params['id']);
    sendJson(res, 200, sendList(sorted(tagsOfSession(store, session), url).map(tagJson)));
  });

  router.put(`${API_BASE}/sessions/:id/tags`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, params['id']);
    const tags = (await readJson(req))['Tags'];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
      throw badRequest("'Tags' must be an array of strings (the session's complete set of tags).", 'InvalidParameter');
    tags.forEach((t) => {
      if (t.trim().length > MAX_TAG_LENGTH) throw badRequest(`'Tags' holds a tag over ${MAX_TAG_LENGTH} characters.`, 'InvalidParameter');
    });
    sendJson(res, 200, sendList(setSessionTags(store, session, tags, user.Id, nowIso()).map(tagJson)));
  });
}
