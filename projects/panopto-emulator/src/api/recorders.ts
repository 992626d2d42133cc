// Remote recorders and scheduled recordings: /remoteRecorders/search, POST /scheduledRecordings
// (resolveConflicts), /scheduledRecordings/{id} GET/PUT/DELETE.
//
// Panopto's rules, enforced here: EndTime after StartTime, both in the future, exactly one recorder, the
// primary stream not suppressed. A time overlap on the same recorder is a conflict: 400 unless
// `resolveConflicts=true`, which cancels the conflicting recordings (like the SOAP API's `overwrite`).
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, HttpError, notFound, readJson, requireGuid, sendJson } from '../http.js';
import type { RecorderScheduleEntryRecord, ScheduledRecordingRecord, UserRecord } from '../store/types.js';
import {
  API_BASE,
  basicFolder,
  booleanOf,
  creatableFolder,
  enumOf,
  optionalGuid,
  optionalString,
  page,
  pageNumberOf,
  relevance,
  requireStaff,
  searchQueryOf,
  sendList,
  sortBy,
  sortOrderOf,
} from './common.js';

export function registerRecorderRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;

  router.get(`${API_BASE}/remoteRecorders/search`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    requireStaff(user);
    const q = searchQueryOf(url);
    enumOf(url, 'sortField', ['Name'] as const, 'Name');
    const order = sortOrderOf(url);
    // Panopto treats '*' as "everything"; otherwise match the name.
    const hits = [...store.remoteRecorders.values()].filter((r) => q === '*' || relevance(q, r.Name) > 0);
    sendJson(
      res,
      200,
      sendList(
        page(
          sortBy(hits, (r) => r.Name, order),
          pageNumberOf(url),
        ).map((r) => ({
          Id: r.Id,
          Name: r.Name,
          State: r.State,
          DefaultRecordingFolder: basicFolder(
            r.DefaultRecordingFolderId ? store.folders.get(r.DefaultRecordingFolderId) : undefined,
          ),
        })),
      ),
    );
  });

  const json = (r: ScheduledRecordingRecord): Record<string, unknown> => ({
    Id: r.Id,
    Name: r.Name,
    StartTime: r.StartTime,
    EndTime: r.EndTime,
    RecorderScheduleEntries: r.RecorderScheduleEntries.map((e) => {
      const recorder = store.remoteRecorders.get(e.RecorderId);
      return {
        Id: e.RecorderId,
        Name: recorder?.Name ?? '',
        RecorderId: e.RecorderId,
        SuppressPrimaryCapture: e.SuppressPrimary,
        SuppressSecondaryCapture: e.SuppressSecondary,
        RecorderDescription: e.RecorderDescription ?? recorder?.Name ?? '',
      };
    }),
  });

  const find = (user: UserRecord, id: string, write: boolean): ScheduledRecordingRecord => {
    const recId = requireGuid(id, 'id');
    const r = store.scheduledRecordings.get(recId);
    if (!r) throw notFound(`Scheduled recording ${recId} was not found.`);
    const allowed = write ? store.canCreate(user, r.FolderId) : store.canView(user, r.FolderId);
    if (!allowed) throw forbidden('User does not have permission to access this scheduled recording.');
    return r;
  };

  const conflicts = (
    recorderIds: string[],
    start: number,
    end: number,
    exceptId?: string,
  ): ScheduledRecordingRecord[] =>
    [...store.scheduledRecordings.values()].filter(
      (r) =>
        r.Id !== exceptId &&
        r.RecorderScheduleEntries.some((e) => recorderIds.includes(e.RecorderId)) &&
        Date.parse(r.StartTime) < end &&
        start < Date.parse(r.EndTime),
    );

  const resolve = (found: ScheduledRecordingRecord[], resolveConflicts: boolean): void => {
    if (!found.length) return;
    if (!resolveConflicts) {
      throw new HttpError(
        400,
        'ScheduleConflict',
        `The recording conflicts with ${found.length} scheduled recording(s) on the same recorder: ${found
          .map((r) => `${r.Name} (${r.Id}, ${r.StartTime}–${r.EndTime})`)
          .join('; ')}. Pass resolveConflicts=true to cancel them.`,
      );
    }
    for (const r of found) store.deleteSession(r.Id);
  };

  router.post(`${API_BASE}/scheduledRecordings`, async (req, res, { url }) => {
    const { user } = await ctx.requireAccount(req);
    const resolveConflicts = booleanOf(url, 'resolveConflicts', false, true);
    const body = await readJson(req);
    const folderId = optionalGuid(body['FolderId'], 'FolderId');
    if (!folderId) throw badRequest("'FolderId' is required.", 'MissingParameter');
    const folder = creatableFolder(ctx, user, folderId);
    if (typeof body['IsBroadcast'] !== 'boolean')
      throw badRequest("'IsBroadcast' is required (true or false).", 'MissingParameter');
    const { start, end } = parseTimes(body['StartTime'], body['EndTime'], ctx.clock.now());
    const entries = parseRecorders(ctx, body['Recorders']);
    const name =
      optionalString(body['Name'], 'Name', 256)?.trim() || `Scheduled recording ${new Date(start).toISOString()}`;
    resolve(
      conflicts(
        entries.map((e) => e.RecorderId),
        start,
        end,
      ),
      resolveConflicts,
    );
    const session = store.createSession({
      Name: name,
      Description: optionalString(body['Description'], 'Description', 4000) ?? '',
      FolderId: folder.Id,
      StartTime: new Date(start).toISOString(),
      Duration: Math.round((end - start) / 1000),
      CreatedById: user.Id,
      Media: { kind: 'none' },
      Restricted: false,
      IsBroadcast: body['IsBroadcast'],
    });
    const record: ScheduledRecordingRecord = {
      Id: session.Id,
      Name: name,
      FolderId: folder.Id,
      StartTime: new Date(start).toISOString(),
      EndTime: new Date(end).toISOString(),
      IsBroadcast: body['IsBroadcast'],
      RecorderScheduleEntries: entries,
      CreatedById: user.Id,
    };
    store.scheduledRecordings.set(record.Id, record);
    store.changed();
    sendJson(res, 200, json(record));
  });

  router.get(`${API_BASE}/scheduledRecordings/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    sendJson(res, 200, json(find(user, params['id'], false)));
  });

  router.put(`${API_BASE}/scheduledRecordings/:id`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const record = find(user, params['id'], true);
    const resolveConflicts = booleanOf(url, 'resolveConflicts', false);
    const body = await readJson(req);
    const { start, end } = parseTimes(
      body['StartTime'] ?? record.StartTime,
      body['EndTime'] ?? record.EndTime,
      ctx.clock.now(),
    );
    resolve(
      conflicts(
        record.RecorderScheduleEntries.map((e) => e.RecorderId),
        start,
        end,
        record.Id,
      ),
      resolveConflicts,
    );
    record.StartTime = new Date(start).toISOString();
    record.EndTime = new Date(end).toISOString();
    const session = store.sessions.get(record.Id);
    if (session) {
      session.StartTime = record.StartTime;
      session.Duration = Math.round((end - start) / 1000);
    }
    store.changed();
    sendJson(res, 200, json(record));
  });

  router.delete(`${API_BASE}/scheduledRecordings/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const record = find(user, params['id'], true);
    store.deleteSession(record.Id);
    sendJson(res, 200, record.Id);
  });
}

