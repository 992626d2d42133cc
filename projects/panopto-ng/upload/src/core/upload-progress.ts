import { PanoptoClock } from 'panopto-ng/core';
import { ProgressMeter } from './progress-meter';
import { UploadFileState } from './upload-file-state';

/**
 * The progress of one upload: bytes of the parts in flight (on top of the acknowledged ones), the smoothed
 * speed, and how often a snapshot is published: at once for `emit(true)` (phase changes), otherwise at most once
 * per `intervalMs` with a trailing publication so the last bytes are never lost.
 */
export class UploadProgress {
  /** Bytes sent so far of each part in flight, keyed `fileName\u0000partNumber`. */
  private readonly inflight = new Map<string, number>();
  private readonly meter = new ProgressMeter();
  private lastEmit = Number.NEGATIVE_INFINITY;
  private cancelTimer: (() => void) | null = null;
  private speed = 0;

  constructor(
    private readonly clock: PanoptoClock,
    private readonly intervalMs: number,
    private readonly files: readonly UploadFileState[],
    /** Publishes a snapshot to the listeners (the speed is up to date when it is called). */
    private readonly publish: () => void,
  ) {}

  /** Smoothed bytes per second at the last publication. */
  get bytesPerSecond(): number {
    return this.speed;
  }

  /** Estimated seconds until `remainingBytes` are sent, or null while unknown. */
  secondsLeft(remainingBytes: number): number | null {
    return this.meter.secondsLeft(remainingBytes);
  }

  /** A new attempt of a part starts; progress of an earlier, failed attempt is discarded. */
  partStarted(fileName: string, partNumber: number): void {
    this.inflight.set(key(fileName, partNumber), 0);
  }

  partProgress(fileName: string, partNumber: number, loaded: number): void {
    this.inflight.set(key(fileName, partNumber), loaded);
  }

  partEnded(fileName: string, partNumber: number): void {
    this.inflight.delete(key(fileName, partNumber));
  }

  /** Forgets every part in flight (pause, cancel, failure). */
  clearInflight(): void {
    this.inflight.clear();
  }

  /** Acknowledged plus in-flight bytes of `file`, at most its size. */
  fileBytesSent(file: UploadFileState): number {
    if (file.completed) return file.size;
    let sent = file.doneBytes;
    const prefix = `${file.fileName}\u0000`;
    for (const [k, loaded] of this.inflight) if (k.startsWith(prefix)) sent += loaded;
    return Math.min(sent, file.size);
  }

  bytesSent(): number {
    return this.files.reduce((sum, f) => sum + this.fileBytesSent(f), 0);
  }

  /** Forgets the speed history (after a pause or a resume the old speed says nothing). */
  restartMeter(): void {
    this.meter.reset(this.bytesSent(), this.clock.now());
  }

  /** Publishes a snapshot now (`force`) or at most once per `intervalMs`. */
  emit(force = false): void {
    const now = this.clock.now();
    if (force || now - this.lastEmit >= this.intervalMs) {
      this.cancelTimer?.();
      this.cancelTimer = null;
      this.publishAt(now);
    } else if (this.cancelTimer === null) {
      this.cancelTimer = this.clock.setTimeout(() => {
        this.cancelTimer = null;
        this.publishAt(this.clock.now());
      }, this.intervalMs - (now - this.lastEmit));
    }
  }

  private publishAt(now: number): void {
    this.lastEmit = now;
    this.speed = this.meter.sample(this.bytesSent(), now);
    this.publish();
  }
}

function key(fileName: string, partNumber: number): string {
  return `${fileName}\u0000${partNumber}`;
}
