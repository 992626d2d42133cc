// Integration: plan + apply against the running emulator with real tokens (admin), then what `student` can see.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { applyPlan } from './apply-plan';
import { createFetchSyncBackend } from './fetch-sync-backend';
import { PanoptoSyncService } from './panopto-sync.service';
import { PANOPTO_SYNC_CONFIG } from './sync-config';
import { readCurrentState } from './read-current-state';
import { resolveDesiredState } from './resolve-principals';
import { plan } from './sync-planner';
import { DesiredState } from './sync-model';
import { InMemorySyncProgressStore } from './sync-progress-store';
import { emulatorUrl } from '../../testing-support/emulator';

async function tokenFor(emulator: string, username: string): Promise<string> {
  const res = await fetch(`${emulator}/__emulator/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  if (!res.ok) throw new Error(`token for ${username}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('Course sync against the emulator (integration)', () => {
  let emulator: string;
  let token: string;
  let sync: PanoptoSyncService;
  // Each test uses its own tag: the student search below must only see this test's folders.
  const runTag = `run${Date.now().toString(36)}`;
  const run = runTag;

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  const desired = (tag = runTag): DesiredState => ({
    template: '{faculty}/{unit} {name}/{period} {run}',
    courses: [
      {
        externalId: `BIO101-${tag}`,
        name: 'Biology',
        period: '2026 S1',
        fields: { faculty: 'Science', unit: 'BIO101', run: tag },
        members: [
          { principal: { username: 'student' }, role: 'Viewer' },
          { principal: { username: 'instructor' }, role: 'Creator' },
        ],
      },
      {
        externalId: `CHE110-${tag}`,
        name: 'Chemistry',
        period: '2026 S1',
        fields: { faculty: 'Science', unit: 'CHE110', run: tag },
        members: [{ principal: { username: 'instructor' }, role: 'Publisher' }],
      },
      {
        externalId: `HIS200-${tag}`,
        name: 'History',
        period: '2026 S1',
        fields: { faculty: 'Arts', unit: 'HIS200', run: tag },
        members: [
          { principal: { username: 'student' }, role: 'Viewer' },
          { principal: { groupName: 'Faculty of Arts – Teaching Staff' }, role: 'Creator' },
        ],
      },
    ],
  });

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = await tokenFor(emulator, 'admin');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator }),
        { provide: PANOPTO_SYNC_CONFIG, useValue: { store: new InMemorySyncProgressStore() } },
      ],
    });
    sync = TestBed.inject(PanoptoSyncService);
  });

  it('plans, applies, re-plans to nothing, and student sees exactly the courses they are enrolled in', async () => {
    const rootId = await firstValueFrom(sync.ensureManagedRoot(`panopto-ng sync ${run}`));
    expect(await firstValueFrom(sync.ensureManagedRoot(`panopto-ng sync ${run}`)))
      .withContext('found again')
      .toBe(rootId);

    const first = await firstValueFrom(sync.plan(desired(), rootId));
    expect(first.notes).toEqual([]);
    expect(first.ops.filter((o) => o.kind === 'create-folder').length).toBe(2 + 3 + 3); // faculties, units, courses
    expect(first.ops.filter((o) => o.kind === 'grant').length).toBe(5);

    const report = await lastValueFrom(sync.apply(first));
    expect(report.results.filter((r) => r.status !== 'done').map((r) => `${r.op.id}: ${r.detail}`)).toEqual([]);
    expect(report.counts.done).toBe(first.ops.length);

    const second = await firstValueFrom(sync.plan(desired(), rootId));
    expect(second.ops.map((o) => o.id)).toEqual([]);

    // Student's view, with the student's own token, through Panopto's folder search.
    const studentToken = await tokenFor(emulator, 'student');
    const res = await fetch(`${emulator}/Panopto/api/v1/folders/search?searchQuery=${run}&sortField=Name`, {
      headers: { Authorization: `Bearer ${studentToken}` },
    });
    expect(res.status).toBe(200);
    const seen = ((await res.json()) as { Results: { Name: string; Description?: string }[] }).Results;
    expect(seen.map((f) => f.Description ?? '').sort()).toEqual(
      [`[panopto-ng:course=BIO101-${run}]`, `[panopto-ng:course=HIS200-${run}]`].sort(),
    );

    // Remove the student from History: one revoke, and the student loses it.
    const changed = desired();
    changed.courses[2].members = changed.courses[2].members.filter((m) => m.principal.username !== 'student');
    const third = await firstValueFrom(sync.plan(changed, rootId));
    expect(third.ops.map((o) => o.kind)).toEqual(['revoke']);
    expect((await lastValueFrom(sync.apply(third))).counts.done).toBe(1);
    const after = await fetch(`${emulator}/Panopto/api/v1/folders/search?searchQuery=${run}`, {
      headers: { Authorization: `Bearer ${studentToken}` },
    });
    const seenAfter = ((await after.json()) as { Results: { Description?: string }[] }).Results;
    expect(seenAfter.map((f) => f.Description)).toEqual([`[panopto-ng:course=BIO101-${run}]`]);
  });

  it('runs the same planner without Angular over fetch (the server-job path), idempotently', async () => {
    const backend = createFetchSyncBackend({ serverUrl: emulator, accessToken: token });
    const rootId = (
      await backend.createFolder(
        `panopto-ng fetch sync ${run}`,
        '00000000-0000-0000-0000-000000000000',
        '[panopto-ng:path]',
      )
    ).Id;
    const d = desired(`node${Date.now().toString(36)}`);
    d.courses = d.courses.slice(0, 2);
    const first = plan(await resolveDesiredState(d, backend), await readCurrentState(backend, rootId));
    expect(first.ops.length).toBe(1 + 2 + 2 + 3); // Science, 2 units, 2 courses, 3 grants
    const report = await applyPlan(first, backend);
    expect(report.results.filter((r) => r.status !== 'done').map((r) => `${r.op.id}: ${r.detail}`)).toEqual([]);
    const again = plan(await resolveDesiredState(d, backend), await readCurrentState(backend, rootId));
    expect(again.ops).toEqual([]);
    // A failure carries Panopto's own message.
    const bad = await applyPlan(
      {
        ...first,
        id: 'bad',
        ops: [
          {
            ...first.ops[0],
            id: 'x',
            kind: 'create-folder',
            parent: { id: '11111111-1111-4111-8111-111111111111' },
            name: 'X',
            description: '',
            path: 'X',
            dependsOn: [],
            reason: 'test',
          },
        ],
      },
      backend,
    );
    expect(bad.results[0].status).toBe('failed');
    expect(bad.results[0].detail).toMatch(/HTTP 404.*not found/i);
  });
});
