// Integration: <panopto-folder-browser> and <panopto-session-list> in a real browser against the running
// emulator (real HTTP through PanoptoApi, real bearer tokens minted by the emulator for its seeded accounts,
// Panopto's paging of 50 and its APIError bodies). Folders created here carry a unique name and are deleted
// by the same spec.
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { PanoptoFolderBrowserHarness, PanoptoSessionListHarness } from 'panopto-ng/folders/testing';
import { PanoptoFolderBrowserComponent, PanoptoFolderChange } from './folder-browser/folder-browser.component';
import { PanoptoSessionListComponent } from './session-list/session-list.component';
import { emulatorUrl, emulatorToken } from '../../testing-support/emulator';

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  template: `<div style="width: 520px; --panopto-folder-browser-height: 400px">
    <panopto-folder-browser
      (folderSelected)="folderId = $event.id"
      (folderChanged)="changes.push($event)"
    ></panopto-folder-browser>
    <panopto-session-list [folderId]="folderId"></panopto-session-list>
  </div>`,
})
class LibraryHostComponent {
  folderId: string | null = null;
  changes: PanoptoFolderChange[] = [];
}

describe('panopto-ng/folders against the emulator (integration)', () => {
  let emulator: string;
  let token: string;
  let fixture: ComponentFixture<LibraryHostComponent>;
  let browser: PanoptoFolderBrowserHarness;

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  async function settle(frames = 3): Promise<void> {
    for (let i = 0; i < frames; i++) {
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      fixture.detectChanges();
      await fixture.whenStable();
    }
  }

  /** Polls until `check` passes (the emulator answers over real HTTP). */
  async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      await settle(1);
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Timed out waiting for ${what}.`);
  }

  const hasRow = (name: string) => async () => (await browser.getRowNames()).includes(name);

  async function expand(name: string): Promise<void> {
    const row = await browser.getRow({ name });
    if (!(await row.isExpanded())) await row.toggle();
    await waitFor(async () => (await (await browser.getRow({ name })).isBusy()) === false, `${name} to load`);
  }

  async function api(path: string): Promise<Response> {
    return fetch(`${emulator}/Panopto/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  }

  async function start(username: string): Promise<void> {
    emulator = emulatorUrl();
    token = await emulatorToken(emulator, username);
    TestBed.configureTestingModule({
      imports: [LibraryHostComponent],
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        // Generous client-side limits: the 3,000-folder listing is 61 pages and the spec should not take 12 s.
        providePanopto({ serverUrl: emulator, rateLimit: { perSecond: 200, perMinute: 12000 } }),
      ],
    });
    fixture = TestBed.createComponent(LibraryHostComponent);
    browser = await TestbedHarnessEnvironment.loader(fixture).getHarness(PanoptoFolderBrowserHarness);
    await waitFor(hasRow('Faculty of Science'), 'the top-level folders');
  }

  afterEach(() => fixture?.destroy());

  it('browses four levels down to a week and lists its sessions (instructor)', async () => {
    await start('instructor');
    await expand('Faculty of Science');
    await expand('BIO101 Introduction to Biology');
    await expand('BIO101 2026 Semester 1');
    const week = await browser.getRow({ name: 'Week 1 – Cells' });
    expect(await week.getLevel()).toBe(4);
    await week.click();
    const sessions = await TestbedHarnessEnvironment.loader(fixture).getHarness(PanoptoSessionListHarness);
    await waitFor(async () => (await sessions.getSessionNames()).length > 0, 'the sessions of Week 1');
    expect((await sessions.getSessionNames()).some((n) => n.startsWith('BIO101 Week 1'))).toBeTrue();
  }, 60000);

  it('opens the 3,000-folder archive with fewer than 80 rows in the DOM and reaches the last one', async () => {
    await start('instructor');
    await expand('University Archive');
    await expand('Departmental recordings (3,000 folders)');
    const first = await browser.getRow({ name: 'Department recording 0001' });
    expect(await first.getSetSize()).toBe(3000);
    expect(await browser.countDomRows()).toBeLessThan(80);
    await first.focus();
    await browser.pressKey('End');
    await settle(6);
    // The last row of the whole tree is the archive's other child; the one above it is the 3,000th folder.
    expect((document.activeElement?.textContent ?? '').trim()).toBe('Lecture capture backlog (1,000 sessions)');
    await browser.pressKey('ArrowUp');
    await settle(6);
    expect((document.activeElement?.textContent ?? '').trim()).toBe('Department recording 3000');
    expect(await browser.countDomRows()).toBeLessThan(80);
  }, 60000);

  it('creates, renames, moves and deletes a folder as the instructor', async () => {
    await start('instructor');
    const name = `pfb-it-${Date.now()}`;
    await expand('Faculty of Science');
    await (await browser.getRow({ name: 'Faculty of Science' })).click();
    await waitFor(async () => (await browser.getActions()).includes('New folder'), 'the management actions');

    await browser.clickAction('New folder');
    await browser.setDialogName(name);
    await browser.submitDialog();
    await waitFor(hasRow(name), 'the new folder');
    const created = fixture.componentInstance.changes.find((c) => c.kind === 'created')!;
    expect((await (await api(`/folders/${created.id}`)).json()).Name).toBe(name);

    await (await browser.getRow({ name })).click();
    await waitFor(async () => (await browser.getActions()).includes('Rename'), 'rename to be offered');
    await browser.clickAction('Rename');
    await browser.setDialogName(`${name} renamed`);
    await browser.submitDialog();
    await waitFor(hasRow(`${name} renamed`), 'the renamed folder');
    expect((await (await api(`/folders/${created.id}`)).json()).Name).toBe(`${name} renamed`);

    await browser.clickAction('Move to…');
    await browser.filterMoveTargets('BIO101 Intro');
    await waitFor(
      async () => (await browser.getMoveTargets()).some((t) => t.includes('BIO101 Introduction to Biology')),
      'the move target',
    );
    await browser.chooseMoveTarget(/BIO101 Introduction to Biology/);
    await browser.submitDialog();
    await waitFor(async () => fixture.componentInstance.changes.some((c) => c.kind === 'moved'), 'the move');
    const moved = (await (await api(`/folders/${created.id}`)).json()) as { ParentFolder: { Name: string } };
    expect(moved.ParentFolder.Name).toBe('BIO101 Introduction to Biology');

    await (await browser.getRow({ name: 'BIO101 Introduction to Biology' })).toggle();
    await waitFor(hasRow(`${name} renamed`), 'the moved folder under its new parent');
    await (await browser.getRow({ name: `${name} renamed` })).click();
    await waitFor(async () => (await browser.getActions()).includes('Delete'), 'delete to be offered');
    await browser.clickAction('Delete');
    await browser.submitDialog();
    await waitFor(async () => !(await browser.getRowNames()).includes(`${name} renamed`), 'the folder to go');
    expect((await api(`/folders/${created.id}`)).status).toBe(404);
  }, 60000);

  it('gives a student no management actions', async () => {
    await start('student');
    await (await browser.getRow({ name: 'Faculty of Science' })).click();
    await settle(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(2);
    expect(await browser.getActions()).toEqual(['Refresh']);
    expect(await (await browser.getRow({ name: 'Faculty of Science' })).isDraggable()).toBeFalse();
  }, 60000);
});
