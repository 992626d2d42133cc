/*
 * Public API of `panopto-ng/testing`: fakes for apps' own tests. One `export *` per file, so each fake
 * (Embed API, auth, in-memory Panopto) lives in its own file.
 */
export * from './src/fake-embed-api';
