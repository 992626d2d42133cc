// Search index integration: GET /searchIndexSync/updates?fromDate=&nextToken= lists the ids of sessions and
// playlists changed after a time ({ Updates: [{ VideoId, UpdateTime }], NextToken }); GET
// /searchIndexSync/content?id= gives what an index needs of one (or Deleted). Changes are found by
// fingerprinting content after every store mutation (whatever route made it), so the feed never misses one. Administrators only (Panopto:
// a user enabled for the index connector).
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, notFound, requireGuid, sendJson } from '../http.js';
import { openness, sessionAccess } from '../store/access-levels.js';
import type { PlaylistRecord, SessionRecord, UserRecord } from '../store/types.js';
import { API_BASE, query } from './common.js';

/** Updates per page of the feed. */
export const INDEX_SYNC_PAGE_SIZE = 100;

interface Entry {
  id: string;
  kind: 'Session' | 'Playlist';
  fingerprint: string;
  updatedAt: number;
  deleted: boolean;
}

class ContentLog {
  private readonly entries = new Map<string, Entry>();
  private dirtySince: number | null = null;

  constructor(private readonly ctx: EmulatorContext) {
    // The seed's content counts as created when it started (or was created); later changes are stamped then.
    for (const s of ctx.store.sessions.values()) this.put(s.Id, 'Session', this.fingerprintSession(s), Date.parse(s.StartTime));
    for (const p of ctx.store.playlists.values()) this.put(p.Id, 'Playlist', this.fingerprintPlaylist(p), Date.parse(p.CreatedAt));
    // Changes made in one step (a request handler's synchronous part) are fingerprinted together right after it,
    // so each is stamped within a millisecond of when it happened.
    ctx.store.onChange(() => {
      if (this.dirtySince !== null) return;
      this.dirtySince = ctx.clock.now();
      queueMicrotask(() => this.sync());
    });
  }

  private put(id: string, kind: Entry['kind'], fingerprint: string, updatedAt: number): void {
    this.entries.set(id, { id, kind, fingerprint, updatedAt: Number.isFinite(updatedAt) ? updatedAt : 0, deleted: false });
  }

  private fingerprintSession(s: SessionRecord): string {
    const { Name, Description, FolderId, Duration, Media, Tags, AccessLevel, Permissions, Restricted } = s;
    return JSON.stringify([Name, Description, FolderId, Duration, Media, Tags, AccessLevel, Permissions, Restricted]);
  }

  private fingerprintPlaylist(p: PlaylistRecord): string {
    return JSON.stringify([p.Name, p.Description, p.FolderId, p.SessionIds]);
  }

  /** Brings the log up to date with the store (cheap when nothing changed since the last call). */
  sync(): void {
    if (this.dirtySince === null) return;
    const stamp = this.dirtySince;
    this.dirtySince = null;
    const seen = new Set<string>();
    const visit = (id: string, kind: Entry['kind'], fingerprint: string): void => {
      seen.add(id);
      const entry = this.entries.get(id);
      if (!entry || entry.deleted || entry.fingerprint !== fingerprint) this.put(id, kind, fingerprint, stamp);
    };
    for (const s of this.ctx.store.sessions.values()) visit(s.Id, 'Session', this.fingerprintSession(s));
    for (const p of this.ctx.store.playlists.values()) visit(p.Id, 'Playlist', this.fingerprintPlaylist(p));
    for (const entry of this.entries.values()) {
      if (!seen.has(entry.id) && !entry.deleted) Object.assign(entry, { deleted: true, updatedAt: stamp });
    }
  }

  updatedAfter(from: number): Entry[] {
    this.sync();
    return [...this.entries.values()]
      .filter((e) => e.updatedAt > from)
      .sort((a, b) => a.updatedAt - b.updatedAt || a.id.localeCompare(b.id));
  }

  get(id: string): Entry | undefined {
    this.sync();
    return this.entries.get(id);
  }
}

interface PageToken {
  from: number;
  offset: number;
}

const encodeToken = (t: PageToken): string => Buffer.from(JSON.stringify(t)).toString('base64url');

