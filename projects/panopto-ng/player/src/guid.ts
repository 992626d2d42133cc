const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a Panopto id (a GUID such as `2f1c…-…`). Checked before an id reaches a URL, an iframe or CSS,
 * so `"`, `)` or `&` can never be smuggled into them.
 */
export function isPanoptoSessionId(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}
