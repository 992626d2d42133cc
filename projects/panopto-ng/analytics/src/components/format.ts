/**
 * `75` → `1:15`, `3725` → `1:02:05`; with `fractionDigits` 1, `2.5` → `0:02.5` (for sub-second buckets).
 */
export function formatSeconds(seconds: number, fractionDigits = 0): string {
  const scale = 10 ** fractionDigits;
  const total = Math.max(0, Math.round(seconds * scale) / scale);
  const whole = Math.floor(total);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const rest = total - h * 3600 - m * 60;
  const s =
    fractionDigits > 0
      ? rest.toFixed(fractionDigits).padStart(3 + fractionDigits, '0')
      : String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** `0.5` → `0.5`, `2` → `2`, `1.333` → `1.3`: counts for text alternatives. */
export function formatCount(value: number): string {
  return String(Math.round(value * 10) / 10);
}

let nextId = 0;
/** Ids for `aria-labelledby` that stay unique when a component is used several times. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++nextId}`;
}
