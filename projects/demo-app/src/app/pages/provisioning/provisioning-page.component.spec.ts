// The Provisioning page as a designer or developer uses it: who may use it, the catalogue, Plan, Dry run, Apply,
// auto-sync, and what each state says (and with which role). As in the REST page's spec, the library runs for
// real (auth service, sync service, PanoptoApi, sync report) and only the network is answered in the test:
// the tenant's token endpoint by test-sign-in.ts, its REST API by TinyPanopto.
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PANOPTO_CONFIG, providePanopto } from 'panopto-ng';
import {
  InProcessRefreshLock,
  MemoryTokenStorage,
  PANOPTO_AUTH_REDIRECT,
  PanoptoAuthService,
  panoptoAuthInterceptor,
  providePanoptoAuth,
  withPanoptoRefreshLock,
  withPanoptoTokenStorage,
} from 'panopto-ng/auth';
import { InMemorySyncProgressStore, PANOPTO_SYNC_CONFIG, PanoptoSyncService } from 'panopto-ng/provisioning';
import { DEMO_SETTINGS } from '../../demo-settings';
import { DEMO_ROOT_NAME, DEMO_ROSTER } from './demo-catalogue';
import { ProvisioningPageComponent } from './provisioning-page.component';
import { waitUntil } from '../../testing/wait-for';
import { TEST_AUTH_ENDPOINTS, TestClaims, answerTokenRequest, signInAs, testAccessToken } from './testing/test-sign-in';
import { TinyPanopto } from './testing/tiny-panopto';

