// Expands fixture.json into the emulator's initial data: a course tree (faculties → units → teaching
// periods → weeks), a folder with 3,000 children, a folder with 1,000 sessions, users, groups, viewing
// statistics, remote recorders, a scheduled broadcast, a live webcast and a recording in progress.
// Everything is deterministic except times of live/scheduled items, which are relative to start-up so
// they are always "now" and "in the future".
import { readFileSync } from 'node:fs';
import type {
  FolderRecord,
  GroupRecord,
  PlaylistRecord,
  RemoteRecorderRecord,
  RemoteRecorderState,
  ScheduledRecordingRecord,
  SessionRecord,
  StoreSnapshot,
  SystemRole,
  UserRecord,
  ViewingRecord,
} from '../store/types.js';
import { seedGuid } from './guid.js';
import { VIDEO_VARIANTS } from '../media/generate.js';

interface Fixture {
  accounts: {
    key: string;
    Username: string;
    Password: string;
    FirstName: string;
    LastName: string;
    SystemRole: SystemRole;
  }[];
  extraUsers: { count: number; firstNames: string[]; lastNames: string[] };
  groups: { key: string; Name: string; members: string[] }[];
  faculties: { name: string; units: { code: string; title: string; periods: string[]; weeks: string[] }[] }[];
  sessionsPerWeek: number;
  restrictedWeekIndex: number;
  archive: {
    name: string;
    manyFoldersName: string;
    manyFoldersCount: number;
    manySessionsName: string;
    manySessionsCount: number;
  };
  adminOnlyFolder: string;
  remoteRecorders: { key: string; Name: string; State: RemoteRecorderState; defaultFolder: string }[];
  scheduledBroadcast: {
    key: string;
    Name: string;
    recorder: string;
    folder: string;
    startsInHours: number;
    durationMinutes: number;
  };
  liveNow: { key: string; Name: string; folder: string };
  recordingNow: { key: string; Name: string; folder: string };
  playlists: { key: string; Name: string; folder: string; sessionCount: number }[];
}

export function loadFixture(): Fixture {
  return JSON.parse(readFileSync(new URL('./fixture.json', import.meta.url), 'utf8')) as Fixture;
}

/** Well-known seed ids, for tests and docs. */
export const SEED_IDS = {
  instructor: seedGuid('user:instructor'),
  student: seedGuid('user:student'),
  admin: seedGuid('user:admin'),
  /** A second student account (not enrolled anywhere) for access tests. */
  learner: seedGuid('user:learner'),
  manyFoldersParent: seedGuid('folder:archive/many-folders'),
  manySessionsFolder: seedGuid('folder:archive/many-sessions'),
  archive: seedGuid('folder:archive'),
  adminOnly: seedGuid('folder:admin-only'),
  scheduledBroadcast: seedGuid('session:bio101-live-qa'),
};

/** Sessions of the course tree start on this (past, fixed) date, one per weekday slot. */
const TERM_START = Date.UTC(2026, 1, 23, 9, 0, 0);
const DAY = 24 * 3600 * 1000;

