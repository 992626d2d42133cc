// Where `apply` remembers which operations of a plan already succeeded, so an interrupted run can resume.

/** What is kept per completed operation. */
export interface SyncOpProgress {
  /** Folder id produced by a `create-folder` operation (its dependents need it after a resume). */
  folderId?: string;
}

/** Pluggable progress storage, keyed by plan id. Synchronous so it works with localStorage and files alike. */
export interface SyncProgressStore {
  load(planId: string): Record<string, SyncOpProgress>;
  markDone(planId: string, opId: string, progress: SyncOpProgress): void;
  /** Forget a plan (after it finished without failures). */
  clear(planId: string): void;
}

/**
 * Progress in memory: survives an interrupted `apply` in the same page or process.
 *
 * @example
 * const store = new InMemorySyncProgressStore();
 */
export class InMemorySyncProgressStore implements SyncProgressStore {
  private readonly plans = new Map<string, Record<string, SyncOpProgress>>();

  load(planId: string): Record<string, SyncOpProgress> {
    return { ...(this.plans.get(planId) ?? {}) };
  }

  markDone(planId: string, opId: string, progress: SyncOpProgress): void {
    this.plans.set(planId, { ...(this.plans.get(planId) ?? {}), [opId]: progress });
  }

  clear(planId: string): void {
    this.plans.delete(planId);
  }
}

/** The subset of `Storage` used, so tests and Node can pass their own. */
export type SyncKeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Progress in `localStorage` (or any `Storage`): survives a reload or a closed tab.
 * A corrupt entry is treated as "nothing done yet" — re-running an op is safe, losing the page is not.
 *
 * @example
 * const store = new LocalStorageSyncProgressStore(window.localStorage);
 */
export class LocalStorageSyncProgressStore implements SyncProgressStore {
  constructor(private readonly storage: SyncKeyValueStorage, private readonly prefix = 'panopto-ng:sync:') {}

  load(planId: string): Record<string, SyncOpProgress> {
    try {
      const raw = this.storage.getItem(this.prefix + planId);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, SyncOpProgress>) : {};
    } catch {
      return {};
    }
  }

  markDone(planId: string, opId: string, progress: SyncOpProgress): void {
    this.storage.setItem(this.prefix + planId, JSON.stringify({ ...this.load(planId), [opId]: progress }));
  }

  clear(planId: string): void {
    this.storage.removeItem(this.prefix + planId);
  }
}
