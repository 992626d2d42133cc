/**
 * Speed and time-left estimate with an exponential moving average whose weight depends on elapsed time
 * (time constant `tauMs`), so irregular update intervals do not skew it.
 */
export class ProgressMeter {
  private lastBytes = 0;
  private lastAt: number | null = null;
  private speed = 0;

  constructor(private readonly tauMs = 2000) {}

  /** Feeds the bytes sent so far at time `now`; returns the smoothed bytes per second. */
  sample(bytes: number, now: number): number {
    if (this.lastAt === null) {
      this.lastAt = now;
      this.lastBytes = bytes;
      return this.speed;
    }
    const dt = now - this.lastAt;
    if (dt <= 0) return this.speed;
    const instant = (Math.max(0, bytes - this.lastBytes) * 1000) / dt;
    const alpha = 1 - Math.exp(-dt / this.tauMs);
    this.speed = this.speed === 0 ? instant : this.speed + alpha * (instant - this.speed);
    this.lastAt = now;
    this.lastBytes = bytes;
    return this.speed;
  }

  /** Forgets the history (after a pause the old speed says nothing). */
  reset(bytes: number, now: number): void {
    this.lastAt = now;
    this.lastBytes = bytes;
    this.speed = 0;
  }

  secondsLeft(remainingBytes: number): number | null {
    if (remainingBytes <= 0) return 0;
    return this.speed > 0 ? remainingBytes / this.speed : null;
  }
}