export function buildSeed(now: number = Date.now()): StoreSnapshot {
  const fx = loadFixture();
  const users: UserRecord[] = [];
  const groups: GroupRecord[] = [];
  const folders: FolderRecord[] = [];
  const sessions: SessionRecord[] = [];
  const viewing: ViewingRecord[] = [];
  const userKeyToId = new Map<string, string>();

  for (const a of fx.accounts) {
    const Id = seedGuid(`user:${a.key}`);
    userKeyToId.set(a.key, Id);
    users.push({
      Id,
      Username: a.Username,
      Password: a.Password,
      FirstName: a.FirstName,
      LastName: a.LastName,
      Email: `${a.Username}@emulator.panopto.test`,
      SystemRole: a.SystemRole,
    });
  }
  const extraIds: string[] = [];
  for (let i = 0; i < fx.extraUsers.count; i++) {
    const first = fx.extraUsers.firstNames[i % fx.extraUsers.firstNames.length];
    const last =
      fx.extraUsers.lastNames[Math.floor(i / fx.extraUsers.firstNames.length + i) % fx.extraUsers.lastNames.length];
    const Username = `${first}.${last}${i}`.toLowerCase();
    const Id = seedGuid(`user:extra:${i}`);
    extraIds.push(Id);
    users.push({
      Id,
      Username,
      FirstName: first,
      LastName: last,
      Email: `${Username}@emulator.panopto.test`,
      SystemRole: 'Viewer',
    });
  }
  for (const g of fx.groups) {
    const members = new Set<string>();
    for (const m of g.members) {
      if (m === 'extra:*') extraIds.forEach((id) => members.add(id));
      else if (m.startsWith('extra:')) {
        const [from, to] = m.slice(6).split('-').map(Number);
        extraIds.slice(from, to + 1).forEach((id) => members.add(id));
      } else members.add(userKeyToId.get(m) as string);
    }
    groups.push({ Id: seedGuid(`group:${g.key}`), Name: g.Name, MemberIds: [...members] });
  }
  const groupId = (key: string): string => seedGuid(`group:${key}`);
  const instructor = userKeyToId.get('instructor') as string;
  const admin = userKeyToId.get('admin') as string;
  const student = userKeyToId.get('student') as string;

  const folder = (
    key: string,
    Name: string,
    ParentId: string | null,
    extra: Partial<FolderRecord> = {},
  ): FolderRecord => {
    const f: FolderRecord = {
      Id: seedGuid(`folder:${key}`),
      Name,
      Description: '',
      ParentId,
      CreatedById: admin,
      CreatedAt: new Date(TERM_START - 30 * DAY).toISOString(),
      Permissions: [],
      ...extra,
    };
    folders.push(f);
    return f;
  };

  let sessionCounter = 0;
  const session = (
    key: string,
    Name: string,
    FolderId: string,
    startTime: number,
    extra: Partial<SessionRecord> = {},
  ): SessionRecord => {
    const variant = sessionCounter++ % VIDEO_VARIANTS.length;
    const s: SessionRecord = {
      Id: seedGuid(`session:${key}`),
      Name,
      Description: `${Name}. Recorded in the emulator's lecture theatre.`,
      FolderId,
      StartTime: new Date(startTime).toISOString(),
      Duration: VIDEO_VARIANTS[variant].duration,
      CreatedById: instructor,
      Media: { kind: 'generated', variant },
      Restricted: false,
      ...extra,
    };
    sessions.push(s);
    return s;
  };

  // Course tree: faculty → unit → teaching period → week, with sessions in every week.
  const folderByPath = new Map<string, string>();
  fx.faculties.forEach((faculty, fi) => {
    const staffGroup = fi === 0 ? 'science-staff' : 'arts-staff';
    const fac = folder(`faculty:${faculty.name}`, faculty.name, null, {
      Description: `Recordings of the ${faculty.name}.`,
      // Anyone with a link may watch course recordings; only enrolled accounts find them in listings.
      AccessLevel: 'PublicUnlisted',
      Permissions: [
        { PrincipalId: groupId(staffGroup), PrincipalType: 'Group', Role: 'Creator' },
        { PrincipalId: instructor, PrincipalType: 'User', Role: 'Creator' },
        { PrincipalId: groupId('all-students'), PrincipalType: 'Group', Role: 'Viewer' },
      ],
    });
    for (const unit of faculty.units) {
      const u = folder(`unit:${unit.code}`, `${unit.code} ${unit.title}`, fac.Id, { Description: unit.title });
      for (const period of unit.periods) {
        const p = folder(`period:${unit.code}/${period}`, `${unit.code} ${period}`, u.Id);
        folderByPath.set(`${unit.code}/${period}`, p.Id);
        unit.weeks.forEach((week, wi) => {
          const w = folder(`week:${unit.code}/${period}/${week}`, week, p.Id);
          for (let si = 0; si < fx.sessionsPerWeek; si++) {
            const name = `${unit.code} ${week.split('–')[0].trim()} Lecture ${si + 1}`;
            const s = session(
              `${unit.code}/${period}/${week}/${si}`,
              name,
              w.Id,
              TERM_START + (wi * 7 + si * 2) * DAY,
              {
                Restricted: wi === fx.restrictedWeekIndex && si === fx.sessionsPerWeek - 1,
                Tags: [unit.code, week.split('–')[0].trim()],
              },
            );
            // Viewer statistics: the student and a rotating set of classmates watched some of it.
            if (!s.Restricted) {
              const watchers = [student, ...extraIds.slice((wi * 3 + si) % 20, ((wi * 3 + si) % 20) + 4 + si)];
              watchers.forEach((userId, k) => {
                const fraction = (((wi + 1) * (k + 2) * (si + 3)) % 11) / 10;
                viewing.push({
                  SessionId: s.Id,
                  UserId: userId,
                  SecondsViewed: Math.round(s.Duration * Math.min(1, fraction)),
                  LastPosition: Math.round(s.Duration * Math.min(1, fraction)),
                  LastViewedAt: new Date(TERM_START + (wi * 7 + si * 2 + 1 + k) * DAY).toISOString(),
                  Views: 1 + (k % 3),
                });
              });
            }
          }
        });
      }
    }
  });

  // Bulk folders for virtual scrolling and paging.
  const archive = folder('archive', fx.archive.name, null, {
    Description: 'Large collections for scrolling and paging.',
    AccessLevel: 'PublicUnlisted',
    Permissions: [
      { PrincipalId: instructor, PrincipalType: 'User', Role: 'Creator' },
      { PrincipalId: groupId('all-students'), PrincipalType: 'Group', Role: 'Viewer' },
    ],
  });
  const many = folder('archive/many-folders', fx.archive.manyFoldersName, archive.Id);
  for (let i = 0; i < fx.archive.manyFoldersCount; i++) {
    const n = String(i + 1).padStart(4, '0');
    folder(`archive/many-folders/${n}`, `Department recording ${n}`, many.Id);
  }
  const backlog = folder('archive/many-sessions', fx.archive.manySessionsName, archive.Id);
  for (let i = 0; i < fx.archive.manySessionsCount; i++) {
    const n = String(i + 1).padStart(4, '0');
    session(`archive/many-sessions/${n}`, `Archived lecture ${n}`, backlog.Id, TERM_START - ((i + 1) * DAY) / 4);
  }

  folder('admin-only', fx.adminOnlyFolder, null, { Description: 'Visible to administrators only.' });

  const remoteRecorders: RemoteRecorderRecord[] = fx.remoteRecorders.map((r) => ({
    Id: seedGuid(`recorder:${r.key}`),
    Name: r.Name,
    State: r.State,
    DefaultRecordingFolderId: folderByPath.get(r.defaultFolder) ?? null,
  }));

  const b = fx.scheduledBroadcast;
  const start = new Date(Math.ceil((now + b.startsInHours * 3600_000) / 3600_000) * 3600_000);
  const end = new Date(start.getTime() + b.durationMinutes * 60_000);
  const broadcastFolder = folderByPath.get(b.folder) as string;
  const scheduledRecordings: ScheduledRecordingRecord[] = [
    {
      Id: seedGuid(`session:${b.key}`),
      Name: b.Name,
      FolderId: broadcastFolder,
      StartTime: start.toISOString(),
      EndTime: end.toISOString(),
      IsBroadcast: true,
      RecorderScheduleEntries: [
        { RecorderId: seedGuid(`recorder:${b.recorder}`), SuppressPrimary: false, SuppressSecondary: true },
      ],
      CreatedById: instructor,
    },
  ];
  sessions.push({
    Id: seedGuid(`session:${b.key}`),
    Name: b.Name,
    Description: 'Scheduled live broadcast.',
    FolderId: broadcastFolder,
    StartTime: start.toISOString(),
    Duration: b.durationMinutes * 60,
    CreatedById: instructor,
    Media: { kind: 'none' },
    Restricted: false,
    IsBroadcast: true,
  });
  // A webcast and a recording in progress right now (they play a generated video as their "live" feed).
  session(fx.liveNow.key, fx.liveNow.Name, folderByPath.get(fx.liveNow.folder) as string, now - 10 * 60_000, {
    InProgress: 'webcast',
    IsBroadcast: true,
  });
  session(
    fx.recordingNow.key,
    fx.recordingNow.Name,
    folderByPath.get(fx.recordingNow.folder) as string,
    now - 5 * 60_000,
    { InProgress: 'recording' },
  );

  const playlists: PlaylistRecord[] = fx.playlists.map((p) => {
    const folderId = folderByPath.get(p.folder) as string;
    const inTree = sessions
      .filter((s) => !s.Restricted && s.Media.kind === 'generated' && s.Tags?.includes(p.folder.split('/')[0]))
      .slice(0, p.sessionCount);
    return {
      Id: seedGuid(`playlist:${p.key}`),
      Name: p.Name,
      Description: `${p.Name}, hand-picked.`,
      FolderId: folderId,
      SessionIds: inTree.map((s) => s.Id),
      CreatedById: instructor,
      CreatedAt: new Date(TERM_START).toISOString(),
    };
  });

  return { version: 1, users, groups, folders, sessions, playlists, remoteRecorders, scheduledRecordings, viewing };
}
