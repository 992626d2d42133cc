import { isGuid } from 'panopto-ng/core';

/**
 * True for a Panopto id (a GUID such as `2f1c…-…`).
 *
 * @deprecated Use `isGuid` from `panopto-ng` (or `panopto-ng/core`) instead; this alias is removed in 0.3.
 *
 * @example
 * ```ts
 * import { isGuid } from 'panopto-ng';
 * if (isGuid(id)) { … }
 * ```
 */
export const isPanoptoSessionId: (value: unknown) => value is string = isGuid;
