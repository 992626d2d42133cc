/**
 * One remembered choice of the gallery (theme, direction), kept in `localStorage` under `key` and read back
 * only when it is one of `allowed`, so a stale or hand-edited value falls back to the caller's default.
 * Storage can be missing (server render) or blocked (privacy mode): reads then give `null` and writes are
 * dropped, and the choice still applies to the page that made it.
 *
 * @example
 * ```ts
 * const stored = storedChoice(document, 'panopto-ng-demo-dir', ['ltr', 'rtl'] as const);
 * const dir = stored.read() ?? 'ltr';
 * stored.write('rtl');
 * ```
 */
export interface StoredChoice<T extends string> {
  read(): T | null;
  write(value: T): void;
}

export function storedChoice<T extends string>(doc: Document, key: string, allowed: readonly T[]): StoredChoice<T> {
  const storage = (): Storage | undefined => doc.defaultView?.localStorage;
  return {
    read() {
      try {
        const value = storage()?.getItem(key);
        return allowed.find((choice) => choice === value) ?? null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        /* storage may be blocked; the choice still applies for this page */
      }
    },
  };
}
