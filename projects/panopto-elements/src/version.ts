/** The elements package's version; `npm run build:elements` refuses to build when it differs from package.json's. */
export const PANOPTO_ELEMENTS_VERSION = '0.1.0';
