/*
 * Public API of `panopto-ng/captions`: the caption-file checker (framework-free), the typed client of Panopto's
 * caption, caption-provider, accessibility and folder-settings operations, and the components.
 */
export * from './src/checker/index';
