import { PanoptoConfigError } from '../errors/panopto-config-error';
import { PanoptoRetryConfig } from '../retry/retry-policy';

/*
 * The shared rules every `validatePanoptoXConfig()` is built from, so each option of each feature fails the same
 * way: at startup, with a `PanoptoConfigError` naming the full field path (`upload.retry.maxRetries`) and saying
 * what would be accepted.
 */

// Angular's development flag: production builds define it as false, so the minifier drops the did-you-mean search
// and the option lists it guards (the facts a developer needs while writing the config). Outside Angular (Node, a
// worker) it is undefined and everything is kept. Checked at each use site: a shared constant is not folded
// across modules.
declare const ngDevMode: boolean | undefined;

/** Hosts for which plain http is allowed: the local emulator and local development. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True for the loopback host names (`localhost`, `127.0.0.1`, `[::1]`).
 *
 * @example
 * ```ts
 * isLoopbackHost(new URL('http://localhost:4300').hostname); // true
 * ```
 */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Edit distance between two short strings (option names), for the did-you-mean hint. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known option a typo most likely meant: same letters in another case, or at most two edits away. */
function closestKnown(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Checks that an object has no keys besides the known ones; a typo (`serverURL`, `concurrancy`) fails loudly,
 * with a did-you-mean hint, instead of being silently ignored.
 *
 * @example
 * ```ts
 * rejectUnknownKeys(options, ['concurrency', 'partSizeBytes'], 'upload');
 * // PanoptoConfigError: `upload.concurrancy` is not a known option. Did you mean `concurrency`? …
 * ```
 */
export function rejectUnknownKeys(value: object, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const hint = typeof ngDevMode === 'undefined' || ngDevMode ? closestKnown(key, known) : undefined;
      throw new PanoptoConfigError(
        joinPath(path, key),
        typeof ngDevMode === 'undefined' || ngDevMode
          ? `is not a known option.${hint ? ` Did you mean \`${hint}\`?` : ''} Known options: ${known.join(', ')}.`
          : '',
      );
    }
  }
}

/**
 * An options object (or `{}` when `undefined`); anything else fails naming `field`.
 *
 * @example
 * ```ts
 * const raw = optionsObject(options, 'upload');
 * ```
 */
export function optionsObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode ? `must be an object; got ${JSON.stringify(value)}.` : '',
    );
  }
  return value as Record<string, unknown>;
}

/**
 * A number option: `fallback` when `undefined`, else a finite number within `[min, max]` (whole if `integer`).
 *
 * @example
 * ```ts
 * const concurrency = numberOption(raw['concurrency'], 'upload.concurrency', 4, { integer: true, min: 1, max: 16 });
 * ```
 */
export function numberOption(
  value: unknown,
  field: string,
  fallback: number,
  rule: { integer?: boolean; min?: number; max?: number } = {},
): number {
  if (value === undefined) return fallback;
  const min = rule.min ?? 0;
  const max = rule.max ?? Number.POSITIVE_INFINITY;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `must be a${rule.integer ? ' whole' : ''} number ${
            Number.isFinite(max) ? `from ${min} to ${max}` : `of at least ${min}`
          }; got ${JSON.stringify(value)}.`
        : '',
    );
  }
  return value as number;
}

/**
 * A boolean option: `fallback` when `undefined`, else `true` or `false`.
 *
 * @example
 * ```ts
 * const enabled = booleanOption(raw['enabled'], 'rateLimit.enabled', true);
 * ```
 */
export function booleanOption(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode ? `must be true or false; got ${JSON.stringify(value)}.` : '',
    );
  }
  return value;
}

/**
 * A string option: `fallback` when `undefined`, else a non-empty string.
 *
 * @example
 * ```ts
 * const clientId = stringOption(raw['clientId'], 'auth.clientId', '');
 * ```
 */
export function stringOption(value: unknown, field: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode ? `must be a non-empty string; got ${JSON.stringify(value)}.` : '',
    );
  }
  return value;
}

/**
 * One of a fixed set of values: `fallback` when `undefined`; a near miss gets a did-you-mean hint.
 *
 * @example
 * ```ts
 * const mode = oneOfOption(raw['mode'], 'auth.mode', ['public', 'broker'] as const, 'public');
 * ```
 */
export function oneOfOption<T extends string | number | boolean>(
  value: unknown,
  field: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const hint =
    (typeof ngDevMode === 'undefined' || ngDevMode) && typeof value === 'string'
      ? closestKnown(value, allowed.map(String))
      : undefined;
  throw new PanoptoConfigError(
    field,
    typeof ngDevMode === 'undefined' || ngDevMode
      ? `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${JSON.stringify(value)}.` +
        (hint ? ` Did you mean ${JSON.stringify(hint)}?` : '')
      : '',
  );
}

/**
 * Validates a URL option: parseable, https (http only on loopback), no credentials, query or fragment.
 *
 * @example
 * ```ts
 * const url = validateBaseUrl(raw['serverUrl'], 'serverUrl');
 * ```
 */
export function validateBaseUrl(value: unknown, field: string): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `is required: give your Panopto site's address, for example 'https://myuni.hosted.panopto.com'.`
        : '',
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `is not a valid URL ('${value}'). Use 'https://myuni.hosted.panopto.com'.`
        : '',
    );
  }
  const secure = url.protocol === 'https:';
  const localHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !localHttp) {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `must use https ('${value}'). Plain http is accepted only for localhost, such as the local emulator.`
        : '',
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new PanoptoConfigError(
      field,
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `must not contain credentials, a query or a fragment ('${value}').`
        : '',
    );
  }
  return url;
}

const RETRY_KEYS = ['maxRetries', 'initialDelayMs', 'maxDelayMs'] as const;

/**
 * A `retry` option in the one vocabulary (`maxRetries`, `initialDelayMs`, `maxDelayMs`), partial or absent,
 * completed from `defaults`.
 *
 * @example
 * ```ts
 * const retry = validateRetryConfig(raw['retry'], 'upload.retry', { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30_000 });
 * ```
 */
export function validateRetryConfig(value: unknown, field: string, defaults: PanoptoRetryConfig): PanoptoRetryConfig {
  const raw = optionsObject(value, field);
  rejectUnknownKeys(raw, RETRY_KEYS, field);
  return {
    maxRetries: numberOption(raw['maxRetries'], `${field}.maxRetries`, defaults.maxRetries, { integer: true }),
    initialDelayMs: numberOption(raw['initialDelayMs'], `${field}.initialDelayMs`, defaults.initialDelayMs),
    maxDelayMs: numberOption(raw['maxDelayMs'], `${field}.maxDelayMs`, defaults.maxDelayMs),
  };
}
