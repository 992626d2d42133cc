import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';
import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';

/** A sink for specs: records batches; `failures` makes the next N `send()` calls reject. */
export class RecordingSink implements PanoptoAnalyticsSink {
  readonly sent: PanoptoAnalyticsBatch[] = [];
  readonly unloaded: PanoptoAnalyticsBatch[] = [];
  calls = 0;
  failures = 0;
  acceptUnload = true;
  /** Resolve pending sends manually when set. */
  hold = false;
  private held: Array<() => void> = [];

  constructor(readonly name = 'recording') {}

  send(batch: PanoptoAnalyticsBatch): Promise<void> {
    this.calls++;
    if (this.failures > 0) {
      this.failures--;
      return Promise.reject(new Error('backend down'));
    }
    if (this.hold) {
      return new Promise<void>((resolve) =>
        this.held.push(() => {
          this.sent.push(batch);
          resolve();
        }),
      );
    }
    this.sent.push(batch);
    return Promise.resolve();
  }

  sendOnUnload(batch: PanoptoAnalyticsBatch): boolean {
    if (this.acceptUnload) this.unloaded.push(batch);
    return this.acceptUnload;
  }

  release(): void {
    const held = this.held;
    this.held = [];
    held.forEach((r) => r());
  }

  /** Every event id delivered, by send or beacon, in order. */
  deliveredIds(): string[] {
    return [...this.sent, ...this.unloaded].flatMap((b) => b.events.map((e) => e.id));
  }
}
