import { TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';
import { ROOT_FOLDER_ID } from 'panopto-ng/core';
import { BuiltInRoleType, PrincipalType } from 'panopto-ng/core';
import { API, ID, ID2, setupRestCore } from '../testing/rest-core.test-helpers';
import { PanoptoApi } from './panopto-api';

/** One row per PanoptoApi method: what it must send, and what it must make of the answer. */
interface Case {
  name: string;
  call: (api: PanoptoApi) => Observable<unknown>;
  method: string;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  response: string | object | null;
  expected: unknown;
}

const folder = { Id: ID, Name: 'Biology', Description: null, ParentFolder: null, Urls: { FolderUrl: 'u' } };
const session = { Id: ID2, Name: 'Lecture 1', Folder: ID, Duration: 3600 };
const playlist = { Id: ID2, Name: 'Week 1', Folder: { Id: ID, Name: 'Biology' } };
const list = <T>(...items: T[]) => ({ Results: items });
const permission = { IsInherited: false, Principal: { Id: ID2, Type: 'User' }, Role: { Name: 'Viewer' } };
const recording = { Id: ID2, Name: 'Lecture', StartTime: '2026-12-01T09:00:00Z', EndTime: '2026-12-01T10:00:00Z' };

const CASES: Case[] = [
  // folders
  {
    name: 'folders.get',
    call: (a) => a.folders.get(ID),
    method: 'GET',
    path: `/folders/${ID}`,
    response: folder,
    expected: folder,
  },
  {
    name: 'folders.create',
    call: (a) => a.folders.create({ Name: 'New', Description: 'd', Parent: ID }),
    method: 'POST',
    path: '/folders',
    body: { Name: 'New', Description: 'd', Parent: ID },
    response: folder,
    expected: folder,
  },
  {
    name: 'folders.update',
    call: (a) => a.folders.update(ID, { Name: 'Renamed' }),
    method: 'PUT',
    path: `/folders/${ID}`,
    body: { Name: 'Renamed' },
    response: { ...folder, Name: 'Renamed' },
    expected: { ...folder, Name: 'Renamed' },
  },
  {
    name: 'folders.move',
    call: (a) => a.folders.move(ID, ROOT_FOLDER_ID),
    method: 'PUT',
    path: `/folders/${ID}`,
    body: { Parent: ROOT_FOLDER_ID },
    response: folder,
    expected: folder,
  },
  {
    name: 'folders.delete',
    call: (a) => a.folders.delete(ID),
    method: 'DELETE',
    path: `/folders/${ID}`,
    response: ID,
    expected: ID,
  },
  {
    name: 'folders.children',
    call: (a) =>
      a.folders.children(ROOT_FOLDER_ID, { pageNumber: 2, sortField: 'Name', sortOrder: 'Desc', canCreate: true }),
    method: 'GET',
    path: `/folders/${ROOT_FOLDER_ID}/children`,
    query: { canCreate: 'true', sortField: 'Name', sortOrder: 'Desc', pageNumber: '2' },
    response: list(folder),
    expected: list(folder),
  },
  {
    name: 'folders.sessions',
    call: (a) => a.folders.sessions(ID, { sortField: 'CreatedDate', sortOrder: 'Desc' }),
    method: 'GET',
    path: `/folders/${ID}/sessions`,
    query: { sortField: 'CreatedDate', sortOrder: 'Desc' },
    response: list(session),
    expected: list(session),
  },
  {
    name: 'folders.searchSessions',
    call: (a) => a.folders.searchSessions(ID, 'cell', { pageNumber: 1 }),
    method: 'GET',
    path: `/folders/${ID}/sessions/search`,
    query: { searchQuery: 'cell', pageNumber: '1' },
    response: list(session),
    expected: list(session),
  },
  {
    name: 'folders.playlists',
    call: (a) => a.folders.playlists(ID, { sortField: 'Relevance' }),
    method: 'GET',
    path: `/folders/${ID}/playlists`,
    query: { sortField: 'Relevance' },
    response: list(playlist),
    expected: list(playlist),
  },
  {
    name: 'folders.search',
    call: (a) => a.folders.search('bio & chem', { canCreate: false, sortField: 'Relevance' }),
    method: 'GET',
    path: '/folders/search',
    query: { searchQuery: 'bio & chem', canCreate: 'false', sortField: 'Relevance' },
    response: list(folder),
    expected: list(folder),
  },
  {
    name: 'folders.creator',
    call: (a) => a.folders.creator({ sortField: 'Name', pageNumber: 0 }),
    method: 'GET',
    path: '/folders/creator',
    query: { sortField: 'Name', pageNumber: '0' },
    response: {},
    expected: { Results: [] },
  },
  {
    name: 'folders.permissions',
    call: (a) => a.folders.permissions(ID, { pageNumber: 3 }),
    method: 'GET',
    path: `/folders/${ID}/permissions`,
    query: { pageNumber: '3' },
    response: list(permission),
    expected: list(permission),
  },
  {
    name: 'folders.grantPermission',
    call: (a) =>
      a.folders.grantPermission(ID, {
        PrincipalId: ID2,
        PrincipalType: PrincipalType.User,
        RoleType: BuiltInRoleType.Viewer,
      }),
    method: 'POST',
    path: `/folders/${ID}/permissions`,
    body: { PrincipalId: ID2, PrincipalType: 'User', RoleType: 'Viewer' },
    response: permission,
    expected: permission,
  },
  {
    name: 'folders.revokePermission',
    call: (a) =>
      a.folders.revokePermission(ID, {
        PrincipalId: ID2,
        PrincipalType: PrincipalType.Group,
        RoleType: BuiltInRoleType.Creator,
      }),
    method: 'DELETE',
    path: `/folders/${ID}/permissions`,
    query: { RoleType: 'Creator', PrincipalId: ID2, PrincipalType: 'Group' },
    response: { PrincipalId: ID2, PrincipalType: 'Group', RoleType: 'Creator' },
    expected: { PrincipalId: ID2, PrincipalType: 'Group', RoleType: 'Creator' },
  },
  // sessions
  {
    name: 'sessions.get',
    call: (a) => a.sessions.get(ID2),
    method: 'GET',
    path: `/sessions/${ID2}`,
    response: session,
    expected: session,
  },
  {
    name: 'sessions.update',
    call: (a) => a.sessions.update(ID2, { Name: 'L1', Folder: ID }),
    method: 'PUT',
    path: `/sessions/${ID2}`,
    body: { Name: 'L1', Folder: ID },
    response: { ...session, Name: 'L1' },
    expected: { ...session, Name: 'L1' },
  },
  {
    name: 'sessions.delete',
    call: (a) => a.sessions.delete(ID2),
    method: 'DELETE',
    path: `/sessions/${ID2}`,
    response: null,
    expected: null,
  },
  {
    name: 'sessions.search',
    call: (a) =>
      a.sessions.search('mitosis', {
        includeFields: ['Context'],
        sortField: 'Relevance',
        sortOrder: 'Asc',
        pageNumber: 4,
      }),
    method: 'GET',
    path: '/sessions/search',
    query: {
      searchQuery: 'mitosis',
      includeFields: 'Context',
      sortField: 'Relevance',
      sortOrder: 'Asc',
      pageNumber: '4',
    },
    response: list({ ...session, Context: [{ Text: 'mitosis', Time: 12.5 }] }),
    expected: list({ ...session, Context: [{ Text: 'mitosis', Time: 12.5 }] }),
  },
  {
    name: 'sessions.viewers',
    call: (a) => a.sessions.viewers(ID2, { sortField: 'LastViewedDateTime' }),
    method: 'GET',
    path: `/sessions/${ID2}/viewers`,
    query: { sortField: 'LastViewedDateTime' },
    response: list({ User: { Id: ID }, PercentCompleted: 50, LastViewedDateTime: '2026-01-01T00:00:00Z' }),
    expected: list({ User: { Id: ID }, PercentCompleted: 50, LastViewedDateTime: '2026-01-01T00:00:00Z' }),
  },
  {
    name: 'sessions.inProgressWebcasts',
    call: (a) => a.sessions.inProgressWebcasts({ pageNumber: 0 }),
    method: 'GET',
    path: '/sessions/inProgress/webcast',
    query: { pageNumber: '0' },
    response: list(session),
    expected: list(session),
  },
  {
    name: 'sessions.inProgressRecordings',
    call: (a) => a.sessions.inProgressRecordings({ sortField: 'Name' }),
    method: 'GET',
    path: '/sessions/inProgress/recording',
    query: { sortField: 'Name' },
    response: { Results: null },
    expected: { Results: [] },
  },
  // playlists
  {
    name: 'playlists.get',
    call: (a) => a.playlists.get(ID2),
    method: 'GET',
    path: `/playlists/${ID2}`,
    response: playlist,
    expected: playlist,
  },
  {
    name: 'playlists.create',
    call: (a) => a.playlists.create({ Name: 'Week 1', FolderId: ID, Sessions: [ID2] }),
    method: 'POST',
    path: '/playlists',
    body: { Name: 'Week 1', FolderId: ID, Sessions: [ID2] },
    response: playlist,
    expected: playlist,
  },
  {
    name: 'playlists.update',
    call: (a) => a.playlists.update(ID2, { Description: 'x' }),
    method: 'PUT',
    path: `/playlists/${ID2}`,
    body: { Description: 'x' },
    response: playlist,
    expected: playlist,
  },
  {
    name: 'playlists.delete',
    call: (a) => a.playlists.delete(ID2),
    method: 'DELETE',
    path: `/playlists/${ID2}`,
    response: ID2,
    expected: ID2,
  },
  {
    name: 'playlists.search',
    call: (a) => a.playlists.search('week', { sortField: 'CreatedDate' }),
    method: 'GET',
    path: '/playlists/search',
    query: { searchQuery: 'week', sortField: 'CreatedDate' },
    response: list(playlist),
    expected: list(playlist),
  },
  {
    name: 'playlists.sessions',
    call: (a) => a.playlists.sessions(ID2, { sortField: 'Order' }),
    method: 'GET',
    path: `/playlists/${ID2}/sessions`,
    query: { sortField: 'Order' },
    response: list(session),
    expected: list(session),
  },
  {
    name: 'playlists.addSession',
    call: (a) => a.playlists.addSession(ID2, { SessionId: ID, Index: 0 }),
    method: 'PUT',
    path: `/playlists/${ID2}/sessions`,
    body: { SessionId: ID, Index: 0 },
    response: list(session),
    expected: list(session),
  },
  {
    name: 'playlists.removeSession',
    call: (a) => a.playlists.removeSession(ID2, ID),
    method: 'DELETE',
    path: `/playlists/${ID2}/sessions/${ID}`,
    response: session,
    expected: session,
  },
  // users, groups, recorders
  {
    name: 'users.search',
    call: (a) => a.users.search('ada'),
    method: 'GET',
    path: '/users/search',
    query: { searchQuery: 'ada' },
    response: list({ Id: ID, Username: 'ada' }),
    expected: list({ Id: ID, Username: 'ada' }),
  },
  {
    name: 'users.viewedSessions',
    call: (a) => a.users.viewedSessions({ includeCompleted: true, pageNumber: 1 }),
    method: 'GET',
    path: '/users/me/sessions/viewed',
    query: { includeCompleted: 'true', pageNumber: '1' },
    response: list({ ...session, PercentCompleted: 100 }),
    expected: list({ ...session, PercentCompleted: 100 }),
  },
  {
    name: 'users.viewedSessionsOf',
    call: (a) => a.users.viewedSessionsOf(ID),
    method: 'GET',
    path: `/users/${ID}/sessions/viewed`,
    response: list(session),
    expected: list(session),
  },
  {
    name: 'groups.search',
    call: (a) => a.groups.search('staff'),
    method: 'GET',
    path: '/groups/search',
    query: { searchQuery: 'staff' },
    response: list({ Id: ID, Name: 'Staff' }),
    expected: list({ Id: ID, Name: 'Staff' }),
  },
  {
    name: 'remoteRecorders.search',
    call: (a) => a.remoteRecorders.search('room', { sortField: 'Name', sortOrder: 'Desc' }),
    method: 'GET',
    path: '/remoteRecorders/search',
    query: { searchQuery: 'room', sortField: 'Name', sortOrder: 'Desc' },
    response: list({ Id: ID, Name: 'Room 1', State: 'Previewing', DefaultRecordingFolder: { Id: ID2 } }),
    expected: list({ Id: ID, Name: 'Room 1', State: 'Previewing', DefaultRecordingFolder: { Id: ID2 } }),
  },
  // scheduled recordings
  {
    name: 'scheduledRecordings.get',
    call: (a) => a.scheduledRecordings.get(ID2),
    method: 'GET',
    path: `/scheduledRecordings/${ID2}`,
    response: recording,
    expected: recording,
  },
  {
    name: 'scheduledRecordings.create',
    call: (a) =>
      a.scheduledRecordings.create(
        {
          Name: 'Lecture',
          StartTime: '2026-12-01T09:00:00Z',
          EndTime: '2026-12-01T10:00:00Z',
          FolderId: ID,
          IsBroadcast: true,
          Recorders: [{ RemoteRecorderId: ID2, SuppressPrimary: false, SuppressSecondary: true }],
        },
        { resolveConflicts: false },
      ),
    method: 'POST',
    path: '/scheduledRecordings',
    query: { resolveConflicts: 'false' },
    body: {
      Name: 'Lecture',
      StartTime: '2026-12-01T09:00:00Z',
      EndTime: '2026-12-01T10:00:00Z',
      FolderId: ID,
      IsBroadcast: true,
      Recorders: [{ RemoteRecorderId: ID2, SuppressPrimary: false, SuppressSecondary: true }],
    },
    response: recording,
    expected: recording,
  },
  {
    name: 'scheduledRecordings.update',
    call: (a) => a.scheduledRecordings.update(ID2, { EndTime: '2026-12-01T11:00:00Z' }, { resolveConflicts: true }),
    method: 'PUT',
    path: `/scheduledRecordings/${ID2}`,
    query: { resolveConflicts: 'true' },
    body: { EndTime: '2026-12-01T11:00:00Z' },
    response: { ...recording, EndTime: '2026-12-01T11:00:00Z' },
    expected: { ...recording, EndTime: '2026-12-01T11:00:00Z' },
  },
  {
    name: 'scheduledRecordings.delete',
    call: (a) => a.scheduledRecordings.delete(ID2),
    method: 'DELETE',
    path: `/scheduledRecordings/${ID2}`,
    response: ID2,
    expected: ID2,
  },
];

describe('PanoptoApi: every method sends the right request and returns the parsed answer', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { api, http, observe } = setupRestCore();
      const result = observe(c.call(api));
      const req = http.expectOne((r) => r.url === `${API}${c.path}`);
      expect(req.request.method).toBe(c.method);
      const sent: Record<string, string> = {};
      for (const key of req.request.params.keys()) sent[key] = req.request.params.get(key) as string;
      expect(sent).toEqual(c.query ?? {});
      expect(req.request.body ?? undefined).toEqual(c.body);
      req.flush(c.response);
      expect(result.error).toBeUndefined();
      expect(result.values).toEqual([c.expected]);
      expect(result.completed).toBeTrue();
      http.verify();
    });
  }

  it('covers every public method of every resource', () => {
    const { api } = setupRestCore();
    const tested = new Set(CASES.map((c) => c.name));
    const resources = [
      'folders',
      'sessions',
      'playlists',
      'users',
      'groups',
      'remoteRecorders',
      'scheduledRecordings',
    ] as const;
    const missing: string[] = [];
    for (const resource of resources) {
      const proto = Object.getPrototypeOf(api[resource]);
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name === 'constructor' || name.startsWith('all')) continue; // all…() streams are tested in paging.spec.ts
        if (!tested.has(`${resource}.${name}`)) missing.push(`${resource}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('PanoptoApi: arguments are checked before any URL is built', () => {
  it('rejects a non-GUID id without sending anything, naming the parameter', () => {
    const { api, http, observe } = setupRestCore();
    const result = observe(api.folders.get('../users/me'));
    expect(result.error).toEqual(jasmine.any(TypeError));
    expect((result.error as Error).message).toContain('`id` must be a Panopto id');
    http.verify();
  });

  it('rejects a non-GUID id inside a body (FolderCreate.Parent) and a second path id', () => {
    const { api, http, observe } = setupRestCore();
    expect((observe(api.folders.create({ Name: 'x', Parent: 'root' })).error as Error).message).toContain('`Parent`');
    expect((observe(api.playlists.removeSession(ID, 'abc')).error as Error).message).toContain('`sessionId`');
    expect(
      (observe(api.playlists.create({ Name: 'x', FolderId: ID, Sessions: [ID, 'x'] })).error as Error).message,
    ).toContain('`Sessions[1]`');
    http.verify();
  });

  it('is cold: nothing is sent before subscribe, and an invalid call only fails on subscribe', () => {
    const { api, http } = setupRestCore();
    const lazy = api.folders.get(ID);
    const bad = api.sessions.search('   ');
    http.expectNone(() => true);
    let error: unknown;
    bad.subscribe({ error: (e: unknown) => (error = e) });
    expect((error as Error).message).toContain('searchQuery');
    lazy.subscribe();
    http.expectOne(`${API}/folders/${ID}`).flush({ Id: ID, Name: 'x' });
  });

  it('rejects a negative or fractional pageNumber and an unknown sortOrder', () => {
    const { api, http, observe } = setupRestCore();
    expect((observe(api.folders.children(ID, { pageNumber: -1 })).error as Error).message).toContain('pageNumber');
    expect((observe(api.folders.children(ID, { pageNumber: 1.5 })).error as Error).message).toContain('pageNumber');
    expect(
      (observe(api.folders.children(ID, { sortOrder: 'desc' as unknown as 'Desc' })).error as Error).message,
    ).toContain('sortOrder');
    http.verify();
  });

  it('requires resolveConflicts on scheduledRecordings.create', () => {
    const { api, http, observe } = setupRestCore();
    const body = { StartTime: 'a', EndTime: 'b', FolderId: ID, IsBroadcast: false };
    const result = observe(api.scheduledRecordings.create(body, {} as unknown as { resolveConflicts: boolean }));
    expect((result.error as Error).message).toContain('resolveConflicts');
    http.verify();
  });

  it('says how to fix a missing providePanopto()', () => {
    TestBed.configureTestingModule({});
    expect(() => TestBed.inject(PanoptoApi)).toThrowError(/providePanopto/);
  });
});
