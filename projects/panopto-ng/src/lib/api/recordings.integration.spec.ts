// Integration: managing recordings through PanoptoApi against the running emulator: access settings and viewers,
// tags, copies, folder search, reports, SCORM, the search index stream (resuming) and portal profiles.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, take, toArray } from 'rxjs';
import { PanoptoApi } from './panopto-api';
import { providePanopto } from '../config/provide-panopto';
import {
  AccessLevel,
  BuiltInRoleType,
  PanoptoApiError,
  PanoptoAuthError,
  PrincipalType,
  SessionCopyType,
  isGuid,
} from 'panopto-ng/core';
import { emulatorToken, emulatorUrl } from '../../../testing-support/emulator';

describe('PanoptoApi: managing recordings against the emulator (integration)', () => {
  let emulator: string;
  let token: string;
  let api: PanoptoApi;

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = await emulatorToken(emulator, 'instructor');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator, retry: { initialDelayMs: 50, maxDelayMs: 500 } }),
      ],
    });
    api = TestBed.inject(PanoptoApi);
  });

  /** A session of the instructor's own, copied into a new top-level folder (no student has a role there). */
  async function ownSession(): Promise<{ folderId: string; sessionId: string }> {
    const folder = await firstValueFrom(api.folders.create({ Name: `Spec ${Date.now()}` }));
    const [source] = (await firstValueFrom(api.sessions.search('BIO101 Week 1 Lecture 1'))).Results;
    const copy = await firstValueFrom(
      api.sessions.copy(source.Id, { CopyType: SessionCopyType.Full, FolderId: folder.Id, Name: 'Spec lecture' }),
    );
    expect(isGuid(copy.NewSessionId)).toBeTrue();
    return { folderId: folder.Id, sessionId: copy.NewSessionId as string };
  }

  it('sets a session Restricted with one viewer; another student gets PanoptoAuthError forbidden', async () => {
    const { sessionId } = await ownSession();
    const open = await firstValueFrom(api.sessions.updateAccessSettings(sessionId, { Level: AccessLevel.Organization }));
    expect(open).toEqual({ Level: AccessLevel.Organization, IsInherited: false });
    await firstValueFrom(api.sessions.updateAccessSettings(sessionId, { Level: AccessLevel.Restricted }));
    const student = (await firstValueFrom(api.users.search('student'))).Results[0];
    await firstValueFrom(
      api.sessions.grantPermission(sessionId, {
        PrincipalId: student.Id,
        PrincipalType: PrincipalType.User,
        RoleType: BuiltInRoleType.Viewer,
      }),
    );
    const viewers = await firstValueFrom(api.sessions.allPermissions(sessionId).pipe(toArray()));
    expect(viewers.some((p) => p.Principal?.Id === student.Id && !p.IsInherited)).toBeTrue();

    token = await emulatorToken(emulator, 'learner');
    const denied = await firstValueFrom(api.sessions.get(sessionId)).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PanoptoAuthError);
    expect((denied as PanoptoAuthError).code).toBe('forbidden');
    token = await emulatorToken(emulator, 'student');
    expect((await firstValueFrom(api.sessions.get(sessionId))).Id).toBe(sessionId);
  });

  it('refuses an unknown access level before sending anything, and reports Panopto\'s 400 naming the field', async () => {
    const { folderId, sessionId } = await ownSession();
    const local = await firstValueFrom(
      api.sessions.updateAccessSettings(sessionId, { Level: 'Everyone' as AccessLevel }),
    ).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(TypeError);
    expect(String(local)).toContain('`Level` must be one of Restricted');
    const inherited = await firstValueFrom(api.folders.updateAccessSettings(folderId, { IsInherited: true })).catch(
      (e: unknown) => e,
    );
    expect(inherited).toBeInstanceOf(PanoptoApiError);
    expect((inherited as PanoptoApiError).status).toBe(400);
    expect((inherited as PanoptoApiError).message).toContain("'IsInherited'");
  });

  it('tags a copy and finds it by tag in its folder; the tag joins the shared vocabulary', async () => {
    const { folderId, sessionId } = await ownSession();
    const word = `spec-${Date.now()}`;
    const tags = await firstValueFrom(api.sessions.updateTags(sessionId, [word, 'BIO101']));
    expect(tags.Results.map((t) => t.Content)).toEqual([word, 'BIO101']);
    const found = await firstValueFrom(api.folders.searchSessions(folderId, word));
    expect(found.Results.map((s) => s.Id)).toEqual([sessionId]);
    const tag = tags.Results[0];
    expect((await firstValueFrom(api.tags.get(tag.Id as string))).UsageCount).toBe(1);
    const renamed = await firstValueFrom(api.tags.update(tag.Id as string, { Content: `${word}-renamed` }));
    expect(renamed.Content).toBe(`${word}-renamed`);
    await firstValueFrom(api.tags.delete(tag.Id as string));
    expect((await firstValueFrom(api.sessions.tags(sessionId))).Results.map((t) => t.Content)).toEqual(['BIO101']);
  });

  it('downloads a SCORM package and an admin report as files', async () => {
    const { sessionId } = await ownSession();
    const zip = await firstValueFrom(api.sessions.scormManifest(sessionId, 'Embed'));
    expect(zip.type).toBe('application/zip');
    expect(new Uint8Array(await zip.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    token = await emulatorToken(emulator, 'admin');
    // The emulator's viewing report (README, "Emulator": report ids).
    const report = await firstValueFrom(api.reports.get('5f784bb0-8c03-5824-9a43-8e04d401e59c'));
    expect((await report.text()).split('\r\n')[0]).toContain('SessionId,SessionName,UserId');
    const missing = await firstValueFrom(api.reports.get('2b8b3a1e-0000-4000-8000-000000000000')).catch((e: unknown) => e);
    expect((missing as PanoptoApiError).status).toBe(404);
  });

  it('streams the search index feed page by page and resumes from its last position', async () => {
    token = await emulatorToken(emulator, 'admin');
    const from = new Date(0);
    const everything = await firstValueFrom(
      api.searchIndexSync.changes({ from, pollIntervalMs: 0, priority: 'background' }).pipe(toArray()),
    );
    expect(everything.length).toBeGreaterThan(1000);
    const stream = api.searchIndexSync.changes({ from, pollIntervalMs: 0 });
    // 150 changes: the first page of 100 is behind, the second in progress.
    const first = await firstValueFrom(stream.pipe(take(150), toArray()));
    const rest = await firstValueFrom(stream.pipe(toArray()));
    // At least once: the page in progress is read again, never the pages before it.
    expect(rest.length).toBe(everything.length - 100);
    const seen = new Set([...first, ...rest].map((c) => c.update.VideoId));
    expect(seen.size).toBe(new Set(everything.map((c) => c.update.VideoId)).size);
    const saved = everything[everything.length - 1].position;
    expect(saved.nextToken).toBeNull();
    const afterEnd = await firstValueFrom(api.searchIndexSync.changes({ from: saved, pollIntervalMs: 0 }).pipe(toArray()));
    expect(afterEnd.length).toBeLessThan(5);
    const content = await firstValueFrom(api.searchIndexSync.content(everything[0].update.VideoId));
    expect(typeof content.Deleted).toBe('boolean');
  });
});
