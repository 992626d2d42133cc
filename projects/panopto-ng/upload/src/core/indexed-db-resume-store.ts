import { PersistedUpload, UploadResumeStore } from './resume-store';

/**
 * Resume entries in IndexedDB (one object store keyed by fingerprint). Written with the plain IndexedDB API:
 * a few dozen lines do not justify a dependency. Every method opens the database lazily, so constructing the
 * store is free and safe during server rendering.
 */
export class IndexedDbResumeStore implements UploadResumeStore {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory, readonly databaseName = 'panopto-ng-upload') {}

  get(fingerprint: string): Promise<PersistedUpload | undefined> {
    return this.request('readonly', (store) => store.get(fingerprint)) as Promise<PersistedUpload | undefined>;
  }

  async put(entry: PersistedUpload): Promise<void> {
    await this.request('readwrite', (store) => store.put(entry));
  }

  async delete(fingerprint: string): Promise<void> {
    await this.request('readwrite', (store) => store.delete(fingerprint));
  }

  async prune(now: number): Promise<void> {
    const all = (await this.request('readonly', (store) => store.getAll())) as PersistedUpload[];
    for (const entry of all) if (entry.expiresAt < now) await this.delete(entry.fingerprint);
  }

  /** Closes the connection (tests delete the database afterwards). */
  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const request = this.factory.open(this.databaseName, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('uploads', { keyPath: 'fingerprint' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error(`IndexedDB database ${this.databaseName} is blocked.`));
      });
      this.db.catch(() => (this.db = null));
    }
    return this.db;
  }

  private async request(mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest): Promise<unknown> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction('uploads', mode);
      const request = make(transaction.objectStore('uploads'));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted.'));
    });
  }
}
