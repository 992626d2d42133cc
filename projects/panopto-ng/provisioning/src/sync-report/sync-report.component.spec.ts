import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { GrantOp, SyncOp, SyncPlan, SyncReport } from '../sync-model';
import { snapshot } from '../apply-plan';
import { PanoptoSyncReportComponent } from './sync-report.component';

const grant = (n: number): GrantOp => ({
  id: `grant:${n}`,
  kind: 'grant',
  folder: { id: 'f' },
  principal: { id: `u${n}`, type: 'User', label: `user${n}` },
  role: 'Viewer',
  dependsOn: [],
  reason: `user${n} is enrolled in BIO101 as Viewer`,
  externalId: 'BIO101',
});
const create: SyncOp = {
  id: 'create:Science',
  kind: 'create-folder',
  parent: { id: 'root' },
  name: 'Science',
  description: '',
  path: 'Science',
  dependsOn: [],
  reason: 'Folder level "Science" does not exist yet.',
};
const PLAN: SyncPlan = { id: 'p1', rootId: 'root', ops: [create, grant(1), grant(2)], notes: ['Left alone: someone'] };

@Component({
  standalone: true,
  imports: [PanoptoSyncReportComponent],
  template: `<panopto-sync-report [plan]="plan" [report]="report"></panopto-sync-report>`,
})
class HostComponent {
  plan: SyncPlan | null = PLAN;
  report: SyncReport | null = null;
}

describe('PanoptoSyncReportComponent', () => {
  let announce: jasmine.Spy;

  beforeEach(() => {
    announce = jasmine.createSpy('announce').and.resolveTo();
    TestBed.configureTestingModule({ providers: [{ provide: LiveAnnouncer, useValue: { announce } }] });
  });

  function render(): { el: HTMLElement; host: HostComponent; detect: () => void } {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    return {
      el: fixture.nativeElement as HTMLElement,
      host: fixture.componentInstance,
      detect: () => fixture.detectChanges(),
    };
  }

  it('shows the plan as a table with a caption, header cells and reasons', () => {
    const { el } = render();
    expect(el.querySelector('caption')?.textContent).toContain('showing 3 of 3 operations');
    expect(Array.from(el.querySelectorAll('th')).map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
      'col',
    ]);
    const rows = el.querySelectorAll('tbody tr');
    expect(rows.length).toBe(3);
    expect(rows[1].textContent).toContain('user1 is enrolled in BIO101 as Viewer');
    expect(rows[1].textContent).toContain('planned');
    expect(el.querySelector('details')?.textContent).toContain('Left alone: someone');
  });

  it('filters by operation kind and by status, and counts each', () => {
    const { el, host, detect } = render();
    const [kind, status] = Array.from(el.querySelectorAll('select')) as HTMLSelectElement[];
    expect(Array.from(kind.options).map((o) => o.textContent?.trim())).toContain('Grant (2)');
    kind.value = 'grant';
    kind.dispatchEvent(new Event('change'));
    detect();
    expect(el.querySelectorAll('tbody tr').length).toBe(2);
    host.report = {
      ...snapshot('p1', false, [
        { op: create, status: 'done' },
        { op: grant(1), status: 'failed', detail: 'Access on this folder is inherited.' },
        { op: grant(2), status: 'done' },
      ]),
    };
    detect();
    status.value = 'failed';
    status.dispatchEvent(new Event('change'));
    detect();
    const rows = el.querySelectorAll('tbody tr');
    expect(rows.length).toBe(1);
    expect(rows[0].textContent).toContain('Access on this folder is inherited.');
    expect(el.querySelector('[data-testid=sync-counts]')?.textContent).toContain('done: 2');
    expect(el.querySelector('[data-testid=sync-counts]')?.textContent).toContain('failed: 1');
  });

  it('announces progress and the end of a run, not every operation', () => {
    const { host, detect } = render();
    const results = PLAN.ops.map((op) => ({ op, status: 'pending' as const }));
    host.report = { ...snapshot('p1', false, results), finished: false };
    detect();
    host.report = { ...snapshot('p1', false, [{ op: create, status: 'done' }, ...results.slice(1)]), finished: false };
    detect();
    host.report = {
      ...snapshot(
        'p1',
        false,
        PLAN.ops.map((op) => ({ op, status: 'done' as const })),
      ),
      finished: true,
    };
    detect();
    const messages = announce.calls.allArgs().map((a) => a[0] as string);
    expect(messages).toEqual([
      'Applying: 0 of 3 operations finished.',
      'Applying: 1 of 3 operations finished.',
      'Sync finished: 3 done, 0 skipped, 0 failed.',
    ]);
  });

  it('says when there is nothing to change', () => {
    const { el, host, detect } = render();
    host.plan = { ...PLAN, ops: [], notes: [] };
    detect();
    expect(el.querySelector('table')).toBeNull();
    expect(el.textContent).toContain('Nothing to change');
  });
});
