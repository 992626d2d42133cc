import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, PANOPTO_RANDOM, PANOPTO_REQUEST_INFO, providePanopto } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { Subscription } from 'rxjs';
import { applyPlan } from './apply-plan';
import { PanoptoSyncService } from './panopto-sync.service';
import { PANOPTO_SYNC_CONFIG } from './sync-config';
import { GrantOp, SyncOp, SyncPlan, SyncReport } from './sync-model';
import { InMemorySyncProgressStore, LocalStorageSyncProgressStore } from './sync-progress-store';
import { FakeSyncBackend } from './testing/fake-sync-backend';

const USER = (n: number): string => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FOLDER = 'f0000000-0000-4000-8000-00000000000f';

function grant(n: number, folder: GrantOp['folder'] = { id: FOLDER }, dependsOn: string[] = []): GrantOp {
  return {
    id: `grant:${n}`,
    kind: 'grant',
    folder,
    principal: { id: USER(n), type: 'User', label: `user${n}` },
    role: 'Viewer',
    dependsOn,
    reason: `user${n} is enrolled`,
  };
}

function planOf(ops: SyncOp[], id = 'plan-test'): SyncPlan {
  return { id, rootId: 'root', ops, notes: [] };
}

/** Two chains: create A -> create A/B -> grant on A/B; create C -> grant on C. */
function treePlan(b: FakeSyncBackend): SyncPlan {
  return planOf([
    {
      id: 'create:A',
      kind: 'create-folder',
      parent: { id: b.rootId },
      name: 'A',
      description: '',
      path: 'A',
      dependsOn: [],
      reason: 'A is missing',
    },
    {
      id: 'create:A/B',
      kind: 'create-folder',
      parent: { createdBy: 'create:A' },
      name: 'B',
      description: '',
      path: 'A/B',
      dependsOn: ['create:A'],
      reason: 'B is missing',
    },
    grant(1, { createdBy: 'create:A/B' }, ['create:A/B']),
    {
      id: 'create:C',
      kind: 'create-folder',
      parent: { id: b.rootId },
      name: 'C',
      description: '',
      path: 'C',
      dependsOn: [],
      reason: 'C is missing',
    },
    grant(2, { createdBy: 'create:C' }, ['create:C']),
  ]);
}

describe('applyPlan (engine)', () => {
  it('runs parents before children and never more than `concurrency` calls at once (default 2)', async () => {
    const b = new FakeSyncBackend();
    const folder = b.addFolder('Course', b.rootId);
    let open!: () => void;
    b.gate = new Promise((r) => (open = r));
    const running = applyPlan(planOf(Array.from({ length: 6 }, (_, i) => grant(i, { id: folder }))), b);
    await new Promise((r) => setTimeout(r));
    expect(b.inFlight).toBe(2);
    open();
    const report = await running;
    expect(b.maxInFlight).toBe(2);
    expect(report.counts.done).toBe(6);

    const b2 = new FakeSyncBackend();
    const report2 = await applyPlan(treePlan(b2), b2, { concurrency: 3 });
    expect(b2.maxInFlight).toBeLessThanOrEqual(3);
    expect(report2.counts.done).toBe(5);
    const a = b2.findByPath('A') as string;
    expect(b2.calls.indexOf(`create B in ${a}`)).toBeGreaterThan(b2.calls.indexOf(`create A in ${b2.rootId}`));
    expect(b2.directOf(b2.findByPath('A/B') as string)).toEqual([`User:${USER(1)}:Viewer`]);
  });

  it("reports failures with Panopto's message, skips their dependents and still runs independent ops", async () => {
    const b = new FakeSyncBackend();
    b.failWhen = (call) =>
      call.startsWith('create A ') ? 'User does not have permission to create folders here.' : undefined;
    const report = await applyPlan(treePlan(b), b);
    const status = Object.fromEntries(report.results.map((r) => [r.op.id, [r.status, r.detail ?? '']]));
    expect(status['create:A']).toEqual(['failed', 'User does not have permission to create folders here.']);
    expect(status['create:A/B'][0]).toBe('skipped');
    expect(status['create:A/B'][1]).toContain('A is missing');
    expect(status['grant:1'][0]).toBe('skipped');
    expect(status['create:C'][0]).toBe('done');
    expect(status['grant:2'][0]).toBe('done');
    expect(report.counts).toEqual({ done: 2, skipped: 2, failed: 1, 'dry-run': 0, pending: 0 });
    expect(report.finished).toBeTrue();
  });

  it('resumes: operations done in an interrupted run are skipped, their folder ids still reach dependents', async () => {
    const b = new FakeSyncBackend();
    const store = new InMemorySyncProgressStore();
    const abort = new AbortController();
    const p = treePlan(b);
    const first = await applyPlan(p, b, {
      store,
      concurrency: 1,
      signal: abort.signal,
      onProgress: (r) => r.counts.done === 2 && abort.abort(),
    });
    expect(first.counts.done).toBe(2);
    expect(first.counts.pending).toBe(3);
    const mutations = b.calls.length;
    const second = await applyPlan(p, b, { store });
    expect(second.results.filter((r) => r.resumed).map((r) => r.op.id)).toEqual(['create:A', 'create:A/B']);
    expect(second.counts.done).toBe(3);
    expect(b.calls.slice(mutations).some((c) => c.startsWith('create A ') || c.startsWith('create B '))).toBeFalse();
    expect(b.directOf(b.findByPath('A/B') as string)).toEqual([`User:${USER(1)}:Viewer`]);
    expect(store.load(p.id)).withContext('cleared after a clean finish').toEqual({});
  });

  it('keeps progress in localStorage across instances and ignores corrupt entries', async () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    new LocalStorageSyncProgressStore(storage).markDone('p1', 'create:A', { folderId: 'x' });
    expect(new LocalStorageSyncProgressStore(storage).load('p1')).toEqual({ 'create:A': { folderId: 'x' } });
    data.set('panopto-ng:sync:p2', '{not json');
    expect(new LocalStorageSyncProgressStore(storage).load('p2')).toEqual({});
  });

  it('dry run sends nothing and describes every call', async () => {
    const b = new FakeSyncBackend();
    const report = await applyPlan(treePlan(b), b, { dryRun: true });
    expect(b.calls).toEqual([]);
    expect(report.counts['dry-run']).toBe(5);
    expect(report.results[0].detail).toContain('Would POST /folders');
    expect(report.dryRun).toBeTrue();
  });
});