describe('ProvisioningPageComponent', () => {
  let storage: MemoryTokenStorage;
  let redirects: string[];
  let http: HttpTestingController;
  let panopto: TinyPanopto;
  let fixture: ComponentFixture<ProvisioningPageComponent>;
  let el: HTMLElement;

  /** The demo's providers, with the network left to the test. */
  function configure(): void {
    TestBed.configureTestingModule({
      imports: [ProvisioningPageComponent],
      providers: [
        provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
        provideHttpClientTesting(),
        // The client-side limiter is off: this tenant answers at once, and waiting 1 s per 5 calls proves nothing.
        providePanopto({ serverUrl: DEMO_SETTINGS.serverUrl, rateLimit: { enabled: false } }),
        providePanoptoAuth(
          {
            clientId: DEMO_SETTINGS.clientId,
            redirectUri: DEMO_SETTINGS.redirectUri,
            scopes: ['openid', 'profile', 'api', 'offline_access'],
            endpoints: TEST_AUTH_ENDPOINTS,
            verifyIdTokenSignature: false,
          },
          withPanoptoTokenStorage(storage),
          withPanoptoRefreshLock(new InProcessRefreshLock()),
        ),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
        { provide: PANOPTO_SYNC_CONFIG, useValue: { store: new InMemorySyncProgressStore() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  async function openPage(): Promise<void> {
    fixture = TestBed.createComponent(ProvisioningPageComponent);
    el = fixture.nativeElement;
    fixture.detectChanges();
    await TestBed.inject(PanoptoAuthService).whenReady();
    fixture.detectChanges();
  }

  async function openAs(username: string, claims?: TestClaims): Promise<void> {
    await signInAs(http, redirects, username, claims);
    await openPage();
  }

  const byTestId = (id: string) => el.querySelector(`[data-testid=${id}]`) as HTMLElement | null;
  const button = (id: string) => byTestId(id) as HTMLButtonElement;
  const statusText = () => byTestId('prov-status')?.textContent?.trim();
  const buttonNamed = (name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  const reportRows = () => Array.from(el.querySelectorAll('panopto-sync-report tbody tr')) as HTMLElement[];
  const reportCaption = () => el.querySelector('panopto-sync-report caption')?.textContent?.replace(/\s+/g, ' ').trim();

  /** Whether no sync run is going on (Plan is enabled again), after rendering what has happened. */
  function idle(): boolean {
    fixture.detectChanges();
    return !button('prov-plan').disabled;
  }

  /** Clicks a sync button and answers Panopto until the page is idle again. */
  async function run(id: 'prov-plan' | 'prov-dry-run' | 'prov-apply'): Promise<void> {
    button(id).click();
    fixture.detectChanges();
    await panopto.serveUntil(http, idle, `${id} finished`);
  }

  beforeEach(() => {
    storage = new MemoryTokenStorage();
    redirects = [];
    configure();
    panopto = new TinyPanopto(TestBed.inject(PANOPTO_CONFIG).apiBaseUrl, DEMO_ROSTER);
  });

  it('asks a signed-out visitor for a staff account; Sign in starts Panopto sign-in and returns here', async () => {
    await openPage();
    expect(byTestId('prov-signed-out')?.textContent).toContain('Provisioning needs a staff account');
    expect(byTestId('prov-plan')).toBeNull();

    buttonNamed('Sign in').click();
    await waitUntil(() => redirects.length === 1, 'the browser is sent to sign in');
    const authorize = new URL(redirects[0]);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(TEST_AUTH_ENDPOINTS.authorization);
    expect(authorize.searchParams.get('client_id')).toBe(DEMO_SETTINGS.clientId);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const callback = TestBed.inject(PanoptoAuthService).handleCallback(
      `${DEMO_SETTINGS.redirectUri}?code=c&state=${authorize.searchParams.get('state')}`,
    );
    await answerTokenRequest(http, 'admin', authorize.searchParams.get('nonce') ?? undefined);
    expect((await callback).returnUrl).toBe('/provisioning');
  });

  it('tells a signed-in student, in an alert, why provisioning is not for them', async () => {
    await openAs('student');
    const notice = byTestId('prov-not-staff');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain('You are signed in as student');
    expect(byTestId('prov-signed-out')).toBeNull();
    expect(byTestId('prov-plan')).toBeNull();
  });

  it('never says "signed in as" with an empty name when the ID token has no profile claims (default scopes)', async () => {
    await openAs('student', 'sub-only');
    const notice = byTestId('prov-not-staff');
    const text = notice?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(text).not.toContain('signed in as');
    expect(text).toContain('You are signed in with an account that may not search people');
    expect(notice?.querySelector('strong')).toBeNull();
  });

  it('does not flash the sign-in prompt while a stored session is resumed after a reload', async () => {
    await signInAs(http, redirects, 'admin');
    TestBed.resetTestingModule(); // a reload: a new app, the same token storage
    configure();
    fixture = TestBed.createComponent(ProvisioningPageComponent);
    el = fixture.nativeElement;
    fixture.detectChanges();
    expect(byTestId('prov-signed-out')).withContext('while the stored session is checked').toBeNull();
    expect(byTestId('prov-plan')).toBeNull();

    await answerTokenRequest(http, 'admin'); // the startup refresh
    await TestBed.inject(PanoptoAuthService).whenReady();
    fixture.detectChanges();
    expect(byTestId('prov-signed-out')).toBeNull();
    expect(byTestId('prov-plan')).not.toBeNull();
  });

  it('shows the catalogue to staff and edits enrolments, with "Nobody enrolled." for an empty course', async () => {
    await openAs('instructor');
    const course = (unit: string) =>
      Array.from(el.querySelectorAll('article.course')).find((a) =>
        a.querySelector('h3')?.textContent?.includes(unit),
      )!;
    expect(el.querySelectorAll('article.course').length).toBe(4);
    expect(course('BIO101').textContent).toContain('alex.adams0');

    (el.querySelector('[aria-label="Remove alex.adams0 from BIO101"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(course('BIO101').textContent).not.toContain('alex.adams0');

    (el.querySelector('[aria-label="Remove dana.dube3 from ART150"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(course('ART150').querySelector('.members')?.textContent?.trim()).toBe('Nobody enrolled.');

    await fixture.whenStable(); // ngModel writes its first value asynchronously
    const input = course('ART150').querySelector('input') as HTMLInputElement;
    const role = course('ART150').querySelector('select') as HTMLSelectElement;
    input.value = ' Bea.Bauer1 ';
    input.dispatchEvent(new Event('input'));
    role.value = 'Publisher';
    role.dispatchEvent(new Event('change'));
    buttonNamed('Add to ART150').click();
    fixture.detectChanges();
    expect(course('ART150').textContent).toContain('bea.bauer1 Publisher');
    expect(course('ART150').textContent).not.toContain('Nobody enrolled.');
  });

  it('plans as the signed-in admin: a status while it runs, then the plan and its size', async () => {
    const sync = TestBed.inject(PanoptoSyncService);
    const ensureRoot = spyOn(sync, 'ensureManagedRoot').and.callThrough();
    const plan = spyOn(sync, 'plan').and.callThrough();
    await openAs('admin');
    expect(byTestId('prov-status')?.getAttribute('role')).toBe('status');
    expect(statusText()).toBe('Press Plan to compare the catalogue with Panopto.');
    expect(button('prov-dry-run').disabled).toBeTrue();
    expect(button('prov-apply').disabled).toBeTrue();

    button('prov-plan').click();
    fixture.detectChanges();
    expect(button('prov-plan').textContent?.trim()).toBe('Planning…');
    expect(button('prov-plan').disabled).toBeTrue();
    expect(statusText()).toBe('Comparing the catalogue with Panopto…');

    await panopto.serveUntil(http, idle, 'the plan');
    expect(ensureRoot).toHaveBeenCalledOnceWith(DEMO_ROOT_NAME);
    const [desired, rootId] = plan.calls.mostRecent().args;
    expect(desired.courses.map((c) => c.externalId)).toEqual([
      'BIO101-2026S1',
      'CHE110-2026S1',
      'HIS200-2026S1',
      'ART150-2026S1',
    ]);
    expect(panopto.folders.find((f) => f.Id === rootId)?.Name).toBe(DEMO_ROOT_NAME);
    expect(panopto.authorizations.every((a) => a === `Bearer ${testAccessToken('admin')}`)).toBeTrue();

    const rows = reportRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.dataset['status'] === 'planned')).toBeTrue();
    expect(rows.some((r) => r.dataset['kind'] === 'create-folder')).toBeTrue();
    expect(rows.some((r) => r.dataset['kind'] === 'grant')).toBeTrue();
    expect(reportCaption()).toContain(`Plan — showing ${rows.length} of ${rows.length} operations`);
    expect(statusText()).toBe(`Plan ready: ${rows.length} changes.`);
    expect(button('prov-dry-run').disabled).toBeFalse();
    expect(button('prov-apply').disabled).toBeFalse();
  });

  it('dry run sends nothing, apply makes every change, and a new plan then has nothing to change', async () => {
    const apply = spyOn(TestBed.inject(PanoptoSyncService), 'apply').and.callThrough();
    await openAs('admin');
    await run('prov-plan');
    const planned = reportRows().length;
    const callsBefore = panopto.calls.length;

    await run('prov-dry-run');
    expect(apply).toHaveBeenCalledWith(jasmine.anything(), { dryRun: true });
    expect(panopto.calls.length).withContext('a dry run sends nothing').toBe(callsBefore);
    expect(reportCaption()).toContain('Dry run');
    expect(reportRows().every((r) => r.dataset['status'] === 'dry-run')).toBeTrue();

    button('prov-apply').click();
    fixture.detectChanges();
    expect(button('prov-apply').textContent?.trim()).toBe('Applying…');
    expect(statusText()).toBe('Applying the plan…');
    await panopto.serveUntil(http, idle, 'the apply');
    expect(apply).toHaveBeenCalledWith(jasmine.anything(), { dryRun: false });
    expect(reportCaption()).toContain('Apply results');
    expect(reportRows().length).toBe(planned);
    expect(reportRows().every((r) => r.dataset['status'] === 'done')).toBeTrue();
    expect(byTestId('sync-counts')?.textContent).toContain(`done: ${planned}`);

    await run('prov-plan');
    expect(reportRows().length).toBe(0);
    expect(el.querySelector('panopto-sync-report')?.textContent).toContain(
      'Nothing to change: Panopto already matches the catalogue.',
    );
    expect(statusText()).toBe('Plan ready: 0 changes.');
    expect(button('prov-apply').disabled).toBeTrue();
  });

  it("shows Panopto's refusal as an alert, and Plan works again once Panopto agrees", async () => {
    panopto.failWhen = (call) =>
      call === 'POST /folders' ? { status: 403, message: 'You may not create top-level folders.' } : undefined;
    await openAs('admin');
    await run('prov-plan');
    const alert = el.querySelector('.error[role=alert]');
    expect(alert?.textContent).toContain('You may not create top-level folders.');
    expect(statusText()).toBe('');
    expect(el.querySelector('panopto-sync-report')).toBeNull();

    panopto.failWhen = () => undefined;
    await run('prov-plan');
    expect(el.querySelector('.error[role=alert]')).toBeNull();
    expect(reportRows().length).toBeGreaterThan(0);
  });

  it('drops a plan once the catalogue changes, so a stale plan is never applied', async () => {
    await openAs('admin');
    await run('prov-plan');
    expect(el.querySelector('panopto-sync-report')).not.toBeNull();
    (el.querySelector('[aria-label="Remove student from BIO101"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(el.querySelector('panopto-sync-report')).toBeNull();
    expect(button('prov-apply').disabled).toBeTrue();
    expect(statusText()).toBe('Press Plan to compare the catalogue with Panopto.');
  });

  it('auto-sync syncs at once, every minute after, and says when it last ran', async () => {
    const startAutoSync = spyOn(TestBed.inject(PanoptoSyncService), 'startAutoSync').and.callThrough();
    await openAs('admin');
    const toggle = el.querySelector('label.auto input') as HTMLInputElement;
    toggle.click();
    const reported = () => {
      fixture.detectChanges();
      return (el.textContent ?? '').includes('Last auto-sync');
    };
    await panopto.serveUntil(http, reported, 'the first auto-sync');
    expect(startAutoSync).toHaveBeenCalledOnceWith(60_000, jasmine.any(Function), jasmine.any(String));
    expect(el.textContent).toMatch(/Last auto-sync .+: [1-9]\d* changes, 0 failed/);
    expect(panopto.calls.some((c) => c.startsWith('POST /folders/')))
      .withContext('grants were sent')
      .toBeTrue();

    toggle.click();
    fixture.detectChanges();
    expect(toggle.checked).toBeFalse();
  });
});
