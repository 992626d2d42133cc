import { Subject, throwError } from 'rxjs';
import { ScriptedBackend, f, id } from '../testing-support/scripted-folder-backend';
import { FolderPermissions } from './folder-permissions';

describe('FolderPermissions', () => {
  let backend: ScriptedBackend;
  let until: Subject<void>;
  let changed: jasmine.Spy;
  let children: Array<{ id: string }>;
  let permissions: FolderPermissions;
  const page = jasmine.objectContaining({ folderId: id(1) });

  beforeEach(() => {
    backend = new ScriptedBackend();
    until = new Subject<void>();
    changed = jasmine.createSpy('changed');
    children = [{ id: id(11) }, { id: id(12) }, { id: id(13) }];
    permissions = new FolderPermissions(backend, () => children, until, changed);
  });

  it('asks for every canCreate page of the parent (background calls) and answers all loaded siblings', () => {
    const pages = spyOn(backend, 'childrenPage').and.callThrough();
    permissions.resolve(id(11), id(1));
    expect(pages).toHaveBeenCalledWith(id(1), 0, { canCreate: true, background: true });
    backend.answer(0, [f(11, 'A', 1)]);
    expect(pages).toHaveBeenCalledWith(id(1), 1, { canCreate: true, background: true });
    backend.answer(1, [f(13, 'C', 1)]);
    expect(permissions.allows(id(11))).toBeFalse(); // not before the listing ends
    backend.answer(2, []);
    expect([permissions.allows(id(11)), permissions.allows(id(12)), permissions.allows(id(13))]).toEqual([
      true,
      false,
      true,
    ]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('shares one request per parent and asks no more once the answer is known', () => {
    permissions.resolve(id(11), id(1));
    permissions.resolve(id(12), id(1));
    backend.answer(0, []);
    permissions.resolve(id(13), id(1));
    expect(backend.calls).toEqual([page]);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('treats a failed check as "not allowed"; grant and clear', () => {
    spyOn(backend, 'childrenPage').and.returnValue(throwError(() => new Error('Down')));
    permissions.resolve(id(11), id(1));
    expect(permissions.allows(id(11))).toBeFalse();
    permissions.grant(id(99));
    expect(permissions.allows(id(99))).toBeTrue();
    permissions.clear();
    expect(permissions.allows(id(99))).toBeFalse();
  });

  it('stops delivering answers once `until` fires', () => {
    permissions.resolve(id(11), id(1));
    until.next();
    backend.answer(0, [f(11, 'A', 1)]);
    backend.answer(1, []);
    expect(changed).not.toHaveBeenCalled();
    expect(permissions.allows(id(11))).toBeFalse();
  });
});

describe('FolderPermissions policy (hideManagement, canManage)', () => {
  it('asks Panopto only for canManage="auto", decides alone for true / false, and offers nothing when hidden', () => {
    const backend = new ScriptedBackend();
    const policy = { hidden: false, canManage: 'auto' as boolean | 'auto' };
    const permissions = new FolderPermissions(
      backend,
      () => [],
      new Subject<void>(),
      () => undefined,
      () => policy,
    );
    expect([permissions.visible, permissions.mayManage(id(11))]).toEqual([true, false]);
    policy.canManage = true;
    permissions.check(id(11), id(1));
    expect(backend.calls.length).toBe(0);
    expect(permissions.mayManage(id(11))).toBeTrue();
    policy.canManage = false;
    expect([permissions.visible, permissions.mayManage(id(11))]).toEqual([false, false]);
    policy.canManage = 'auto';
    policy.hidden = true;
    permissions.check(id(11), id(1));
    expect(backend.calls.length).toBe(0);
    policy.hidden = false;
    permissions.check(id(11), id(1));
    expect(backend.calls.length).toBe(1);
  });
});
