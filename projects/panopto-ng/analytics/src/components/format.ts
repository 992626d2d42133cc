/** `75` → `1:15`, `3725` → `1:02:05`. */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
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
