import { applyPlan } from './apply-plan';
import { courseMarker, PATH_MARKER } from './folder-marker';
import { renderFolderPath, SyncTemplateError } from './folder-template';
import { readCurrentState } from './read-current-state';
import { resolveDesiredState } from './resolve-principals';
import { DesiredState, SyncPlan } from './sync-model';
import { plan } from './sync-planner';
import { FakeSyncBackend } from './testing/fake-sync-backend';

const ANN = 'a0000000-0000-4000-8000-000000000001';
const BOB = 'b0000000-0000-4000-8000-000000000002';
const TEA = 'c0000000-0000-4000-8000-000000000003';
const OUTSIDER = 'd0000000-0000-4000-8000-000000000004';
const STAFF = 'e0000000-0000-4000-8000-000000000005';
const TEMPLATE = '{faculty}/{unit} {name}/{period}';

function desired(overrides: Partial<DesiredState> = {}): DesiredState {
  return {
    template: TEMPLATE,
    courses: [
      {
        externalId: 'BIO101-2026S1',
        name: 'Biology',
        period: '2026 S1',
        fields: { faculty: 'Science', unit: 'BIO101' },
        members: [
          { principal: { username: 'ann' }, role: 'Viewer' },
          { principal: { username: 'tea' }, role: 'Creator' },
        ],
      },
      {
        externalId: 'HIS200-2026S1',
        name: 'History',
        period: '2026 S1',
        fields: { faculty: 'Arts', unit: 'HIS200' },
        members: [{ principal: { groupName: 'History staff' }, role: 'Publisher' }],
      },
    ],
    managedPrincipals: [{ username: 'bob' }],
    ...overrides,
  };
}

function backend(): FakeSyncBackend {
  const b = new FakeSyncBackend();
  b.users.set('ann', ANN);
  b.users.set('bob', BOB);
  b.users.set('tea', TEA);
  b.groups.set('History staff', STAFF);
  return b;
}

async function planFor(b: FakeSyncBackend, d: DesiredState): Promise<SyncPlan> {
  return plan(await resolveDesiredState(d, b), await readCurrentState(b, b.rootId));
}

const summary = (p: SyncPlan): string[] => p.ops.map((o) => `${o.kind} ${o.id}`);

