import { Injectable } from '@angular/core';
import { PanoptoAnalyticsBatch, PanoptoAnalyticsSink } from 'panopto-ng/analytics';
import { BehaviorSubject } from 'rxjs';

/** One delivered batch as the page's log shows it. */
export interface DemoLoggedBatch {
  readonly batch: PanoptoAnalyticsBatch;
  readonly via: 'send' | 'beacon';
  readonly receivedAt: string;
}

/**
 * The page's own sink: keeps the batches it receives so the page can show them like a console. It is also the
 * example of an app-defined sink: anything with a `name` and a `send(batch)` works.
 */
@Injectable()
export class DemoLogSink implements PanoptoAnalyticsSink {
  readonly name = 'demo-log';
  /** When true, `send` fails: shows retries with backoff in the delivery counters. */
  failing = false;
  private readonly batchesSubject = new BehaviorSubject<DemoLoggedBatch[]>([]);
  readonly batches$ = this.batchesSubject.asObservable();

  send(batch: PanoptoAnalyticsBatch): Promise<void> {
    if (this.failing) return Promise.reject(new Error('demo sink set to fail'));
    this.push(batch, 'send');
    return Promise.resolve();
  }

  sendOnUnload(batch: PanoptoAnalyticsBatch): boolean {
    this.push(batch, 'beacon');
    return true;
  }

  clear(): void {
    this.batchesSubject.next([]);
  }

  private push(batch: PanoptoAnalyticsBatch, via: DemoLoggedBatch['via']): void {
    // Newest first, and only the last 30 batches, so the log stays readable.
    const entry = { batch, via, receivedAt: new Date().toLocaleTimeString() };
    this.batchesSubject.next([entry, ...this.batchesSubject.value].slice(0, 30));
  }
}
