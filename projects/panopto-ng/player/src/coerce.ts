/**
 * Input coercion for the player (the CDK's `coerceBooleanProperty`/`coerceNumberProperty` semantics), kept
 * local so the player needs no `@angular/cdk` and carries none of its module headers into apps' bundles.
 */

/** What a boolean input accepts: `true`, `false`, or an attribute string (present = true, `"false"` = false). */
export type PlayerBooleanInput = boolean | string | null | undefined;
/** What a numeric input accepts: a number or a numeric string. */
export type PlayerNumberInput = number | string | null | undefined;

/** `<panopto-player autoplay>` is true, `autoplay="false"` and null/undefined are false. */
export function toBoolean(value: PlayerBooleanInput): boolean {
  return value != null && `${value}` !== 'false';
}

/** The number a numeric input holds, or `fallback` when it holds none (`''`, `'abc'`, null). */
export function toNumber(value: PlayerNumberInput, fallback: number): number {
  const n = typeof value === 'number' ? value : value == null || `${value}`.trim() === '' ? NaN : Number(value);
  return Number.isNaN(n) ? fallback : n;
}