function decodeToken(raw: string): PageToken {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PageToken;
    if (Number.isFinite(t.from) && Number.isInteger(t.offset) && t.offset >= 0) return t;
  } catch {
    // falls through to the 400
  }
  throw badRequest("'nextToken' is not a token this feed issued; start again from 'fromDate'.", 'InvalidParameter');
}

function requireIndexUser(user: UserRecord): void {
  if (user.SystemRole !== 'Administrator')
    throw forbidden('User does not have permission to access this function (the search index connector).');
}

export function registerIndexSyncRoutes(router: Router, ctx: EmulatorContext): void {
  const log = new ContentLog(ctx);
  const { store } = ctx;

  router.get(`${API_BASE}/searchIndexSync/updates`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    requireIndexUser(user);
    const rawFrom = query(url, 'fromDate');
    const from = rawFrom ? Date.parse(rawFrom) : NaN;
    if (!Number.isFinite(from))
      throw badRequest(`'fromDate' is required: a UTC date-time such as 2026-01-01T00:00:00Z; got '${rawFrom ?? ''}'.`, 'InvalidParameter');
    const rawToken = query(url, 'nextToken');
    const token = rawToken ? decodeToken(rawToken) : { from, offset: 0 };
    const all = log.updatedAfter(token.from);
    const slice = all.slice(token.offset, token.offset + INDEX_SYNC_PAGE_SIZE);
    const more = token.offset + slice.length < all.length;
    sendJson(res, 200, {
      Updates: slice.map((e) => ({ VideoId: e.id, UpdateTime: new Date(e.updatedAt).toISOString() })),
      NextToken: more ? encodeToken({ from: token.from, offset: token.offset + slice.length }) : null,
    });
  });

  router.get(`${API_BASE}/searchIndexSync/content`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    requireIndexUser(user);
    const id = requireGuid(query(url, 'id'), 'id');
    const entry = log.get(id);
    if (!entry) throw notFound(`No session or playlist ${id} is known to the index feed.`);
    if (entry.deleted) {
      sendJson(res, 200, { Id: id, Deleted: true, VideoContent: null });
      return;
    }
    const session = store.sessions.get(id);
    const playlist = store.playlists.get(id);
    const title = session?.Name ?? playlist?.Name ?? '';
    const presenter = store.users.get(session?.CreatedById ?? playlist?.CreatedById ?? '');
    sendJson(res, 200, {
      Id: id,
      Name: title,
      Deleted: false,
      VideoContent: {
        Id: id,
        Title: title,
        TypeName: entry.kind,
        Url: `${ctx.baseUrl}/Panopto/Pages/Viewer.aspx?${session ? 'id' : 'pid'}=${id}`,
        ThumbnailUrl: ctx.media.thumbnailUrl(session?.Id ?? playlist?.SessionIds[0] ?? id),
        Language: 'English_USA',
        Summary: session?.Description ?? playlist?.Description ?? '',
        MachineTranscription: '',
        HumanTranscription: '',
        ScreenCapture: [],
        Presentation: '',
        Presenters: presenter ? [`${presenter.FirstName} ${presenter.LastName}`] : [],
        Principals: session ? principalsOf(ctx, session) : [],
      },
    });
  });
}

/** Who may find the session in an index: everyone for Public*, the organisation, or the granted principals. */
function principalsOf(ctx: EmulatorContext, session: SessionRecord): { Type: string; Id?: string; Name?: string }[] {
  const level = sessionAccess(ctx.store, session).Level;
  if (openness(level) >= openness('PublicUnlisted')) return [{ Type: 'Public' }];
  if (openness(level) >= openness('OrganizationUnlisted')) return [{ Type: 'Organization' }];
  const out: { Type: string; Id?: string; Name?: string }[] = [];
  const folder = ctx.store.folders.get(session.FolderId);
  const grants = [...(session.Permissions ?? []), ...(folder ? [folder, ...ctx.store.ancestors(folder.Id)] : []).flatMap((f) => f.Permissions)];
  for (const g of grants) {
    const name = g.PrincipalType === 'User' ? ctx.store.users.get(g.PrincipalId)?.Username : ctx.store.groups.get(g.PrincipalId)?.Name;
    if (!out.some((p) => p.Id === g.PrincipalId)) out.push({ Type: g.PrincipalType, Id: g.PrincipalId, Name: name });
  }
  return out;
}
