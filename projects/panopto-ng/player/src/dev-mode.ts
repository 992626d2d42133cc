declare const ngDevMode: boolean | undefined;

/**
 * True in development builds. Production builds define `ngDevMode` as false, so the minifier drops the long
 * developer messages guarded by it.
 */
export const DEV_MODE = typeof ngDevMode === 'undefined' || !!ngDevMode;
