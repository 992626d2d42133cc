/*
 * Public API of `panopto-ng/folders/testing`: component harnesses for the folder browser and session list,
 * and an in-memory Panopto (folder and session REST paths) to run them against.
 */
export * from './folder-browser-harness';
export * from './session-list-harness';
export * from './in-memory-panopto-folders';
export * from './in-memory-providers';
