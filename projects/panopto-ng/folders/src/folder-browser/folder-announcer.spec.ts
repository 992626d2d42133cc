import { LiveAnnouncer } from '@angular/cdk/a11y';
import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FolderBrowserAnnouncer, folderLoadAnnouncement, folderSearchAnnouncement } from './folder-announcer';

const ROOT = '00000000-0000-0000-0000-000000000000';
const ARTS = '00000000-0000-0000-0000-000000000001';

describe('folder announcements', () => {
  it('words loads of the top level and of a folder, empty or not, and failures assertively', () => {
    const loaded = (folderId: string, count: number) =>
      folderLoadAnnouncement({ kind: 'loaded', folderId, name: 'Arts', count }, ROOT);
    expect(loaded(ROOT, 4)).toEqual({ message: 'Folders: 4 folders loaded.', politeness: 'polite' });
    expect(loaded(ARTS, 1)).toEqual({ message: 'Arts: 1 folder loaded.', politeness: 'polite' });
    expect(loaded(ROOT, 0).message).toBe('No folders.');
    expect(loaded(ARTS, 0).message).toBe('Arts has no subfolders.');
    const failed = (folderId: string) =>
      folderLoadAnnouncement({ kind: 'error', folderId, name: 'Arts', message: 'Panopto is down.' }, ROOT);
    expect(failed(ROOT)).toEqual({ message: 'Could not load folders: Panopto is down.', politeness: 'assertive' });
    expect(failed(ARTS).message).toBe('Could not load subfolders of Arts: Panopto is down.');
  });

  it('words search results and failures, and says nothing while idle or searching', () => {
    expect(
      folderSearchAnnouncement({ status: 'done', query: 'ENG', results: [{ Id: ARTS, Name: 'ENG 101' }] }),
    ).toEqual({ message: '1 folder found for ENG.', politeness: 'polite' });
    expect(folderSearchAnnouncement({ status: 'done', query: 'x', results: [] })?.message).toBe(
      'No folders found for x.',
    );
    expect(folderSearchAnnouncement({ status: 'error', query: 'x', results: [], message: 'Busy.' })).toEqual({
      message: 'Search failed: Busy.',
      politeness: 'assertive',
    });
    expect(folderSearchAnnouncement({ status: 'searching', query: 'x', results: [] })).toBeNull();
    expect(folderSearchAnnouncement({ status: 'idle', query: '', results: [] })).toBeNull();
  });
});

describe('FolderBrowserAnnouncer', () => {
  function setup(platform: 'browser' | 'server'): { announcer: FolderBrowserAnnouncer; live: jasmine.Spy } {
    TestBed.configureTestingModule({
      providers: [FolderBrowserAnnouncer, { provide: PLATFORM_ID, useValue: platform }],
    });
    const live = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.returnValue(Promise.resolve());
    return { announcer: TestBed.inject(FolderBrowserAnnouncer), live };
  }

  it('hands messages to the CDK LiveAnnouncer with their politeness', () => {
    const { announcer, live } = setup('browser');
    announcer.announce('Folder Law created.');
    announcer.announceLoad({ kind: 'error', folderId: ARTS, name: 'Arts', message: 'Down.' }, ROOT);
    announcer.announceSearch({ status: 'searching', query: 'x', results: [] });
    expect(live.calls.allArgs()).toEqual([
      ['Folder Law created.', 'polite'],
      ['Could not load subfolders of Arts: Down.', 'assertive'],
    ]);
  });

  it('announces nothing during server-side rendering', () => {
    const { announcer, live } = setup('server');
    announcer.announce('Folder Law created.');
    expect(live).not.toHaveBeenCalled();
  });
});
