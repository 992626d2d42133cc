import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpBackend, provideHttpClient } from '@angular/common/http';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import * as axe from 'axe-core';
import { providePanopto } from 'panopto-ng';
import {
  InMemoryPanoptoFolders,
  InMemorySession,
  PanoptoSessionListHarness,
  fakeGuid,
} from 'panopto-ng/folders/testing';
import { PanoptoSessionListComponent, PanoptoSessionListItem } from './session-list.component';

const FOLDER = fakeGuid(1);
const EMPTY_FOLDER = fakeGuid(2);
const SERVER = 'https://panopto.test';

function sessions(): InMemorySession[] {
  return Array.from({ length: 7 }, (_, i) => ({
    Id: fakeGuid(0x5e00 + i),
    Name: `Lecture ${i + 1}`,
    Folder: FOLDER,
    Duration: 60 * (i + 1) + 5,
    StartTime: new Date(Date.UTC(2026, 0, 10 - i)).toISOString(),
    ThumbnailUrl:
      i === 0
        ? `${SERVER}/Panopto/thumbs/1.jpg`
        : i === 1
        ? 'https://evil.example/steal.png'
        : i === 2
        ? 'javascript:alert(1)'
        : undefined,
  }));
}

@Component({
  standalone: true,
  imports: [PanoptoSessionListComponent],
  template: `<panopto-session-list
    [folderId]="folderId"
    (sessionSelected)="chosen.push($event)"
  ></panopto-session-list>`,
})
class HostComponent {
  folderId: string | null = FOLDER;
  chosen: PanoptoSessionListItem[] = [];
}

describe('PanoptoSessionListComponent', () => {
  let panopto: InMemoryPanoptoFolders;
  let fixture: ComponentFixture<HostComponent>;
  let list: PanoptoSessionListHarness;
  let announce: jasmine.Spy;

  // Answers arrive while the harness waits for stability; this renders what they changed (OnPush).
  async function settle(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function setup(folderId: string | null = FOLDER, pageSize = 50): Promise<void> {
    panopto = new InMemoryPanoptoFolders({
      folders: [
        { Id: FOLDER, Name: 'Lectures' },
        { Id: EMPTY_FOLDER, Name: 'Empty' },
      ],
      sessions: sessions(),
      pageSize,
    });
    TestBed.configureTestingModule({
      imports: [HostComponent],
      providers: [
        provideHttpClient(),
        { provide: HttpBackend, useValue: panopto },
        providePanopto({ serverUrl: SERVER, retry: { maxRetries: 0 }, rateLimit: { enabled: false } }),
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.returnValue(Promise.resolve());
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.folderId = folderId;
    list = await TestbedHarnessEnvironment.loader(fixture).getHarness(PanoptoSessionListHarness);
    await settle();
  }

  afterEach(() => fixture?.destroy());

  it('lists name, duration and validated thumbnails, and announces the count', async () => {
    await setup();
    expect(await list.getSessionNames()).toEqual([
      'Lecture 1',
      'Lecture 2',
      'Lecture 3',
      'Lecture 4',
      'Lecture 5',
      'Lecture 6',
      'Lecture 7',
    ]);
    expect((await list.getDurations()).slice(0, 2)).toEqual(['1:05', '2:05']);
    const thumbs = await list.getThumbnailUrls();
    expect(thumbs[0]).toBe(`${SERVER}/Panopto/thumbs/1.jpg`);
    // A foreign host and a javascript: URL are replaced by Panopto's own preview image on the configured server.
    expect(thumbs[1]).toBe(`${SERVER}/Panopto/PublicAPI/SessionPreviewImage?id=${fakeGuid(0x5e01)}`);
    expect(thumbs[2]).toBe(`${SERVER}/Panopto/PublicAPI/SessionPreviewImage?id=${fakeGuid(0x5e02)}`);
    expect(announce).toHaveBeenCalledWith('7 sessions shown.', 'polite');
  });

  it('shows a loading state while the first page is on its way', async () => {
    await setup(null);
    panopto.hold = true;
    fixture.componentInstance.folderId = FOLDER;
    fixture.detectChanges();
    expect(await list.isLoading()).toBeTrue();
    panopto.release();
    // release() runs in the test's zone, so Angular's whenStable does not wait for the answer it schedules.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(await list.isLoading()).toBeFalse();
    expect((await list.getSessionNames()).length).toBe(7);
  });

  it('shows the empty state and the no-folder state', async () => {
    await setup(EMPTY_FOLDER);
    expect(await list.getEmptyText()).toBe('No sessions in this folder.');
    fixture.componentInstance.folderId = null;
    fixture.detectChanges();
    expect(await list.getEmptyText()).toBe('Choose a folder to see its sessions.');
  });

  it('shows Panopto errors in words and retries', async () => {
    await setup(null);
    panopto.fail({ path: /\/sessions$/, status: 403, message: 'You do not have access to this folder.' });
    fixture.componentInstance.folderId = FOLDER;
    fixture.detectChanges();
    await fixture.whenStable();
    await settle();
    expect(await list.getErrorText()).toContain('You do not have access to this folder.');
    await list.retry();
    await fixture.whenStable();
    expect((await list.getSessionNames()).length).toBe(7);
  });

  it('sorts by date (newest first) and by name through Panopto', async () => {
    await setup();
    await list.sortBy('Date');
    await settle();
    const request = panopto.requestsTo(/\/sessions$/).pop()!;
    expect([request.params['sortField'], request.params['sortOrder']]).toEqual(['CreatedDate', 'Desc']);
    expect((await list.getSessionNames())[0]).toBe('Lecture 1');
    await list.sortBy('Date');
    await settle();
    expect((await list.getSessionNames())[0]).toBe('Lecture 7');
    await list.sortBy('Name');
    await settle();
    expect(panopto.requestsTo(/\/sessions$/).pop()!.params['sortField']).toBe('Name');
  });

  it('pages with "Show more" until Panopto has no more', async () => {
    await setup(FOLDER, 3);
    expect((await list.getSessionNames()).length).toBe(3);
    expect(await list.hasMore()).toBeTrue();
    await list.showMore();
    await settle();
    expect((await list.getSessionNames()).length).toBe(6);
    await list.showMore();
    await settle();
    expect((await list.getSessionNames()).length).toBe(7);
    expect(await list.hasMore()).toBeFalse();
    expect(panopto.requestsTo(/\/sessions$/).map((r) => r.params['pageNumber'])).toEqual(['0', '1', '2']);
  });

  it('emits the chosen session', async () => {
    await setup();
    await list.chooseSession('Lecture 3');
    expect(fixture.componentInstance.chosen.map((c) => c.id)).toEqual([fakeGuid(0x5e02)]);
  });

  it('refuses a folder id that is not a GUID', async () => {
    await setup('../../admin');
    expect(await list.getErrorText()).toContain("'../../admin' is not a Panopto folder id");
    expect(panopto.requests.length).toBe(0);
  });

  it('has no axe-core violations', async () => {
    await setup();
    const result = await axe.run(fixture.nativeElement as HTMLElement, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
