import {
  HttpBackend,
  HttpErrorResponse,
  HttpEvent,
  HttpHeaders,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { Observable } from 'rxjs';
import { PanoptoClock, ROOT_FOLDER_ID as ROOT, systemClock } from 'panopto-ng/core';

/** A folder of the in-memory tenant. */
export interface InMemoryFolder {
  Id: string;
  Name: string;
  Description?: string;
  /** Parent id; the root GUID (or omitted) for top-level folders. */
  Parent?: string;
}

/** A session of the in-memory tenant. */
export interface InMemorySession {
  Id: string;
  Name: string;
  Folder: string;
  Duration?: number;
  StartTime?: string;
  ThumbnailUrl?: string;
}

/** One request the fake answered, for assertions. */
export interface InMemoryRequestRecord {
  method: string;
  /** Path below `/Panopto/api/v1`, e.g. `/folders/<id>/children`. */
  path: string;
  params: Record<string, string>;
  status: number;
}

/** A fault to inject: the next `times` requests matching `method` and `path` fail with `status`. */
export interface InMemoryFault {
  method?: string;
  /** Matched against the path below `/Panopto/api/v1`. */
  path: RegExp;
  status: number;
  message?: string;
  times?: number;
}

/** Options of {@link InMemoryPanoptoFolders}. */
export interface InMemoryPanoptoOptions {
  folders?: InMemoryFolder[];
  sessions?: InMemorySession[];
  /** Results per page (Panopto's real page size is not documented; 50 is what clients observe). */
  pageSize?: number;
  /** Milliseconds before each answer; 0 answers on the next macrotask. */
  latencyMs?: number;
  /** Ids of folders the signed-in user may create in (manage). Default: all. */
  creatableFolderIds?: Iterable<string> | 'all';
  /** Clock the answers wait on (`latencyMs`); pass a `FakePanoptoClock` to control it. Default: real time. */
  clock?: PanoptoClock;
}

/**
 * An in-memory Panopto tenant for the folder REST paths, as an Angular `HttpBackend`: the app's real
 * `HttpClient` (and `panopto-ng`'s REST client) talk to it as they would to Panopto, with paging, `canCreate`
 * filtering, `APIError`-shaped errors, request recording and injectable faults. For component tests and
 * design galleries.
 *
 * @example
 * ```ts
 * const panopto = new InMemoryPanoptoFolders({ folders: courseTree() });
 * TestBed.configureTestingModule({ providers: [provideHttpClient(), { provide: HttpBackend, useValue: panopto }, ...] });
 * ```
 */
export class InMemoryPanoptoFolders implements HttpBackend {
  readonly requests: InMemoryRequestRecord[] = [];
  private readonly folders = new Map<string, InMemoryFolder>();
  private readonly sessions: InMemorySession[];
  private readonly faults: InMemoryFault[] = [];
  private creatable: Set<string> | 'all';
  private readonly clock: PanoptoClock;
  private nextId = 1;
  /** When true, answers wait until {@link release} is called (to observe loading states). */
  hold = false;
  private held: Array<() => void> = [];
  pageSize: number;
  latencyMs: number;

  constructor(options: InMemoryPanoptoOptions = {}) {
    for (const f of options.folders ?? []) this.folders.set(f.Id, { ...f, Parent: f.Parent ?? ROOT });
    this.sessions = [...(options.sessions ?? [])];
    this.pageSize = options.pageSize ?? 50;
    this.latencyMs = options.latencyMs ?? 0;
    this.clock = options.clock ?? systemClock;
    this.creatable =
      options.creatableFolderIds === undefined || options.creatableFolderIds === 'all'
        ? 'all'
        : new Set(options.creatableFolderIds);
  }

  /** Makes the next matching request(s) fail. */
  fail(fault: InMemoryFault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Lets every held answer go (see {@link hold}). */
  release(): void {
    const held = this.held;
    this.held = [];
    this.hold = false;
    held.forEach((go) => go());
  }

  /** Recorded requests whose path matches. */
  requestsTo(path: RegExp, method = 'GET'): InMemoryRequestRecord[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** The folder as stored now (to check what a change did). */
  folder(id: string): InMemoryFolder | undefined {
    const f = this.folders.get(id);
    return f ? { ...f } : undefined;
  }

  /** Sets which folders the user may manage. */
  setCreatable(ids: Iterable<string> | 'all'): void {
    this.creatable = ids === 'all' ? 'all' : new Set(ids);
  }

  handle(req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return new Observable<HttpEvent<unknown>>((observer) => {
      let cancelTimer: (() => void) | undefined;
      let cancelled = false;
      const answer = () => {
        if (cancelled) return;
        const { status, body } = this.route(req);
        if (status >= 400) {
          observer.error(
            new HttpErrorResponse({
              status,
              statusText: 'Error',
              error: body,
              url: req.urlWithParams,
              headers: new HttpHeaders(),
            }),
          );
        } else {
          observer.next(
            new HttpResponse({
              status,
              body: req.responseType === 'text' ? JSON.stringify(body) : body,
              url: req.urlWithParams,
            }),
          );
          observer.complete();
        }
      };
      const schedule = () => (cancelTimer = this.clock.setTimeout(answer, this.latencyMs));
      if (this.hold) this.held.push(schedule);
      else schedule();
      return () => {
        cancelled = true;
        cancelTimer?.();
      };
    });
  }

  private route(req: HttpRequest<unknown>): { status: number; body: unknown } {
    const url = new URL(req.urlWithParams);
    const marker = '/Panopto/api/v1';
    const at = url.pathname.indexOf(marker);
    const path = at >= 0 ? url.pathname.slice(at + marker.length) : url.pathname;
    const params: Record<string, string> = {};
    url.searchParams.forEach((v, k) => (params[k] = v));
    const result = this.answer(req.method, path, params, req.body);
    this.requests.push({ method: req.method, path, params, status: result.status });
    return result;
  }

  private answer(
    method: string,
    path: string,
    params: Record<string, string>,
    body: unknown,
  ): { status: number; body: unknown } {
    const fault = this.faults.find(
      (f) => (!f.method || f.method === method) && f.path.test(path) && (f.times ?? 1) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return apiError(fault.status, fault.message ?? `Injected fault (${fault.status}).`);
    }
    const page = Number(params['pageNumber'] ?? 0);
    const canCreate = params['canCreate'] === 'true';
    let m: RegExpMatchArray | null;
    if (method === 'GET' && (m = path.match(/^\/folders\/([^/]+)\/children$/))) {
      if (m[1] !== ROOT && !this.folders.has(m[1])) return apiError(404, 'Folder not found.');
      const children = [...this.folders.values()]
        .filter((f) => f.Parent === m![1] && (!canCreate || this.mayCreate(f.Id)))
        .sort((a, b) => a.Name.localeCompare(b.Name));
      return list(this.page(children, page).map((f) => this.toFolder(f)));
    }
    if (method === 'GET' && path === '/folders/search') {
      const q = (params['searchQuery'] ?? '').toLowerCase();
      if (!q) return apiError(400, 'searchQuery is required.');
      const hits = [...this.folders.values()].filter(
        (f) => f.Name.toLowerCase().includes(q) && (!canCreate || this.mayCreate(f.Id)),
      );
      return list(this.page(hits, page).map((f) => this.toFolder(f)));
    }
    if (method === 'GET' && (m = path.match(/^\/folders\/([^/]+)\/sessions$/))) {
      if (!this.folders.has(m[1])) return apiError(404, 'Folder not found.');
      const field = params['sortField'] === 'CreatedDate' ? 'StartTime' : 'Name';
      const sorted = this.sessions
        .filter((s) => s.Folder === m![1])
        .sort((a, b) => String(a[field] ?? '').localeCompare(String(b[field] ?? '')));
      if (params['sortOrder'] === 'Desc') sorted.reverse();
      return list(
        this.page(sorted, page).map((s) => ({
          Id: s.Id,
          Name: s.Name,
          Duration: s.Duration ?? null,
          StartTime: s.StartTime ?? null,
          Folder: s.Folder,
          Urls: {
            ViewerUrl: `https://panopto.test/Panopto/Pages/Viewer.aspx?id=${s.Id}`,
            ThumbnailUrl: s.ThumbnailUrl ?? null,
          },
        })),
      );
    }
    if ((m = path.match(/^\/folders\/([^/]+)$/))) {
      const folder = this.folders.get(m[1]);
      if (!folder) return apiError(404, 'Folder not found.');
      if (method === 'GET') return { status: 200, body: this.toFolder(folder) };
      if (!this.mayCreate(folder.Id)) return apiError(403, 'You do not have creator access to this folder.');
      if (method === 'DELETE') {
        this.deleteTree(folder.Id);
        return { status: 200, body: 'Deleted' };
      }
      if (method === 'PUT') {
        const update = (body ?? {}) as { Name?: string; Parent?: string };
        if (update.Name !== undefined && !update.Name.trim()) return apiError(400, 'Name cannot be empty.');
        if (update.Parent !== undefined) {
          if (update.Parent !== ROOT && !this.folders.has(update.Parent))
            return apiError(404, 'Destination folder not found.');
          if (update.Parent !== ROOT && !this.mayCreate(update.Parent))
            return apiError(403, 'You do not have creator access to the destination folder.');
          if (this.isWithin(update.Parent, folder.Id)) return apiError(400, 'A folder cannot be moved into itself.');
          folder.Parent = update.Parent;
        }
        if (update.Name !== undefined) folder.Name = update.Name;
        return { status: 200, body: this.toFolder(folder) };
      }
    }
    if (method === 'POST' && path === '/folders') {
      const create = (body ?? {}) as { Name?: string; Parent?: string };
      if (!create.Name?.trim()) return apiError(400, 'Name is required.');
      const parent = create.Parent ?? ROOT;
      if (parent !== ROOT && !this.folders.has(parent)) return apiError(404, 'Parent folder not found.');
      if (parent !== ROOT && !this.mayCreate(parent))
        return apiError(403, 'You do not have creator access to the parent folder.');
      const folder: InMemoryFolder = { Id: fakeGuid(0xf0000000 + this.nextId++), Name: create.Name, Parent: parent };
      this.folders.set(folder.Id, folder);
      if (this.creatable !== 'all') this.creatable.add(folder.Id);
      return { status: 200, body: this.toFolder(folder) };
    }
    return apiError(404, `No route for ${method} ${path}.`);
  }

  private page<T>(items: T[], page: number): T[] {
    return items.slice(page * this.pageSize, (page + 1) * this.pageSize);
  }

  private mayCreate(id: string): boolean {
    return this.creatable === 'all' || this.creatable.has(id);
  }

  private isWithin(candidate: string, ancestor: string): boolean {
    let cursor: string | undefined = candidate;
    while (cursor && cursor !== ROOT) {
      if (cursor === ancestor) return true;
      cursor = this.folders.get(cursor)?.Parent;
    }
    return false;
  }

  private deleteTree(id: string): void {
    for (const f of [...this.folders.values()]) if (f.Parent === id) this.deleteTree(f.Id);
    this.folders.delete(id);
  }

  private toFolder(f: InMemoryFolder): unknown {
    const parent = f.Parent && f.Parent !== ROOT ? this.folders.get(f.Parent) : undefined;
    return {
      Id: f.Id,
      Name: f.Name,
      Description: f.Description ?? null,
      ParentFolder: parent ? { Id: parent.Id, Name: parent.Name } : null,
      Urls: { FolderUrl: `https://panopto.test/Panopto/Pages/Sessions/List.aspx#folderID=${f.Id}` },
    };
  }
}

function list(results: unknown[]): { status: number; body: unknown } {
  return { status: 200, body: { Results: results } };
}

function apiError(status: number, message: string): { status: number; body: unknown } {
  return {
    status,
    body: {
      Error: { ErrorCode: String(status), Message: message, Success: false, ErrorSource: 'InMemoryPanoptoFolders' },
    },
  };
}

/** A deterministic GUID from a number (test data). */
export function fakeGuid(n: number): string {
  const hex = n.toString(16).padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Test data: a course tree (faculty → department → course → term → week), ids `fakeGuid(1…)`. */
export function courseTreeFixture(): { folders: InMemoryFolder[]; sessions: InMemorySession[] } {
  const folders: InMemoryFolder[] = [];
  const sessions: InMemorySession[] = [];
  let n = 1;
  const add = (Name: string, Parent: string = ROOT) => {
    const f = { Id: fakeGuid(n++), Name, Parent };
    folders.push(f);
    return f.Id;
  };
  for (const faculty of ['Arts', 'Engineering', 'Medicine', 'Science']) {
    const fac = add(faculty);
    for (const dept of ['Department A', 'Department B']) {
      const d = add(`${faculty} ${dept}`, fac);
      for (const course of ['101', '202']) {
        const c = add(`${faculty.slice(0, 3).toUpperCase()} ${course}`, d);
        const term = add('Autumn term', c);
        add('Week 1', term);
        add('Week 2', term);
      }
    }
  }
  const first = folders[0].Id;
  for (let i = 0; i < 7; i++) {
    sessions.push({
      Id: fakeGuid(0x5e000000 + i),
      Name: `Lecture ${String(i + 1).padStart(2, '0')}`,
      Folder: first,
      Duration: 600 + i * 431,
      StartTime: new Date(Date.UTC(2026, 8, 1 + i, 9)).toISOString(),
    });
  }
  return { folders, sessions };
}

/** Test data: one top-level folder named `Huge` with `count` children. */
export function hugeFolderFixture(count: number): { hugeId: string; folders: InMemoryFolder[] } {
  const hugeId = fakeGuid(0xaaaa0000);
  const folders: InMemoryFolder[] = [{ Id: hugeId, Name: 'Huge' }];
  for (let i = 0; i < count; i++)
    folders.push({ Id: fakeGuid(0xbb000000 + i), Name: `Child ${String(i).padStart(5, '0')}`, Parent: hugeId });
  return { hugeId, folders };
}
