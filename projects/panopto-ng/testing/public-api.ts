/*
 * Public API of `panopto-ng/testing`: fakes for apps' own tests — the one fake clock, and a fake Embed API.
 */
export { FakePanoptoClock, provideFakePanoptoClock } from './src/fake-panopto-clock';
export * from './src/fake-embed-api';
