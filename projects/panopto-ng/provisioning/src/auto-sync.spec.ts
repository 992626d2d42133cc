import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, providePanopto } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { Subscription } from 'rxjs';
import { PanoptoSyncService } from './panopto-sync.service';
import { PANOPTO_SYNC_CONFIG } from './sync-config';
import { DesiredState, SyncReport } from './sync-model';
import { InMemorySyncProgressStore } from './sync-progress-store';
import { FakeSyncBackend } from './testing/fake-sync-backend';

describe('PanoptoSyncService.startAutoSync', () => {
  let clock: FakePanoptoClock;
  let backend: FakeSyncBackend;
  let sync: PanoptoSyncService;
  let subscription: Subscription | undefined;
  let visibility: DocumentVisibilityState;
  const desired = (): DesiredState => ({
    template: '{name}',
    courses: [
      {
        externalId: 'C1',
        name: 'Course one',
        period: 'P',
        members: [{ principal: { username: 'ann' }, role: 'Viewer' }],
      },
    ],
  });
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 5));
  const runs = (): number => backend.calls.filter((c) => c === `children ${backend.rootId}`).length;

  beforeEach(() => {
    clock = new FakePanoptoClock();
    backend = new FakeSyncBackend();
    backend.users.set('ann', 'a0000000-0000-4000-8000-000000000001');
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }),
        { provide: PANOPTO_CLOCK, useValue: clock },
        { provide: PANOPTO_SYNC_CONFIG, useValue: { backend, store: new InMemorySyncProgressStore() } },
      ],
    });
    sync = TestBed.inject(PanoptoSyncService);
  });

  afterEach(() => {
    subscription?.unsubscribe();
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
  });

  it('syncs at once, then every interval, never overlapping a run still in progress', async () => {
    let open!: () => void;
    backend.gate = new Promise((r) => (open = r));
    const reports: SyncReport[] = [];
    subscription = sync.startAutoSync(60_000, desired, backend.rootId).subscribe((r) => reports.push(r));
    await settle();
    expect(runs()).toBe(1);
    clock.tick(180_000); // three ticks while the first run waits on Panopto: dropped
    await settle();
    expect(runs()).toBe(1);
    open();
    await settle();
    expect(reports.length).toBe(1);
    expect(reports[0].counts.done).toBe(2); // course folder + grant
    clock.tick(60_000);
    await settle();
    expect(runs()).toBe(2);
    expect(reports.length).toBe(2);
    expect(reports[1].results).withContext('second run finds nothing to do').toEqual([]);
  });

  it('pauses while the tab is hidden and resumes when it is visible again', async () => {
    subscription = sync.startAutoSync(60_000, desired, backend.rootId).subscribe();
    await settle();
    expect(runs()).toBe(1);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(300_000);
    await settle();
    expect(runs()).toBe(1);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(runs()).toBe(2);
  });

  it('rejects intervals under a second', async () => {
    let error: unknown;
    sync.startAutoSync(10, desired, backend.rootId).subscribe({ error: (e: unknown) => (error = e) });
    expect(String(error)).toContain('at least 1000');
  });
});