describe('sync planner', () => {
  it('renders folder paths from the template and rejects unknown fields and empty levels', () => {
    const course = desired().courses[0];
    expect(renderFolderPath(TEMPLATE, course)).toEqual(['Science', 'BIO101 Biology', '2026 S1']);
    expect(renderFolderPath('{name}', { ...course, name: 'A/B  testing' })).toEqual(['A-B testing']);
    expect(() => renderFolderPath('{campus}/{name}', course)).toThrowError(SyncTemplateError, /\{campus\}/);
    expect(() => renderFolderPath('{faculty}/{name}', { ...course, fields: { faculty: ' ' } })).toThrowError(
      SyncTemplateError,
      /level 1/,
    );
  });

  it('creates every missing level, the course folders and their grants, each with a reason', async () => {
    const b = backend();
    const p = await planFor(b, desired());
    expect(summary(p)).toEqual([
      'create-folder create:Science',
      'create-folder create:Science/BIO101 Biology',
      'create-folder create-course:BIO101-2026S1',
      `grant grant:BIO101-2026S1:User:${ANN}:Viewer`,
      `grant grant:BIO101-2026S1:User:${TEA}:Creator`,
      'create-folder create:Arts',
      'create-folder create:Arts/HIS200 History',
      'create-folder create-course:HIS200-2026S1',
      `grant grant:HIS200-2026S1:Group:${STAFF}:Publisher`,
    ]);
    const course = p.ops[2];
    expect(course.kind === 'create-folder' && course.description).toBe(courseMarker('BIO101-2026S1'));
    expect(course.dependsOn).toEqual(['create:Science/BIO101 Biology']);
    expect(p.ops[3].dependsOn).toEqual(['create-course:BIO101-2026S1']);
    expect(p.ops[3].reason).toContain('ann is enrolled in BIO101-2026S1 as Viewer');
    for (const op of p.ops) expect(op.reason.length).withContext(op.id).toBeGreaterThan(20);
  });

  it('reuses existing levels by name and is empty once applied (idempotent)', async () => {
    const b = backend();
    b.addFolder('Science', b.rootId);
    const first = await planFor(b, desired());
    expect(summary(first)).not.toContain('create-folder create:Science');
    const report = await applyPlan(first, b);
    expect(report.counts.failed).toBe(0);
    expect(b.findByPath('Science/BIO101 Biology/2026 S1')).toBeDefined();
    const second = await planFor(b, desired());
    expect(second.ops).toEqual([]);
    const callsBefore = b.calls.filter((c) => !c.startsWith('children') && !c.startsWith('permissions')).length;
    await applyPlan(second, b);
    expect(b.calls.filter((c) => !c.startsWith('children') && !c.startsWith('permissions')).length).toBe(callsBefore);
  });

  it('renames a course folder found by its marker when the name changes', async () => {
    const b = backend();
    await applyPlan(await planFor(b, desired()), b);
    const d = desired();
    d.courses[0].period = '2026 Semester 1';
    const p = await planFor(b, d);
    expect(summary(p)).toEqual(['rename rename:BIO101-2026S1:2026 Semester 1']);
    expect(p.ops[0].reason).toContain('"2026 S1"');
    await applyPlan(p, b);
    expect(b.findByPath('Science/BIO101 Biology/2026 Semester 1')).toBeDefined();
    expect((await planFor(b, d)).ops).toEqual([]);
  });

  it('moves a course folder when its template path changes, creating the new parent first', async () => {
    const b = backend();
    await applyPlan(await planFor(b, desired()), b);
    const courseId = b.findByPath('Science/BIO101 Biology/2026 S1') as string;
    const d = desired();
    d.courses[0].fields = { faculty: 'Life Sciences', unit: 'BIO101' };
    const p = await planFor(b, d);
    expect(summary(p)).toEqual([
      'create-folder create:Life Sciences',
      'create-folder create:Life Sciences/BIO101 Biology',
      'move move:BIO101-2026S1:Life Sciences/BIO101 Biology',
    ]);
    expect(p.ops[2].dependsOn).toEqual(['create:Life Sciences/BIO101 Biology']);
    await applyPlan(p, b);
    expect(b.pathOf(courseId)).toBe('Life Sciences/BIO101 Biology/2026 S1');
    expect(b.directOf(courseId)).toEqual([`User:${ANN}:Viewer`, `User:${TEA}:Creator`].sort());
    expect((await planFor(b, d)).ops).toEqual([]);
  });

  it('revokes roles of managed principals no longer enrolled, grants role changes', async () => {
    const b = backend();
    await applyPlan(await planFor(b, desired()), b);
    const courseId = b.findByPath('Science/BIO101 Biology/2026 S1') as string;
    b.addPermission(courseId, BOB, 'Viewer'); // bob is managed (managedPrincipals) but not enrolled
    const d = desired();
    d.courses[0].members = [{ principal: { username: 'ann' }, role: 'Creator' }];
    const p = await planFor(b, d);
    expect(summary(p)).toEqual([
      `grant grant:BIO101-2026S1:User:${ANN}:Creator`,
      `revoke revoke:BIO101-2026S1:User:${ANN}:Viewer`,
      `revoke revoke:BIO101-2026S1:User:${BOB}:Viewer`,
    ]);
    expect(p.ops[2].reason).toContain('bob has Viewer');
    // tea left every course and is not in managedPrincipals: no longer known to the app, so left alone.
    expect(p.notes.join('\n')).toContain(`User ${TEA} has Creator`);
    await applyPlan(p, b);
    expect(b.directOf(courseId)).toEqual([`User:${ANN}:Creator`, `User:${TEA}:Creator`]);
    d.managedPrincipals = [{ username: 'bob' }, { username: 'tea' }];
    const withTea = await planFor(b, d);
    expect(summary(withTea)).toEqual([`revoke revoke:BIO101-2026S1:User:${TEA}:Creator`]);
    await applyPlan(withTea, b);
    expect((await planFor(b, d)).ops).toEqual([]);
  });

  it('leaves unmanaged folders, unmanaged principals, custom roles and inherited permissions alone', async () => {
    const b = backend();
    const scienceId = b.addFolder('Science', b.rootId);
    b.addPermission(scienceId, BOB, 'Viewer'); // inherited by everything below: never revoked
    const stray = b.addFolder('Staff room', b.rootId, 'Not a course');
    b.addPermission(stray, BOB, 'Viewer');
    const retired = b.addFolder('Old course', b.rootId, courseMarker('OLD-2020'));
    await applyPlan(await planFor(b, desired()), b);
    const courseId = b.findByPath('Science/BIO101 Biology/2026 S1') as string;
    b.addPermission(courseId, OUTSIDER, 'Creator'); // added by hand in Panopto: not ours
    b.addPermission(courseId, BOB, 'Reviewer'); // custom role
    const p = await planFor(b, desired());
    expect(p.ops).toEqual([]);
    expect(p.notes.join('\n')).toContain(`User ${OUTSIDER} has Creator`);
    expect(p.notes.join('\n')).toContain('custom role "Reviewer"');
    expect(p.notes.join('\n')).toContain('Course OLD-2020 ("Old course") is not in the desired state');
    expect(b.directOf(stray)).toEqual([`User:${BOB}:Viewer`]);
    expect(b.directOf(scienceId)).toEqual([`User:${BOB}:Viewer`]);
    expect(b.folders.has(retired)).toBeTrue();
    // A folder named like a level but carrying a course marker is never reused as a level.
    expect(b.folders.get(b.findByPath('Science') as string)?.Description).toBeNull();
  });

  it('does not revoke a permission that is only inherited, even for a managed principal', async () => {
    const b = backend();
    await applyPlan(await planFor(b, desired()), b);
    const unitId = b.findByPath('Science/BIO101 Biology') as string;
    b.addPermission(unitId, BOB, 'Viewer');
    expect((await planFor(b, desired())).ops).toEqual([]);
  });

  it('reports unresolved usernames as notes and still plans the rest', async () => {
    const b = backend();
    const d = desired();
    d.courses[0].members.push({ principal: { username: 'nobody' }, role: 'Viewer' });
    d.courses[0].members.push({ principal: { id: 'not-a-guid', type: 'User' }, role: 'Viewer' });
    const p = await planFor(b, d);
    expect(p.notes).toContain('Course BIO101-2026S1: no user "nobody"; not granted.');
    expect(p.notes.some((n) => n.includes('not-a-guid'))).toBeTrue();
    expect(p.ops.filter((o) => o.kind === 'grant').length).toBe(3);
  });

  it('looks each username up once however many courses use it', async () => {
    const b = backend();
    const d = desired();
    d.courses[1].members.push({ principal: { username: 'ann' }, role: 'Viewer' });
    await resolveDesiredState(d, b);
    expect(b.calls.filter((c) => c === 'users ann').length).toBe(1);
  });

  it('gives the same plan id to the same changes and a different one otherwise', async () => {
    const b = backend();
    const a = await planFor(b, desired());
    const again = await planFor(b, desired());
    expect(again.id).toBe(a.id);
    const d = desired();
    d.courses.pop();
    expect((await planFor(b, d)).id).not.toBe(a.id);
  });

  it('marks path levels it creates', async () => {
    const b = backend();
    await applyPlan(await planFor(b, desired()), b);
    expect(b.folders.get(b.findByPath('Arts') as string)?.Description).toBe(PATH_MARKER);
  });
});
