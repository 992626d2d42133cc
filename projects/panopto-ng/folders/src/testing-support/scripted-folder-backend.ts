// Spec helper (excluded from the library build, like every testing-support folder): a folder backend whose
// children pages are answered by hand, and deterministic test folders.
import { Observable, Subject, of, throwError } from 'rxjs';
import { PanoptoFolderBackend, SessionPageRequest } from '../folder-backend';
import { PanoptoFolderShape, PanoptoSessionShape } from '../panopto-models';

/** A deterministic folder GUID from a number. */
export const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/** A folder as Panopto lists it; `parent` fills `ParentFolder`. */
export const f = (n: number, name: string, parent?: number): PanoptoFolderShape => ({
  Id: id(n),
  Name: name,
  ParentFolder: parent ? { Id: id(parent), Name: `P${parent}` } : null,
});

/** A backend whose children pages are answered by hand through Subjects. */
export class ScriptedBackend extends PanoptoFolderBackend {
  readonly calls: Array<{ folderId: string; page: number; subject: Subject<PanoptoFolderShape[]> }> = [];
  update = jasmine
    .createSpy('updateFolder')
    .and.callFake((folderId: string, changes: { Name?: string }) => of({ Id: folderId, Name: changes.Name ?? '' }));
  remove = jasmine.createSpy('deleteFolder').and.returnValue(of(undefined));
  childrenPage(
    folderId: string,
    page: number,
    _options?: { canCreate?: boolean; background?: boolean },
  ): Observable<PanoptoFolderShape[]> {
    const subject = new Subject<PanoptoFolderShape[]>();
    this.calls.push({ folderId, page, subject });
    return subject;
  }
  answer(index: number, folders: PanoptoFolderShape[]): void {
    this.calls[index].subject.next(folders);
    this.calls[index].subject.complete();
  }
  getFolder(_folderId: string): Observable<PanoptoFolderShape> {
    return throwError(() => new Error('unused'));
  }
  searchFolders(_query: string): Observable<PanoptoFolderShape[]> {
    return of([]);
  }
  createFolder(name: string, parentId: string | null): Observable<PanoptoFolderShape> {
    return of({ Id: id(999), Name: name, ParentFolder: parentId ? { Id: parentId, Name: '' } : null });
  }
  updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Observable<PanoptoFolderShape> {
    return this.update(folderId, changes);
  }
  deleteFolder(folderId: string): Observable<void> {
    return this.remove(folderId);
  }
  sessionsPage(_folderId: string, _request: SessionPageRequest): Observable<PanoptoSessionShape[]> {
    return of([]);
  }
}
