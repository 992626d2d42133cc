// Emulator time that tests and the demo can speed up or jump forward, so a broadcast scheduled two minutes
// ahead goes on air in seconds. Emulated time = anchor + (real time since anchor) × speed (+ jumps).
// It never runs backwards: tokens, schedules and metrics all assume time only moves forward.

export interface ClockState {
  /** Emulated now, ms since the epoch. */
  nowMs: number;
  /** Emulated now, ISO. */
  now: string;
  /** Emulated milliseconds per real millisecond (1 = real time). */
  speed: number;
  /** How far emulated time is ahead of the underlying clock, in ms. */
  offsetMs: number;
}

/** Largest accepted speed: a day per ~1.5 real minutes is plenty for any test. */
export const MAX_SPEED = 1000;

export class ControllableClock {
  private anchorBase: number;
  private anchorEmulated: number;
  private speedValue = 1;

  constructor(private readonly base: () => number) {
    this.anchorBase = base();
    this.anchorEmulated = this.anchorBase;
  }

  /** Emulated now. Bound, so it can be handed out as a plain function. */
  readonly now = (): number => this.anchorEmulated + (this.base() - this.anchorBase) * this.speedValue;

  get speed(): number {
    return this.speedValue;
  }

  /** Changes the speed from now on (time already passed is kept). */
  setSpeed(speed: number): void {
    if (!Number.isFinite(speed) || speed <= 0 || speed > MAX_SPEED) {
      throw new RangeError(`'speed' must be a number above 0 and at most ${MAX_SPEED}; got ${JSON.stringify(speed)}.`);
    }
    this.reanchor();
    this.speedValue = speed;
  }

  /** Jumps forward. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`'advanceMs' must be a number of milliseconds of at least 0; got ${JSON.stringify(ms)}.`);
    }
    this.reanchor();
    this.anchorEmulated += ms;
  }

  /** Back to real speed; the time already gained is kept (time never goes back). */
  resetSpeed(): void {
    this.reanchor();
    this.speedValue = 1;
  }

  state(): ClockState {
    const nowMs = this.now();
    return { nowMs, now: new Date(nowMs).toISOString(), speed: this.speedValue, offsetMs: nowMs - this.base() };
  }

  private reanchor(): void {
    const emulated = this.now();
    this.anchorBase = this.base();
    this.anchorEmulated = emulated;
  }
}
