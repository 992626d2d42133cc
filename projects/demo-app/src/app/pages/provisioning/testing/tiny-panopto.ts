// Just enough of Panopto's REST v1 for the course sync, in memory: folders, folder permissions and the user
// search. The page spec answers the real PanoptoApi's requests with it through HttpTestingController, so the
// page, the sync service, the planner and the REST core all run as in the app.
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ROOT_FOLDER_ID } from 'panopto-ng';

interface TinyFolder {
  Id: string;
  Name: string;
  Description: string | null;
  parentId: string;
}

interface TinyPermission {
  IsInherited: false;
  Principal: { Id: string; Type: string };
  Role: { Name: string };
}

/** How a call fails: Panopto's status and APIError message. */
export interface TinyFailure {
  status: number;
  message: string;
}

export class TinyPanopto {
  readonly folders: TinyFolder[] = [];
  /** `METHOD /path` of every call answered, in order. */
  readonly calls: string[] = [];
  /** `Authorization` header of every call answered, in order. */
  readonly authorizations: (string | null)[] = [];
  /** Make a call fail: return a failure for `METHOD /path`, or undefined to answer it. */
  failWhen: (call: string) => TinyFailure | undefined = () => undefined;
  private readonly permissions = new Map<string, TinyPermission[]>();
  private lastId = 0;

  /** `usernames` are the accounts the user search finds. */
  constructor(private readonly apiBaseUrl: string, private readonly usernames: readonly string[]) {}

  /** Answers every pending API request, turn after turn, until `done()` holds. */
  async serveUntil(http: HttpTestingController, done: () => boolean, what: string): Promise<void> {
    for (let turn = 0; turn < 500; turn++) {
      for (const request of http.match((r) => r.url.startsWith(`${this.apiBaseUrl}/`))) this.answer(request);
      if (done()) return;
      await new Promise((resolve) => setTimeout(resolve));
    }
    throw new Error(`Timed out waiting until ${what}; the last calls were ${this.calls.slice(-3).join(', ')}.`);
  }

  private answer(request: TestRequest): void {
    const { method, params, body, headers } = request.request;
    const path = request.request.url.slice(this.apiBaseUrl.length);
    const call = `${method} ${path}`;
    this.calls.push(call);
    this.authorizations.push(headers.get('Authorization'));
    const failure = this.failWhen(call);
    if (failure) {
      request.flush(
        { Error: { ErrorCode: 'Failed', Message: failure.message, Success: false } },
        { status: failure.status, statusText: 'Failed' },
      );
      return;
    }
    const firstPage = <T>(items: T[]) => ({ Results: Number(params.get('pageNumber') ?? 0) === 0 ? items : [] });
    const folderId = /^\/folders\/([^/]+)/.exec(path)?.[1] ?? '';
    const fields = (body ?? {}) as { Name?: string; Description?: string; Parent?: string };
    const grant = (body ?? {}) as { PrincipalId?: string; PrincipalType?: string; RoleType?: string };

    if (method === 'GET' && path.endsWith('/children')) {
      request.flush(firstPage(this.folders.filter((f) => f.parentId === folderId).map((f) => this.view(f))));
    } else if (method === 'POST' && path === '/folders') {
      const folder: TinyFolder = {
        Id: this.newId(),
        Name: fields.Name ?? '',
        Description: fields.Description ?? null,
        parentId: (fields.Parent ?? ROOT_FOLDER_ID).toLowerCase(),
      };
      this.folders.push(folder);
      request.flush(this.view(folder));
    } else if (method === 'GET' && path.endsWith('/permissions')) {
      request.flush(firstPage(this.permissions.get(folderId) ?? []));
    } else if (method === 'POST' && path.endsWith('/permissions')) {
      const permission: TinyPermission = {
        IsInherited: false,
        Principal: { Id: grant.PrincipalId ?? '', Type: grant.PrincipalType ?? 'User' },
        Role: { Name: grant.RoleType ?? '' },
      };
      this.permissions.set(folderId, [...(this.permissions.get(folderId) ?? []), permission]);
      request.flush(permission);
    } else if (method === 'DELETE' && path.endsWith('/permissions')) {
      const kept = (this.permissions.get(folderId) ?? []).filter(
        (p) => p.Principal.Id !== params.get('PrincipalId') || p.Role.Name !== params.get('RoleType'),
      );
      this.permissions.set(folderId, kept);
      request.flush(null);
    } else if (method === 'GET' && path === '/users/search') {
      const query = (params.get('searchQuery') ?? '').toLowerCase();
      const index = this.usernames.indexOf(query);
      request.flush({ Results: index < 0 ? [] : [{ Id: this.userId(index), Username: query }] });
    } else if (method === 'GET' && path === '/groups/search') {
      request.flush({ Results: [] });
    } else {
      request.flush(
        { Error: { ErrorCode: 'NotFound', Message: `TinyPanopto does not serve ${call}.`, Success: false } },
        { status: 404, statusText: 'Not Found' },
      );
    }
  }

  private view(folder: TinyFolder): object {
    return { Id: folder.Id, Name: folder.Name, Description: folder.Description, ParentFolder: { Id: folder.parentId } };
  }

  private newId(): string {
    return `f0000000-0000-4000-8000-${String(++this.lastId).padStart(12, '0')}`;
  }

  private userId(index: number): string {
    return `a0000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
  }
}
