import { NgZone } from '@angular/core';
import { PanoptoClock } from 'panopto-ng';
import { DEMO_SETTINGS } from '../../demo-settings';

interface EmulatorClockState {
  nowMs: number;
  speed: number;
}

/**
 * The Live page's PANOPTO_CLOCK: the emulator's time, which the page can speed up (POST /__emulator/clock), so
 * the countdown, the "start in the future" rule and the live player all agree with the emulator while a
 * broadcast scheduled two minutes ahead goes on air in seconds. Emulator-only: a real Panopto has no such
 * endpoint, and an app uses the default clock.
 */
export class EmulatorClock implements PanoptoClock {
  private anchorReal = Date.now();
  private anchorEmulated = Date.now();
  private speedValue = 1;

  constructor(private readonly zone: NgZone, private readonly baseUrl = DEMO_SETTINGS.serverUrl) {}

  get speed(): number {
    return this.speedValue;
  }

  now(): number {
    return this.anchorEmulated + (Date.now() - this.anchorReal) * this.speedValue;
  }

  /**
   * Waits `ms` of emulated time, but never less than a real second for waits of a second or more: at 60× a
   * 15-second poll would otherwise hit the emulator four times a second. Timers may fire late, never early.
   */
  setTimeout(callback: () => void, ms: number): () => void {
    const real = Math.max(ms / this.speedValue, Math.min(ms, 1000));
    const handle = this.zone.runOutsideAngular(() => setTimeout(() => this.zone.run(callback), Math.max(0, real)));
    return () => clearTimeout(handle);
  }

  /** Reads the emulator's time and speed. */
  async sync(): Promise<void> {
    this.apply(await this.call('GET'));
  }

  /** Sets the emulator's speed (1 = real time). */
  async setSpeed(speed: number): Promise<void> {
    this.apply(await this.call('POST', speed === 1 ? { reset: true } : { speed }));
  }

  /** Jumps the emulator's time forward. */
  async advance(ms: number): Promise<void> {
    this.apply(await this.call('POST', { advanceMs: ms }));
  }

  private apply(state: EmulatorClockState): void {
    this.anchorReal = Date.now();
    this.anchorEmulated = state.nowMs;
    this.speedValue = state.speed;
  }

  private async call(method: 'GET' | 'POST', body?: unknown): Promise<EmulatorClockState> {
    const res = await fetch(`${this.baseUrl}/__emulator/clock`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`The emulator's clock answered HTTP ${res.status}.`);
    return (await res.json()) as EmulatorClockState;
  }
}
