/** The elements package's version; kept equal to projects/panopto-elements/package.json by the elements spec. */
export const PANOPTO_ELEMENTS_VERSION = '0.1.0';
