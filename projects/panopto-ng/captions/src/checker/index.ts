// The caption-file checker, framework-free (no Angular): importable from a Web Worker or Node.
export * from './caption-findings';
export { checkCaptionText, checkCaptionBytes, checkCaptionFile } from './check-caption-text';
