// GET /reports/{id}: a report file (CSV attachment, not JSON, as Panopto sends it), generated from the
// emulator's data when it is requested. Administrators only. The tenant's reports have fixed ids.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { forbidden, notFound, requireGuid } from '../http.js';
import { seedGuid } from '../seed/guid.js';
import { sessionAccess } from '../store/access-levels.js';
import { API_BASE, percentOf } from './common.js';

/** The reports the emulator can produce, by id. */
export const REPORT_IDS = {
  /** One row per viewer and session: seconds and percent watched, last position, last viewed. */
  viewing: seedGuid('report:viewing'),
  /** One row per session: folder, duration, access level, tags, copy of. */
  sessions: seedGuid('report:sessions'),
} as const;

const csvCell = (value: unknown): string => {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (rows: unknown[][]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function registerReportRoutes(router: Router, ctx: EmulatorContext): void {
  const { store } = ctx;
  const builders: Record<string, { name: string; rows: () => unknown[][] }> = {
    [REPORT_IDS.viewing]: {
      name: 'viewing',
      rows: () => [
        ['SessionId', 'SessionName', 'UserId', 'UserName', 'SecondsViewed', 'PercentCompleted', 'LastPosition', 'Views', 'LastViewedDateTime'],
        ...[...store.viewing.values()].map((v) => {
          const s = store.sessions.get(v.SessionId);
          return [
            v.SessionId,
            s?.Name ?? '',
            v.UserId,
            store.users.get(v.UserId)?.Username ?? '',
            v.SecondsViewed,
            percentOf(v.SecondsViewed, s?.Duration ?? 0),
            v.LastPosition,
            v.Views,
            v.LastViewedAt,
          ];
        }),
      ],
    },
    [REPORT_IDS.sessions]: {
      name: 'sessions',
      rows: () => [
        ['SessionId', 'Name', 'FolderId', 'FolderName', 'StartTime', 'Duration', 'AccessLevel', 'Tags', 'CopiedFrom'],
        ...[...store.sessions.values()].map((s) => [
          s.Id,
          s.Name,
          s.FolderId,
          store.folders.get(s.FolderId)?.Name ?? '',
          s.StartTime,
          s.Duration,
          sessionAccess(store, s).Level,
          (s.Tags ?? []).join('; '),
          s.CopiedFrom ? `${s.CopiedFrom.CopyType} ${s.CopiedFrom.SessionId}` : '',
        ]),
      ],
    },
  };

  router.get(`${API_BASE}/reports/:id`, async (req, res, { params }) => {
    const { user } = await ctx.requireAccount(req);
    const id = requireGuid(params['id'], 'id');
    if (user.SystemRole !== 'Administrator') throw forbidden('User does not have permission to access this function.');
    const report = builders[id];
    if (!report) throw notFound(`Report ${id} was not found or is still being processed.`);
    const body = Buffer.from(csv(report.rows()), 'utf8');
    res.writeHead(200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${report.name}-report.csv"`,
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}
