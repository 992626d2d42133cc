// PANOPTO_EMULATOR_DATA=dir: the store is loaded from `<dir>/data.json` and written back (debounced,
// atomically via rename) after every change, so data and uploads survive restarts.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmulatorStore } from './store.js';
import type { StoreSnapshot } from './types.js';
import { buildSeed } from '../seed/seed.js';

export async function loadSnapshot(dataDir: string | undefined, log: (m: string) => void): Promise<StoreSnapshot> {
  if (dataDir) {
    const file = join(dataDir, 'data.json');
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(await readFile(file, 'utf8')) as StoreSnapshot;
        if (parsed.version === 1) {
          log(`Loaded data from ${file}.`);
          return parsed;
        }
        log(`${file} has an unknown version; starting from the seed.`);
      } catch (err) {
        log(`${file} is unreadable (${(err as Error).message}); starting from the seed.`);
      }
      // Keep the unusable file for inspection instead of overwriting it.
      const aside = `${file}.unreadable-${Date.now()}`;
      await rename(file, aside);
      log(`Moved it to ${aside}.`);
    }
  }
  return buildSeed();
}

export class Persistence {
  private timer: NodeJS.Timeout | undefined;
  private readonly unsubscribe: () => void;
  private readonly file: string;

  constructor(
    private readonly store: EmulatorStore,
    dataDir: string,
    private readonly log: (m: string) => void,
    private readonly debounceMs = 250,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'data.json');
    this.unsubscribe = store.onChange(() => this.schedule());
    if (!existsSync(this.file)) this.writeNow();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writeNow();
    }, this.debounceMs);
  }

  private writeNow(): void {
    try {
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.store.snapshot()));
      renameSync(tmp, this.file);
    } catch (err) {
      this.log(`Could not save ${this.file}: ${(err as Error).message}`);
    }
  }

  /** Writes pending changes now (on close). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.writeNow();
    }
  }

  stop(): void {
    this.unsubscribe();
  }
}
