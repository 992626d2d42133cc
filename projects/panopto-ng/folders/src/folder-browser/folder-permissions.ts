import { EMPTY, Observable, catchError, expand, of, reduce, shareReplay, takeUntil } from 'rxjs';
import { PanoptoFolderBackend } from '../folder-backend';

/** The browser's inputs that decide whether Panopto is asked at all. */
export interface FolderPermissionPolicy {
  /** `hideManagement`: no management at all. */
  readonly hidden: boolean;
  /** `canManage`: `'auto'` asks Panopto; `true` / `false` decide for every folder. */
  readonly canManage: boolean | 'auto';
}

/**
 * Which folders the user may manage, as Panopto says: a folder is manageable when it is listed under its
 * parent by `GET /folders/{parent}/children?canCreate=true`. One request chain (all pages, as background
 * calls) per parent, shared and cached until {@link clear}; a failed check counts as "not allowed" (Panopto
 * still has the last word on every change). `policy` (the inputs) can decide without asking. Headless: the
 * browser asks, re-renders on `changed`.
 */
export class FolderPermissions {
  private readonly requests = new Map<string, Observable<ReadonlySet<string>>>();
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly backend: PanoptoFolderBackend,
    /** The loaded children of a folder (their answers are filled in from the same listing). */
    private readonly childrenOf: (parentId: string) => ReadonlyArray<{ readonly id: string }>,
    /** Stops delivering answers (the component's destruction). */
    private readonly until: Observable<void>,
    /** Called when answers arrived. */
    private readonly changed: () => void,
    private readonly policy: () => FolderPermissionPolicy = () => ({ hidden: false, canManage: 'auto' }),
  ) {}

  /** Whether management is offered at all (not hidden, not `canManage=false`). */
  get visible(): boolean {
    const { hidden, canManage } = this.policy();
    return !hidden && canManage !== false;
  }

  /** Whether the user may manage `folderId`, as far as known (`canManage=true`: always). */
  mayManage(folderId: string): boolean {
    if (!this.visible) return false;
    return this.policy().canManage === true || this.allows(folderId);
  }

  /** Asks Panopto about `folderId` (listed under `parentId`) when the policy is `'auto'` and it is not known yet. */
  check(folderId: string, parentId: string): void {
    if (this.visible && this.policy().canManage === 'auto') this.resolve(folderId, parentId);
  }

  /** Forgets every answer and every cached request (after a refresh or a new root). */
  clear(): void {
    this.requests.clear();
    this.known.clear();
  }

  /** True once Panopto said the user may manage `folderId`. */
  allows(folderId: string): boolean {
    return this.known.get(folderId) === true;
  }

  /** Records that the user may manage `folderId` (a folder they just created). */
  grant(folderId: string): void {
    this.known.set(folderId, true);
  }

  /** Asks Panopto, unless the answer for `folderId` is known already, whether the user may manage it. */
  resolve(folderId: string, parentId: string): void {
    if (this.known.has(folderId)) return;
    let request = this.requests.get(parentId);
    if (!request) {
      const page = (n: number) => this.backend.childrenPage(parentId, n, { canCreate: true, background: true });
      request = page(0).pipe(
        expand((folders, i) => (folders.length ? page(i + 1) : EMPTY)),
        reduce((ids, folders) => {
          folders.forEach((f) => ids.add(f.Id));
          return ids;
        }, new Set<string>()),
        catchError(() => of(new Set<string>())),
        shareReplay(1),
      );
      this.requests.set(parentId, request);
    }
    request.pipe(takeUntil(this.until)).subscribe((ids) => {
      for (const child of this.childrenOf(parentId)) this.known.set(child.id, ids.has(child.id));
      if (!this.known.has(folderId)) this.known.set(folderId, ids.has(folderId));
      this.changed();
    });
  }
}
