import { LiveAnnouncer } from '@angular/cdk/a11y';
import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, inject } from '@angular/core';
import { FolderLoadEvent } from '../folder-node-graph';
import { FolderSearchState } from '../folder-search';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS, PanoptoFoldersTexts } from '../i18n/folders-texts';
import { PANOPTO_FOLDERS_TEXTS } from '../i18n/folders-texts-set';
import { injectPanoptoTexts } from 'panopto-ng';

/** How urgently a screen reader should read a message (as `LiveAnnouncer` takes it). */
export type FolderAnnouncementPoliteness = 'polite' | 'assertive';

/** One message for screen readers. */
export interface FolderAnnouncement {
  readonly message: string;
  readonly politeness: FolderAnnouncementPoliteness;
}

/** The texts the announcements are worded with. */
type AnnouncementTexts = Pick<
  PanoptoFoldersTexts,
  'announceLoaded' | 'announceLoadFailed' | 'announceSearchDone' | 'searchFailed'
>;

/** What to say when the children of a folder loaded or failed (`rootId`'s own children are the top level). */
export function folderLoadAnnouncement(
  event: FolderLoadEvent,
  rootId: string,
  texts: AnnouncementTexts = DEFAULT_PANOPTO_FOLDERS_TEXTS,
): FolderAnnouncement {
  const folderName = event.folderId === rootId ? null : event.name;
  if (event.kind === 'error')
    return { message: texts.announceLoadFailed(folderName, event.message), politeness: 'assertive' };
  return { message: texts.announceLoaded(folderName, event.count), politeness: 'polite' };
}

/** What to say when a folder search finished or failed; null while idle or searching. */
export function folderSearchAnnouncement(
  state: FolderSearchState,
  texts: AnnouncementTexts = DEFAULT_PANOPTO_FOLDERS_TEXTS,
): FolderAnnouncement | null {
  if (state.status === 'done')
    return { message: texts.announceSearchDone(state.query, state.results.length), politeness: 'polite' };
  if (state.status === 'error') return { message: texts.searchFailed(state.message), politeness: 'assertive' };
  return null;
}

/**
 * The folder browser's voice: every load, search result, change and failure goes to the CDK's
 * `LiveAnnouncer` through here, in the browser only (nothing is announced during server-side rendering).
 * Provided by `<panopto-folder-browser>` itself.
 */
@Injectable()
export class FolderBrowserAnnouncer {
  private readonly live = inject(LiveAnnouncer);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly texts = injectPanoptoTexts(PANOPTO_FOLDERS_TEXTS);

  /** Reads `message` out (politely unless told otherwise). */
  announce(message: string, politeness: FolderAnnouncementPoliteness = 'polite'): void {
    if (this.isBrowser) void this.live.announce(message, politeness);
  }

  /** Announces a finished or failed load of a folder's children. */
  announceLoad(event: FolderLoadEvent, rootId: string): void {
    this.say(folderLoadAnnouncement(event, rootId, this.texts));
  }

  /** Announces a finished or failed folder search (nothing while idle or searching). */
  announceSearch(state: FolderSearchState): void {
    this.say(folderSearchAnnouncement(state, this.texts));
  }

  private say(announcement: FolderAnnouncement | null): void {
    if (announcement) this.announce(announcement.message, announcement.politeness);
  }
}