function parseTimes(startRaw: unknown, endRaw: unknown, now: number): { start: number; end: number } {
  const parse = (v: unknown, name: string): number => {
    const t = typeof v === 'string' ? Date.parse(v) : NaN;
    if (!Number.isFinite(t))
      throw badRequest(`'${name}' is required and must be an ISO 8601 date-time (UTC).`, 'InvalidParameter');
    return t;
  };
  const start = parse(startRaw, 'StartTime');
  const end = parse(endRaw, 'EndTime');
  if (end <= start) throw badRequest("'EndTime' must be after 'StartTime'.", 'InvalidTimeRange');
  if (start <= now) throw badRequest("'StartTime' must be in the future.", 'InvalidTimeRange');
  return { start, end };
}

function parseRecorders(ctx: EmulatorContext, raw: unknown): RecorderScheduleEntryRecord[] {
  if (!Array.isArray(raw) || raw.length !== 1) {
    throw badRequest(
      "'Recorders' must list exactly one remote recorder (Panopto supports one at this time).",
      'InvalidRecorders',
    );
  }
  const item = raw[0] as Record<string, unknown>;
  if (!item || typeof item !== 'object') throw badRequest("'Recorders[0]' must be an object.", 'InvalidRecorders');
  const id = optionalGuid(item['RemoteRecorderId'], 'Recorders[0].RemoteRecorderId');
  if (!id) throw badRequest("'Recorders[0].RemoteRecorderId' is required.", 'InvalidRecorders');
  const recorder = ctx.store.remoteRecorders.get(id);
  if (!recorder) throw notFound(`Remote recorder ${id} was not found.`);
  const suppressPrimary = item['SuppressPrimary'] === true;
  const suppressSecondary = item['SuppressSecondary'] === true;
  if (suppressPrimary) {
    throw badRequest(
      'At least one recorder in a scheduled recording must not suppress the primary stream.',
      'AllStreamsSuppressed',
    );
  }
  return [
    {
      RecorderId: recorder.Id,
      SuppressPrimary: suppressPrimary,
      SuppressSecondary: suppressSecondary,
      RecorderDescription: recorder.Name,
    },
  ];
}
