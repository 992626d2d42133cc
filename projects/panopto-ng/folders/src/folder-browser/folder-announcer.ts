import { LiveAnnouncer } from '@angular/cdk/a11y';
import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, inject } from '@angular/core';
import { FolderLoadEvent } from '../folder-node-graph';
import { FolderSearchState } from '../folder-search';

/** How urgently a screen reader should read a message (as `LiveAnnouncer` takes it). */
export type FolderAnnouncementPoliteness = 'polite' | 'assertive';

/** One message for screen readers. */
export interface FolderAnnouncement {
  readonly message: string;
  readonly politeness: FolderAnnouncementPoliteness;
}

/** What to say when the children of a folder loaded or failed (`rootId`'s own children are "Folders"). */
export function folderLoadAnnouncement(event: FolderLoadEvent, rootId: string): FolderAnnouncement {
  const atRoot = event.folderId === rootId;
  if (event.kind === 'error')
    return {
      message: `Could not load ${atRoot ? 'folders' : `subfolders of ${event.name}`}: ${event.message}`,
      politeness: 'assertive',
    };
  const where = atRoot ? 'Folders' : event.name;
  if (event.count === 0)
    return { message: atRoot ? 'No folders.' : `${where} has no subfolders.`, politeness: 'polite' };
  return {
    message: `${where}: ${event.count} ${event.count === 1 ? 'folder' : 'folders'} loaded.`,
    politeness: 'polite',
  };
}

/** What to say when a folder search finished or failed; null while idle or searching. */
export function folderSearchAnnouncement(state: FolderSearchState): FolderAnnouncement | null {
  if (state.status === 'done')
    return {
      message: state.results.length
        ? `${state.results.length} folders found for ${state.query}.`
        : `No folders found for ${state.query}.`,
      politeness: 'polite',
    };
  if (state.status === 'error') return { message: `Search failed: ${state.message}`, politeness: 'assertive' };
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

  /** Reads `message` out (politely unless told otherwise). */
  announce(message: string, politeness: FolderAnnouncementPoliteness = 'polite'): void {
    if (this.isBrowser) void this.live.announce(message, politeness);
  }

  /** Announces a finished or failed load of a folder's children. */
  announceLoad(event: FolderLoadEvent, rootId: string): void {
    this.say(folderLoadAnnouncement(event, rootId));
  }

  /** Announces a finished or failed folder search (nothing while idle or searching). */
  announceSearch(state: FolderSearchState): void {
    this.say(folderSearchAnnouncement(state));
  }

  private say(announcement: FolderAnnouncement | null): void {
    if (announcement) this.announce(announcement.message, announcement.politeness);
  }
}
