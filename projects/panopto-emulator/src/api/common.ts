// Shared pieces of the REST v1 modules: query parsing (paging, sorting, booleans, searchQuery) with
// Panopto-style 400s, and the serializers that turn records into the swagger's models.
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, notFound, requireGuid } from '../http.js';
import { ROOT_FOLDER_ID } from '../store/store.js';
import { captionDownloadUrl } from './session-captions.js';
import type { FolderRecord, PlaylistRecord, SessionRecord, UserRecord } from '../store/types.js';

export const API_BASE = '/Panopto/api/v1';
/** Panopto's (undocumented but observed) page size. */
export const PAGE_SIZE = 50;

export type SortOrder = 'Asc' | 'Desc';

/** Query parameter by name, case-insensitively (ASP.NET binds them that way). */
export function query(url: URL, name: string): string | null {
  const direct = url.searchParams.get(name);
  if (direct !== null) return direct;
  const lower = name.toLowerCase();
  for (const [k, v] of url.searchParams) if (k.toLowerCase() === lower) return v;
  return null;
}

export function pageNumberOf(url: URL): number {
  const raw = query(url, 'pageNumber');
  if (raw === null || raw === '') return 0;
  if (!/^\d+$/.test(raw))
    throw badRequest(`'pageNumber' must be a whole number from 0; got '${raw}'.`, 'InvalidPageNumber');
  return Number(raw);
}

export function page<T>(items: T[], pageNumber: number): T[] {
  return items.slice(pageNumber * PAGE_SIZE, (pageNumber + 1) * PAGE_SIZE);
}

export function booleanOf(url: URL, name: string, fallback: boolean, required = false): boolean {
  const raw = query(url, name);
  if (raw === null || raw === '') {
    if (required) throw badRequest(`The query parameter '${name}' is required (true or false).`, 'MissingParameter');
    return fallback;
  }
  if (/^true$/i.test(raw)) return true;
  if (/^false$/i.test(raw)) return false;
  throw badRequest(`'${name}' must be true or false; got '${raw}'.`, 'InvalidParameter');
}

/** An enum query parameter (matched case-insensitively, returned in Panopto's spelling). */
export function enumOf<T extends string>(url: URL, name: string, allowed: readonly T[], fallback: T): T {
  const raw = query(url, name);
  if (raw === null || raw === '') return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!hit) throw badRequest(`'${name}' must be one of ${allowed.join(', ')}; got '${raw}'.`, 'InvalidParameter');
  return hit;
}

export function sortOrderOf(url: URL): SortOrder {
  return enumOf(url, 'sortOrder', ['Asc', 'Desc'] as const, 'Asc');
}

export function searchQueryOf(url: URL): string {
  const raw = (query(url, 'searchQuery') ?? '').trim();
  if (!raw) throw badRequest("The query parameter 'searchQuery' is required.", 'MissingParameter');
  return raw;
}

/** All terms present (case-insensitive) in one of the texts; returns a relevance score (0 = no match). */
export function relevance(searchQuery: string, ...texts: string[]): number {
  const terms = searchQuery.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = texts.map((t) => t.toLowerCase());
  let score = 0;
  for (const term of terms) {
    const inName = hay[0]?.includes(term);
    const anywhere = hay.some((h) => h.includes(term));
    if (!anywhere) return 0;
    score += inName ? 2 : 1;
  }
  return score;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Stable sort by a key; `Desc` reverses. */
export function sortBy<T>(items: T[], key: (item: T) => string | number, order: SortOrder): T[] {
  const sorted = items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => {
      const c =
        typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k));
      return c !== 0 ? c : a.index - b.index;
    })
    .map((x) => x.item);
  return order === 'Desc' ? sorted.reverse() : sorted;
}

export function sendList<T>(items: T[]): { Results: T[] } {
  return { Results: items };
}

// ---- lookups with permission checks ------------------------------------------------------------------

export function getFolderOr404(ctx: EmulatorContext, id: string): FolderRecord {
  const folderId = requireGuid(id, 'id');
  const folder = ctx.store.folders.get(folderId);
  if (!folder) throw notFound(`Folder ${folderId} was not found.`);
  return folder;
}

export function viewableFolder(ctx: EmulatorContext, user: UserRecord, id: string): FolderRecord {
  const folder = getFolderOr404(ctx, id);
  if (!ctx.store.canView(user, folder.Id)) throw forbidden('User does not have permission to access this folder.');
  return folder;
}

export function creatableFolder(ctx: EmulatorContext, user: UserRecord, id: string): FolderRecord {
  const folder = getFolderOr404(ctx, id);
  if (!ctx.store.canCreate(user, folder.Id)) throw forbidden('User does not have creator access to this folder.');
  return folder;
}

export function getSessionOr404(ctx: EmulatorContext, id: string): SessionRecord {
  const sessionId = requireGuid(id, 'id');
  const session = ctx.store.sessions.get(sessionId);
  if (!session) throw notFound(`Session ${sessionId} was not found.`);
  return session;
}

export function viewableSession(ctx: EmulatorContext, user: UserRecord, id: string): SessionRecord {
  const session = getSessionOr404(ctx, id);
  if (!ctx.store.canViewSession(user, session))
    throw forbidden('User does not have permission to access this session.');
  return session;
}

