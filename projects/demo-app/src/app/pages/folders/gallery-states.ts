import { ChangeDetectionStrategy, Component, Input } from '@angular/core';
import { NgIf } from '@angular/common';
import { PanoptoFolderBrowserComponent, PanoptoSessionListComponent } from 'panopto-ng/folders';
import {
  InMemoryPanoptoFolders,
  courseTreeFixture,
  fakeGuid,
  hugeFolderFixture,
  provideInMemoryPanoptoFolders,
} from 'panopto-ng/folders/testing';

/*
 * Each state of the gallery is one small component with its own in-memory Panopto: the real components and
 * the real PanoptoApi, with only the HTTP answered from memory, so what designers see is what users get.
 */

const course = courseTreeFixture();
const FIRST_FOLDER = course.folders[0].Id;

/** Answers never arrive: the loading states. */
@Component({
  selector: 'demo-folders-loading',
  standalone: true,
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  providers: provideInMemoryPanoptoFolders(Object.assign(new InMemoryPanoptoFolders(course), { hold: true })),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser class="gallery-tree" hideManagement></panopto-folder-browser>
    <panopto-session-list [folderId]="folderId"></panopto-session-list>`,
})
export class FoldersLoadingStateComponent {
  readonly folderId = FIRST_FOLDER;
}

/** A tenant with no folders and a folder with no sessions. */
@Component({
  selector: 'demo-folders-empty',
  standalone: true,
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  providers: provideInMemoryPanoptoFolders(new InMemoryPanoptoFolders({ folders: [] })),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser class="gallery-tree" hideManagement></panopto-folder-browser>
    <panopto-session-list [folderId]="null"></panopto-session-list>`,
})
export class FoldersEmptyStateComponent {}

function failing(): InMemoryPanoptoFolders {
  const panopto = new InMemoryPanoptoFolders(course);
  panopto.fail({
    path: /^\/folders\/[^/]+\/children$/,
    status: 503,
    message: 'Panopto is under maintenance until 10:00.',
    times: 1000,
  });
  panopto.fail({ path: /\/sessions$/, status: 403, message: 'You do not have access to this folder.', times: 1000 });
  return panopto;
}

/** Every load fails: retry rows and error messages in words. */
@Component({
  selector: 'demo-folders-error',
  standalone: true,
  imports: [PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  providers: provideInMemoryPanoptoFolders(failing()),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser class="gallery-tree" hideManagement></panopto-folder-browser>
    <panopto-session-list [folderId]="folderId"></panopto-session-list>`,
})
export class FoldersErrorStateComponent {
  readonly folderId = FIRST_FOLDER;
}

/** Nobody signed in: Panopto answers 401 with its developer-facing text ("send Authorization: Bearer …"). */
function signedOut(): InMemoryPanoptoFolders {
  const panopto = new InMemoryPanoptoFolders(course);
  panopto.fail({
    path: /^\/folders\/[^/]+\/children$/,
    status: 401,
    message: 'Authorization is required: send "Authorization: Bearer <access token>".',
    times: 1000,
  });
  return panopto;
}

/** Signed out: a sign-in prompt instead of Panopto's message; its button is the gallery's real sign-in. */
@Component({
  selector: 'demo-folders-signed-out',
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  providers: provideInMemoryPanoptoFolders(signedOut()),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser class="gallery-tree" hideManagement></panopto-folder-browser>`,
})
export class FoldersSignedOutStateComponent {}

const huge = hugeFolderFixture(3000);

/** One folder with 3,000 children, 50 per page as Panopto pages them, shown as they arrive. */
@Component({
  selector: 'demo-folders-huge',
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  providers: provideInMemoryPanoptoFolders(
    new InMemoryPanoptoFolders({ folders: huge.folders, pageSize: 50, latencyMs: 20 }),
  ),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser class="gallery-tree" hideManagement></panopto-folder-browser>`,
})
export class FoldersHugeStateComponent {}

/** The course tree with management switched on (every folder manageable) and some sessions. */
@Component({
  selector: 'demo-folders-course',
  standalone: true,
  imports: [NgIf, PanoptoFolderBrowserComponent, PanoptoSessionListComponent],
  providers: provideInMemoryPanoptoFolders(new InMemoryPanoptoFolders({ ...course, latencyMs: 150 })),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-folder-browser
      class="gallery-tree"
      [selectedFolderId]="preselect ? folderId : null"
      [hideSearch]="compact"
      (folderSelected)="folderId = $event.id"
    ></panopto-folder-browser>
    <panopto-session-list *ngIf="!compact" [folderId]="folderId"></panopto-session-list>`,
})
export class FoldersCourseStateComponent {
  /** Reveal and select the first folder on start. */
  @Input() preselect = false;
  /** Leave the search and session list out (narrow cards). */
  @Input() compact = false;
  folderId: string = fakeGuid(1);
}
