import { abortError } from 'panopto-ng/core';

/**
 * One limiter shared by every file and part of an engine, so "4 in parallel" means 4 requests in total, not
 * 4 per file. FIFO: parts start in the order they were queued.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: Array<{ start: () => void; signal?: AbortSignal; onAbort: () => void }> = [];
  /** Highest number of tasks that ever ran at once (tests and the demo read it). */
  peak = 0;

  constructor(private limitValue: number) {
    if (!(limitValue >= 1)) throw new RangeError(`The upload concurrency must be at least 1, got ${limitValue}.`);
  }

  get limit(): number {
    return this.limitValue;
  }

  get running(): number {
    return this.active;
  }

  /** Runs `task` when a slot is free. Rejects with an AbortError, without running, if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const start = () => {
        this.active++;
        this.peak = Math.max(this.peak, this.active);
        let result: Promise<T>;
        try {
          result = task();
        } catch (error) {
          result = Promise.reject(error);
        }
        result.then(resolve, reject).finally(() => {
          this.active--;
          this.next();
        });
      };
      if (this.active < this.limitValue) return start();
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', entry.onAbort);
          start();
        },
        signal,
        onAbort: () => {
          const index = this.waiting.indexOf(entry);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(abortError());
        },
      };
      signal?.addEventListener('abort', entry.onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private next(): void {
    while (this.active < this.limitValue && this.waiting.length) this.waiting.shift()?.start();
  }
}
