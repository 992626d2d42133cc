import { applyPlan } from './apply-plan';
import { coursesWithCopies, readCurrentState } from './read-current-state';
import { resolveDesiredState } from './resolve-principals';
import { DesiredState, SyncPlan } from './sync-model';
import { plan } from './sync-planner';
import { SyncTemplateError } from './folder-template';
import { FakeSyncBackend } from './testing/fake-sync-backend';

const LAST_YEAR = 'BIO101-2025S2';
const THIS_YEAR = 'BIO101-2026S2';

function desired(overrides: Partial<DesiredState> = {}): DesiredState {
  return {
    template: '{unit}/{period}',
    folderAccessLevel: 'Organization',
    courses: [
      { externalId: LAST_YEAR, name: 'Biology', period: '2025 S2', fields: { unit: 'BIO101' }, members: [] },
      {
        externalId: THIS_YEAR,
        name: 'Biology',
        period: '2026 S2',
        fields: { unit: 'BIO101' },
        members: [],
        copySessionsFrom: LAST_YEAR,
      },
    ],
    ...overrides,
  };
}

async function planFor(b: FakeSyncBackend, d: DesiredState): Promise<SyncPlan> {
  return plan(await resolveDesiredState(d, b), await readCurrentState(b, b.rootId, 2, { sessionsOf: coursesWithCopies(d) }));
}

/** Last year's course exists with two recordings; this year's does not yet. */
async function lastYearOnly(b: FakeSyncBackend): Promise<string> {
  await applyPlan(await planFor(b, desired({ courses: [desired().courses[0]], folderAccessLevel: undefined })), b);
  const folder = b.findByPath('BIO101/2025 S2') as string;
  b.addSession(folder, 'Week 1 Cells');
  b.addSession(folder, 'Week 2 Genetics');
  return folder;
}

describe('sync planner: access level of new course folders and copies of an earlier course', () => {
  it('plans the level for a new course folder and Reference copies of every earlier session, shown before applying', async () => {
    const b = new FakeSyncBackend();
    await lastYearOnly(b);
    const p = await planFor(b, desired());
    const kinds = p.ops.map((o) => o.kind);
    expect(kinds).toEqual(['create-folder', 'set-access', 'copy-session', 'copy-session']);
    const copies = p.ops.filter((o) => o.kind === 'copy-session');
    expect(copies.map((o) => o.reason)).toEqual([
      `Course ${THIS_YEAR} reuses "Week 1 Cells" from ${LAST_YEAR} ("BIO101/2025 S2") as a Reference copy.`,
      `Course ${THIS_YEAR} reuses "Week 2 Genetics" from ${LAST_YEAR} ("BIO101/2025 S2") as a Reference copy.`,
    ]);
    expect(copies.every((o) => o.dependsOn.length === 1)).toBeTrue();
    const dry = await applyPlan(p, b, { dryRun: true });
    expect(dry.results.map((r) => r.detail)).toContain(
      jasmine.stringMatching(/^Would POST \/sessions\/s\S+\/sessioncopy \{CopyType: Reference/),
    );
    expect(b.findByPath('BIO101/2026 S2')).toBeUndefined();
  });

  it('applies them, and planning again finds nothing to do', async () => {
    const b = new FakeSyncBackend();
    await lastYearOnly(b);
    const report = await applyPlan(await planFor(b, desired()), b);
    expect(report.counts.failed).toBe(0);
    const target = b.findByPath('BIO101/2026 S2') as string;
    expect(b.accessLevels.get(target)).toBe('Organization');
    expect((b.sessions.get(target) ?? []).map((s) => s.Name)).toEqual(['Week 1 Cells', 'Week 2 Genetics']);
    expect((b.sessions.get(target) ?? []).every((s) => !!s.copyOf)).toBeTrue();
    expect((await planFor(b, desired())).ops).toEqual([]);
  });

  it('explains what it cannot plan, and names a bad level', async () => {
    const b = new FakeSyncBackend();
    const p = await planFor(b, desired({ courses: [desired().courses[1]] }));
    expect(p.notes).toContain(`Course ${THIS_YEAR} reuses ${LAST_YEAR}'s recordings, but ${LAST_YEAR} has no folder: nothing copied.`);
    await expectAsync(
      planFor(b, desired({ folderAccessLevel: 'Everyone' as DesiredState['folderAccessLevel'] })),
    ).toBeRejectedWithError(SyncTemplateError, /`folderAccessLevel` must be one of Restricted/);
  });

  it('fails a copy clearly when the backend cannot copy', async () => {
    const b = new FakeSyncBackend();
    await lastYearOnly(b);
    const p = await planFor(b, desired());
    const limited = Object.assign(Object.create(b) as FakeSyncBackend, { copySession: undefined });
    const report = await applyPlan(p, limited);
    const failed = report.results.filter((r) => r.status === 'failed');
    expect(failed.length).toBe(2);
    expect(failed[0].detail).toContain('has no copySession()');
  });
});