/** Users with the system role Viewer may not use staff-only endpoints (user/group/recorder search). */
export function requireStaff(user: UserRecord): void {
  if (user.SystemRole === 'Viewer') throw forbidden('User does not have permission to access this function.');
}

/** Parses an optional GUID body field; the root id means "top level". */
export function optionalGuid(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isGuid(value)) throw badRequest(`'${name}' must be a GUID; got '${String(value)}'.`, 'InvalidId');
  return value.toLowerCase();
}

export function optionalString(value: unknown, name: string, max = 512): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`'${name}' must be a string.`, 'InvalidParameter');
  if (value.length > max) throw badRequest(`'${name}' must be at most ${max} characters.`, 'InvalidParameter');
  return value;
}

// ---- serializers ------------------------------------------------------------------------------------

export function basicFolder(folder: FolderRecord | undefined): { Id: string; Name: string } | null {
  return folder ? { Id: folder.Id, Name: folder.Name } : null;
}

export function folderJson(ctx: EmulatorContext, folder: FolderRecord, user: UserRecord): Record<string, unknown> {
  const parent = folder.ParentId ? ctx.store.folders.get(folder.ParentId) : undefined;
  const canShare = ctx.store.canCreate(user, folder.Id);
  return {
    Id: folder.Id,
    Name: folder.Name,
    Description: folder.Description,
    ParentFolder: basicFolder(parent),
    Urls: {
      FolderUrl: `${ctx.baseUrl}/Panopto/Pages/Sessions/List.aspx#folderID=%22${folder.Id}%22`,
      EmbedUrl: `${ctx.baseUrl}/Panopto/Pages/EmbeddedList.aspx?folderID=${folder.Id}`,
      ShareSettingsUrl: canShare
        ? `${ctx.baseUrl}/Panopto/Pages/Sessions/List.aspx#folderID=%22${folder.Id}%22&sharing=true`
        : '',
    },
  };
}

export type SessionShape = 'full' | 'folderListing' | 'searchListing';

export function sessionJson(
  ctx: EmulatorContext,
  s: SessionRecord,
  user: UserRecord,
  shape: SessionShape,
): Record<string, unknown> {
  const folder = ctx.store.folders.get(s.FolderId);
  const view = ctx.store.viewing.get(`${s.Id}|${user.Id}`);
  const viewerUrl = `${ctx.baseUrl}/Panopto/Pages/Viewer.aspx?id=${s.Id}`;
  const urls: Record<string, string> = { ViewerUrl: viewerUrl };
  if (shape !== 'folderListing') urls['ThumbnailUrl'] = ctx.media.thumbnailUrl(s.Id);
  const out: Record<string, unknown> = {
    Id: s.Id,
    Name: s.Name,
    Description: s.Description,
    StartTime: s.StartTime,
    Duration: s.Duration,
    MostRecentViewPosition: view ? view.LastPosition : 0,
    Folder: s.FolderId,
    FolderDetails: basicFolder(folder),
    PercentCompleted: percentOf(view?.SecondsViewed ?? 0, s.Duration),
    Urls: urls,
  };
  if (shape === 'full') {
    const creator = ctx.store.users.get(s.CreatedById);
    out['CreatedBy'] = creator ? { Id: creator.Id, Username: creator.Username } : null;
    const canEdit = ctx.store.canCreate(user, s.FolderId);
    Object.assign(urls, {
      EmbedUrl: `${ctx.baseUrl}/Panopto/Pages/Embed.aspx?id=${s.Id}`,
      ShareSettingsUrl: canEdit ? `${ctx.baseUrl}/Panopto/Pages/Sessions/Share.aspx?id=${s.Id}` : '',
      DownloadUrl: ctx.media.downloadUrl(s),
      AudioDescriptionDownloadUrl: '',
      CaptionDownloadUrl: captionDownloadUrl(ctx, s),
      EditorUrl: canEdit ? `${ctx.baseUrl}/Panopto/Pages/Editor/Editor.aspx?id=${s.Id}` : '',
    });
  }
  return out;
}

export function percentOf(seconds: number, duration: number): number {
  if (!duration || duration <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((seconds / duration) * 100)));
}

export function playlistJson(ctx: EmulatorContext, p: PlaylistRecord, full: boolean): Record<string, unknown> {
  const urls: Record<string, string> = { ViewerUrl: `${ctx.baseUrl}/Panopto/Pages/Viewer.aspx?pid=${p.Id}` };
  if (full) {
    urls['EmbedUrl'] = `${ctx.baseUrl}/Panopto/Pages/Embed.aspx?pid=${p.Id}`;
    const first = p.SessionIds.map((id) => ctx.store.sessions.get(id)).find(Boolean);
    urls['ThumbnailUrl'] = first ? ctx.media.thumbnailUrl(first.Id) : '';
  }
  return {
    Id: p.Id,
    Name: p.Name,
    Description: p.Description,
    Folder: basicFolder(ctx.store.folders.get(p.FolderId)),
    Urls: urls,
  };
}

export function userJson(u: UserRecord): { Id: string; Username: string } {
  return { Id: u.Id, Username: u.Username };
}

export { ROOT_FOLDER_ID };
