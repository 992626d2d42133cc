// Integration: <panopto-session-details> and <panopto-continue-watching> in a real browser against the running
// emulator (real HTTP through PanoptoApi, bearer tokens minted by the emulator). Sessions edited here are copies
// the spec makes into a folder of its own.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PanoptoApi, providePanopto } from 'panopto-ng';
import { AccessLevel, SessionCopyType } from 'panopto-ng/core';
import { PanoptoSessionDetailsComponent } from './session-details.component';
import { PanoptoContinueWatchingComponent } from '../continue-watching/continue-watching.component';
import { emulatorToken, emulatorUrl } from '../../../testing-support/emulator';

describe('recordings components against the emulator (integration)', () => {
  let emulator: string;
  let token: string;
  let api: PanoptoApi;

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = await emulatorToken(emulator, 'instructor');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([bearer])), providePanopto({ serverUrl: emulator })],
    });
    api = TestBed.inject(PanoptoApi);
  });

  async function waitFor<T>(fixture: ComponentFixture<T>, check: () => boolean, what: string): Promise<void> {
    const until = Date.now() + 15000;
    while (Date.now() < until) {
      fixture.detectChanges();
      await fixture.whenStable();
      if (check()) return;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    throw new Error(`Timed out waiting for ${what}.`);
  }

  async function ownCopy(): Promise<string> {
    const folder = await firstValueFrom(api.folders.create({ Name: `Details spec ${Date.now()}` }));
    const [source] = (await firstValueFrom(api.sessions.search('BIO101 Week 2 Lecture 1'))).Results;
    const copy = await firstValueFrom(
      api.sessions.copy(source.Id, { CopyType: SessionCopyType.Reference, FolderId: folder.Id, Name: 'Details lecture' }),
    );
    return copy.NewSessionId as string;
  }

  function details(sessionId: string): ComponentFixture<PanoptoSessionDetailsComponent> {
    const fixture = TestBed.createComponent(PanoptoSessionDetailsComponent);
    fixture.componentRef.setInput('sessionId', sessionId);
    fixture.detectChanges();
    return fixture;
  }

  const text = (fixture: ComponentFixture<unknown>): string => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('shows the level and tags and applies a tag at once, then as Panopto confirmed it', async () => {
    const id = await ownCopy();
    const fixture = details(id);
    const el = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => !!el.querySelector('#psd-tag'), 'the loaded, editable panel');
    const checked = el.querySelector<HTMLInputElement>('input[name="psd-level"]:checked');
    expect(checked?.value).toBe('Restricted');
    expect(text(fixture)).toContain('inherited from the folder');

    const input = el.querySelector<HTMLInputElement>('#psd-tag') as HTMLInputElement;
    input.value = 'Optimistic';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    (el.querySelector('.psd-inline button[type="submit"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(el.querySelector('.psd-tags')?.textContent).toContain('Optimistic'); // before any answer
    await waitFor(fixture, () => text(fixture).includes('Tagged “Optimistic”.'), 'the confirmation');
    const tags = await firstValueFrom(api.sessions.tags(id));
    expect(tags.Results.map((t) => t.Content)).toContain('Optimistic');
  });

  it('undoes a refused edit and explains Panopto\'s 403', async () => {
    const id = await ownCopy();
    const fixture = details(id);
    const el = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => !!el.querySelector('input[name="psd-level"]'), 'the editable panel');
    token = await emulatorToken(emulator, 'student'); // the student may not change sharing
    const org = el.querySelector<HTMLInputElement>('input[name="psd-level"][value="Organization"]') as HTMLInputElement;
    org.click();
    fixture.detectChanges();
    expect(fixture.componentInstance.view?.access?.Level).toBe(AccessLevel.Organization);
    await waitFor(fixture, () => !!el.querySelector('.psd-alert'), 'the error');
    expect(el.querySelector('.psd-alert')?.textContent).toContain("don't have permission");
    expect(el.querySelector('.psd-alert')?.textContent).toContain('The change was undone.');
    expect(fixture.componentInstance.view?.access?.Level).toBe(AccessLevel.Restricted);
  });

  it('offers no changes to a viewer, and says so when the session is not shared with them', async () => {
    const id = await ownCopy();
    token = await emulatorToken(emulator, 'learner');
    const forbidden = details(id);
    await waitFor(forbidden, () => text(forbidden).includes("You don't have access to this recording"), 'forbidden');
    token = await emulatorToken(emulator, 'student');
    const [course] = (await firstValueFrom(api.sessions.search('BIO101 Week 1 Lecture 2'))).Results;
    const viewer = details(course.Id);
    await waitFor(viewer, () => text(viewer).includes('only its folder\'s creators can change it'), 'read-only panel');
    expect((viewer.nativeElement as HTMLElement).querySelector('input, textarea')).toBeNull();
  });

  it('lists what the student was watching with progress, and resumes one in the player', async () => {
    token = await emulatorToken(emulator, 'student');
    const fixture = TestBed.createComponent(PanoptoContinueWatchingComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    await waitFor(fixture, () => el.querySelectorAll('.pcw-card').length > 0, 'the list');
    const bar = el.querySelector('[role="progressbar"]') as HTMLElement;
    expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    (el.querySelector('.pcw-card') as HTMLButtonElement).click();
    fixture.detectChanges();
    const item = fixture.componentInstance.items[0];
    expect(el.querySelector('panopto-player')).not.toBeNull();
    expect(fixture.componentInstance.playing?.position).toBe(item.position);
  });
});
