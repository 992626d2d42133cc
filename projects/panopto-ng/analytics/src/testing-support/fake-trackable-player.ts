import { Subject } from 'rxjs';
import { TrackablePlayer } from '../service/trackable-player';

/** A scriptable player for specs: set `time`, then emit states and time updates. */
export class FakeTrackablePlayer implements TrackablePlayer {
  readonly stateChange = new Subject<number>();
  readonly timeUpdate = new Subject<number>();
  readonly playbackRateChange = new Subject<number>();
  readonly ended = new Subject<void>();
  time = 0;
  duration = 0;

  getCurrentTime(): number {
    return this.time;
  }
  getDuration(): number {
    return this.duration;
  }

  play(): void {
    this.stateChange.next(1);
  }
  pause(): void {
    this.stateChange.next(2);
  }
  end(): void {
    this.time = this.duration;
    this.stateChange.next(0);
    this.ended.next();
  }
  /** Moves the media to `seconds` and reports it as a time update. */
  at(seconds: number): void {
    this.time = seconds;
    this.timeUpdate.next(seconds);
  }
}
