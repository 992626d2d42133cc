import { HttpBackend, HttpErrorResponse, HttpEvent, HttpHeaders, HttpRequest, HttpResponse } from '@angular/common/http';
import { Observable } from 'rxjs';

/** What the in-memory Panopto of a gallery state answers. */
export type RecordingsStateMode = 'loaded' | 'loading' | 'empty' | 'forbidden' | 'error';

const SERVER = 'http://localhost:4300';
/** Sample ids (fixed, so the gallery looks the same on every machine). */
export const SAMPLE_SESSION = 'a1000000-0000-4000-8000-000000000001';
const FOLDER = { Id: 'f1000000-0000-4000-8000-000000000001', Name: 'BIO101 2026 Semester 1' };
const OTHER_FOLDER = { Id: 'f1000000-0000-4000-8000-000000000002', Name: 'BIO101 2026 Semester 2' };
const STUDENT = { Id: 'b1000000-0000-4000-8000-000000000001', Username: 'sam.student' };
const GROUP = { Id: 'c1000000-0000-4000-8000-000000000001', Name: 'BIO101 2026 Semester 1 – Students' };

function session(n: number, name: string, seen: number): Record<string, unknown> {
  const id = `a1000000-0000-4000-8000-00000000000${n}`;
  return {
    Id: id,
    Name: name,
    Description: `${name}, recorded in the lecture theatre.`,
    Duration: 600,
    StartTime: '2026-03-02T09:00:00Z',
    Folder: FOLDER.Id,
    FolderDetails: FOLDER,
    MostRecentViewPosition: Math.round(seen * 6),
    PercentCompleted: seen,
    Urls: {
      ViewerUrl: `${SERVER}/Panopto/Pages/Viewer.aspx?id=${id}`,
      EditorUrl: `${SERVER}/Panopto/Pages/Editor/Editor.aspx?id=${id}`,
      ThumbnailUrl: '',
    },
  };
}

/**
 * A tiny Panopto for the recordings gallery: the real components and the real `PanoptoApi`, with only the HTTP
 * answered from memory (and edits kept), so each state looks exactly as users will see it.
 */
export class InMemoryRecordings implements HttpBackend {
  private readonly sessions = [session(1, 'BIO101 Week 1 Lecture 1', 42), session(2, 'BIO101 Week 2 Lecture 1', 80)];
  private access = { Level: 'Restricted', IsInherited: true };
  private tags = ['BIO101', 'Week 1'];
  private viewers: unknown[] = [
    { IsInherited: false, Principal: { Id: STUDENT.Id, Type: 'User' }, Role: { Name: 'Viewer' } },
    { IsInherited: true, Principal: { Id: GROUP.Id, Type: 'Group' }, Role: { Name: 'Viewer' } },
  ];

  constructor(private readonly mode: RecordingsStateMode) {
    if (mode === 'empty') {
      this.tags = [];
      this.viewers = [];
    }
  }

  handle(req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return new Observable<HttpEvent<unknown>>((observer) => {
      if (this.mode === 'loading') return; // never answers
      const url = new URL(req.urlWithParams);
      const path = url.pathname.replace(/^.*\/Panopto\/api\/v1/, '');
      const page = Number(url.searchParams.get('pageNumber') ?? 0);
      const { status, body } = this.answer(req.method, path, req.body as Record<string, unknown> | null, page);
      if (status >= 400) {
        observer.error(
          new HttpErrorResponse({ status, statusText: 'Error', error: body, url: req.urlWithParams, headers: new HttpHeaders() }),
        );
        return;
      }
      observer.next(new HttpResponse({ status, body, url: req.urlWithParams }));
      observer.complete();
    });
  }

  private answer(
    method: string,
    path: string,
    body: Record<string, unknown> | null,
    page: number,
  ): { status: number; body: unknown } {
    const error = (status: number, message: string) => ({
      status,
      body: { Error: { ErrorCode: status === 403 ? 'Forbidden' : 'InternalError', Message: message, Success: false, ErrorSource: 'PublicAPI' } },
    });
    if (this.mode === 'forbidden') return error(403, 'User does not have permission to access this session.');
    if (this.mode === 'error') return error(500, 'The recording service is not answering.');
    const ok = (value: unknown) => ({ status: 200, body: value });
    const tagList = () => ok({ Results: this.tags.map((Content, i) => ({ Id: `d1000000-0000-4000-8000-00000000000${i}`, Content, UsageCount: 3, CreateDate: '2026-03-01T00:00:00Z' })) });
    const route = `${method} ${path.replace(/[0-9a-f-]{36}/g, '{id}')}`;
    switch (route) {
      case 'GET /users/me/sessions/viewed':
        return ok({ Results: this.mode === 'empty' ? [] : this.sessions });
      case 'GET /sessions/{id}':
        return ok(this.sessions[0]);
      case 'PUT /sessions/{id}':
        Object.assign(this.sessions[0], body ?? {});
        return ok(this.sessions[0]);
      case 'GET /sessions/{id}/settings/access':
        return ok(this.access);
      case 'PUT /sessions/{id}/settings/access':
        this.access = { Level: String(body?.['Level']), IsInherited: body?.['Level'] === 'Restricted' };
        return ok(this.access);
      case 'GET /sessions/{id}/tags':
        return tagList();
      case 'PUT /sessions/{id}/tags':
        this.tags = (body?.['Tags'] as string[]) ?? [];
        return tagList();
      case 'GET /tags':
        return ok({ Results: ['BIO101', 'Week 1', 'Exam revision', 'Lab'].map((Content, i) => ({ Id: `d2000000-0000-4000-8000-00000000000${i}`, Content, UsageCount: 9 - i, CreateDate: '2026-03-01T00:00:00Z' })) });
      case 'GET /sessions/{id}/permissions':
        return ok({ Results: page > 0 ? [] : this.viewers });
      case 'POST /sessions/{id}/permissions':
        return ok({ IsInherited: false, Principal: { Id: body?.['PrincipalId'], Type: body?.['PrincipalType'] }, Role: { Name: 'Viewer' } });
      case 'DELETE /sessions/{id}/permissions':
        return ok({ PrincipalId: STUDENT.Id, PrincipalType: 'User', RoleType: 'None' });
      case 'GET /users/search':
        return ok({ Results: [STUDENT] });
      case 'GET /groups/search':
        return ok({ Results: [GROUP] });
      case 'GET /folders/search':
        return ok({ Results: [FOLDER, OTHER_FOLDER] });
      case 'POST /sessions/{id}/sessioncopy':
        return ok({ NewSessionId: 'a1000000-0000-4000-8000-000000000009', NewDeliveryId: 'a1000000-0000-4000-8000-000000000009' });
      default:
        return error(404, `The gallery's in-memory Panopto does not answer ${route}.`);
    }
  }
}
