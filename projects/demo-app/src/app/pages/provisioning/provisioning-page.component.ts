import { AsyncPipe, NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnDestroy, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PanoptoAuthService } from 'panopto-ng/auth';
import {
  PanoptoSyncReportComponent,
  PanoptoSyncService,
  SyncPlan,
  SyncReport,
  SyncRole,
} from 'panopto-ng/provisioning';
import { Observable, Subscription, combineLatest, map, of, switchMap, tap } from 'rxjs';
import { DEMO_ROOT_NAME, DEMO_ROSTER, DemoCourse, initialCatalogue, toDesiredState } from './demo-catalogue';
import { DemoSignInService } from '../../auth/demo-sign-in.service';

/** Accounts that may provision: the emulator lets staff search people and create top-level folders. */
const STAFF = ['admin', 'instructor'];

@Component({
  selector: 'demo-provisioning-page',
  standalone: true,
  imports: [NgIf, NgFor, AsyncPipe, FormsModule, PanoptoSyncReportComponent],
  templateUrl: './provisioning-page.component.html',
  styleUrls: ['./provisioning-page.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProvisioningPageComponent implements OnDestroy {
  readonly auth = inject(PanoptoAuthService);
  private readonly signInFlow = inject(DemoSignInService);
  private readonly sync = inject(PanoptoSyncService);
  private readonly cdr = inject(ChangeDetectorRef);

  readonly roster = DEMO_ROSTER;
  readonly roles: SyncRole[] = ['Viewer', 'Creator', 'Publisher'];
  readonly rootName = DEMO_ROOT_NAME;
  // isAuthenticated$ stays silent while a stored session is being resumed, so a signed-in admin who reloads the
  // page never sees the sign-in prompt flash (user$ alone says null until the startup refresh is done).
  readonly access$ = combineLatest([this.auth.isAuthenticated$, this.auth.user$]).pipe(
    map(([signedIn, user]) =>
      !signedIn || !user ? 'signed-out' : STAFF.includes(user.preferredUsername ?? '') ? 'staff' : 'not-staff',
    ),
  );
  /** Who is signed in, or null when the ID token names nobody (default scopes): then no name is shown at all. */
  readonly displayName$ = this.auth.user$.pipe(map((u) => u?.displayName ?? null));

  courses: DemoCourse[] = initialCatalogue();
  newMember: Record<string, { username: string; role: SyncRole }> = {};
  plan: SyncPlan | null = null;
  report: SyncReport | null = null;
  busy: 'plan' | 'apply' | 'dry-run' | null = null;
  error = '';
  autoSync = false;
  lastAutoSync = '';
  private running: Subscription | null = null;
  private auto: Subscription | null = null;
  private rootId: string | null = null;

  constructor() {
    for (const c of this.courses) this.newMember[c.externalId] = { username: '', role: 'Viewer' };
  }

  /**
   * The text of the status region, which stays in the page so screen readers hear each change: what is running,
   * the hint before the first plan, or the size of a fresh plan (apply progress is announced by the report).
   */
  get statusText(): string {
    if (this.busy === 'plan') return 'Comparing the catalogue with Panopto…';
    if (this.busy === 'dry-run') return 'Running a dry run…';
    if (this.busy === 'apply') return 'Applying the plan…';
    if (this.error) return '';
    if (!this.plan) return 'Press Plan to compare the catalogue with Panopto.';
    const n = this.plan.ops.length;
    return this.report ? '' : `Plan ready: ${n} ${n === 1 ? 'change' : 'changes'}.`;
  }

  signIn(): void {
    void this.signInFlow.start('/provisioning');
  }

  remove(course: DemoCourse, username: string): void {
    course.enrolments = course.enrolments.filter((e) => e.username !== username);
    this.clearStalePlan();
  }

  add(course: DemoCourse): void {
    const entry = this.newMember[course.externalId];
    const username = entry.username.trim().toLowerCase();
    if (!username) return;
    course.enrolments = [...course.enrolments.filter((e) => e.username !== username), { username, role: entry.role }];
    entry.username = '';
    this.clearStalePlan();
  }

  makePlan(): void {
    this.run('plan', this.root().pipe(switchMap((id) => this.sync.plan(toDesiredState(this.courses), id))), (p) => {
      this.plan = p;
      this.report = null;
    });
  }

  apply(dryRun: boolean): void {
    const plan = this.plan;
    if (!plan) return;
    this.run(dryRun ? 'dry-run' : 'apply', this.sync.apply(plan, { dryRun }), (r) => (this.report = r));
  }

  toggleAutoSync(on: boolean): void {
    this.autoSync = on;
    this.auto?.unsubscribe();
    this.auto = null;
    if (!on) return;
    this.auto = this.root()
      .pipe(switchMap((id) => this.sync.startAutoSync(60_000, () => toDesiredState(this.courses), id)))
      .subscribe({
        next: (r) => {
          this.lastAutoSync = `${new Date().toLocaleTimeString()}: ${r.counts.done} changes, ${r.counts.failed} failed`;
          this.cdr.markForCheck();
        },
        error: (e: unknown) => {
          this.error = e instanceof Error ? e.message : String(e);
          this.autoSync = false;
          this.cdr.markForCheck();
        },
      });
  }

  ngOnDestroy(): void {
    this.running?.unsubscribe();
    this.auto?.unsubscribe();
  }

  /** The managed root, found or created once per page visit. */
  private root(): Observable<string> {
    return this.rootId
      ? of(this.rootId)
      : this.sync.ensureManagedRoot(this.rootName).pipe(tap((id) => (this.rootId = id)));
  }

  private clearStalePlan(): void {
    if (this.plan) {
      this.plan = null;
      this.report = null;
    }
  }

  private run<T>(kind: 'plan' | 'apply' | 'dry-run', source: Observable<T>, onValue: (v: T) => void): void {
    this.running?.unsubscribe();
    this.busy = kind;
    this.error = '';
    this.running = source.subscribe({
      next: (v) => {
        onValue(v);
        this.cdr.markForCheck();
      },
      error: (e: unknown) => {
        this.error = e instanceof Error ? e.message : String(e);
        this.busy = null;
        this.cdr.markForCheck();
      },
      complete: () => {
        this.busy = null;
        this.cdr.markForCheck();
      },
    });
  }
}
