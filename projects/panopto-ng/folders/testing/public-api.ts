/*
 * Public API of `panopto-ng/folders/testing`: component harnesses for the folder browser and session list,
 * and an in-memory Panopto (folder and session REST paths) to run them against.
 */
export { PanoptoFolderBrowserHarness, PanoptoFolderTreeItemHarness } from './folder-browser-harness';
export type { PanoptoFolderTreeItemHarnessFilters } from './folder-browser-harness';
export { PanoptoSessionListHarness } from './session-list-harness';
export { InMemoryPanoptoFolders, courseTreeFixture, fakeGuid, hugeFolderFixture } from './in-memory-panopto-folders';
export type {
  InMemoryFault,
  InMemoryFolder,
  InMemoryPanoptoOptions,
  InMemoryRequestRecord,
  InMemorySession,
} from './in-memory-panopto-folders';
export { provideInMemoryPanoptoFolders } from './in-memory-providers';