describe('PanoptoSyncService.apply over PanoptoApi', () => {
  const SERVER = 'https://demo.hosted.panopto.com';
  let http: HttpTestingController;
  let clock: FakePanoptoClock;
  let sync: PanoptoSyncService;
  let subscription: Subscription;

  beforeEach(() => {
    clock = new FakePanoptoClock();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        providePanopto({ serverUrl: SERVER }),
        { provide: PANOPTO_CLOCK, useValue: clock },
        { provide: PANOPTO_RANDOM, useValue: () => 0 },
        { provide: PANOPTO_SYNC_CONFIG, useValue: { store: new InMemorySyncProgressStore() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    sync = TestBed.inject(PanoptoSyncService);
  });

  afterEach(() => subscription?.unsubscribe());

  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 5));
  const grants = (): TestRequest[] =>
    http.match((r) => r.method === 'POST' && r.url === `${SERVER}/Panopto/api/v1/folders/${FOLDER}/permissions`);

  it("goes through the REST core's rate limiter at background priority (5 calls/s per endpoint)", async () => {
    const reports: SyncReport[] = [];
    subscription = sync
      .apply(planOf(Array.from({ length: 7 }, (_, i) => grant(i + 1))), { concurrency: 7 })
      .subscribe((r) => reports.push(r));
    await settle();
    const firstSecond = grants();
    expect(firstSecond.length).toBe(5);
    expect(firstSecond[0].request.context.get(PANOPTO_REQUEST_INFO)?.priority).toBe('background');
    expect(firstSecond[0].request.body).toEqual({ PrincipalId: USER(1), PrincipalType: 'User', RoleType: 'Viewer' });
    firstSecond.forEach((r) => r.flush({ IsInherited: false }));
    await settle();
    expect(grants().length).withContext('6th and 7th wait for the next second').toBe(0);
    clock.tick(999);
    await settle();
    expect(grants().length).toBe(0);
    clock.tick(1);
    await settle();
    const rest = grants();
    expect(rest.length).toBe(2);
    rest.forEach((r) => r.flush({ IsInherited: false }));
    await settle();
    const final = reports[reports.length - 1];
    expect(final.finished).toBeTrue();
    expect(final.counts.done).toBe(7);
  });

  it("reports Panopto's APIError message for a failed call and carries on", async () => {
    const reports: SyncReport[] = [];
    subscription = sync.apply(planOf([grant(1), grant(2)])).subscribe((r) => reports.push(r));
    await settle();
    const [a, b] = grants();
    a.flush(
      {
        Error: {
          ErrorCode: 'InvalidParameter',
          Message: 'Access on this folder is inherited.',
          Success: false,
          ErrorSource: 'API',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    b.flush({ IsInherited: false });
    await settle();
    const final = reports[reports.length - 1];
    expect(final.results[0].status).toBe('failed');
    expect(final.results[0].detail).toContain('Access on this folder is inherited.');
    expect(final.results[1].status).toBe('done');
  });

  it('dry run sends no request', async () => {
    const reports: SyncReport[] = [];
    subscription = sync.apply(planOf([grant(1), grant(2)]), { dryRun: true }).subscribe((r) => reports.push(r));
    await settle();
    http.expectNone(() => true);
    expect(reports[reports.length - 1].counts['dry-run']).toBe(2);
  });
});
