import { DecimalPipe, NgFor } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnDestroy, OnInit, ViewChild } from '@angular/core';
import { Subject, asapScheduler, observeOn, takeUntil } from 'rxjs';
import { FormsModule } from '@angular/forms';
import { PanoptoPlayerComponent, PanoptoPlayerError, PanoptoPlayerStatus, PlayerState } from 'panopto-ng/player';
import { DEMO_SESSIONS } from './demo-sessions';

interface LogEntry {
  id: number;
  time: string;
  text: string;
}

/** A live `<panopto-player>` with every command wired to a control, and every output written to a log. */
@Component({
  selector: 'demo-player-page',
  standalone: true,
  imports: [PanoptoPlayerComponent, FormsModule, NgFor, DecimalPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './player-page.component.html',
  styleUrls: ['./player-page.component.scss'],
})
export class PlayerPageComponent implements OnInit, OnDestroy {
  @ViewChild(PanoptoPlayerComponent, { static: true }) player!: PanoptoPlayerComponent;

  readonly sessions = DEMO_SESSIONS;
  readonly rates = [0.5, 1, 1.25, 1.5, 2];
  sessionId = DEMO_SESSIONS[0].id;
  showTitle = true;
  captions = false;
  status: PanoptoPlayerStatus = 'idle';
  state = 'Unstarted';
  time = 0;
  duration = 0;
  volume = 1;
  muted = false;
  rate = 1;
  captionsOn = false;
  log: LogEntry[] = [];
  private nextLogId = 0;

  private readonly destroy$ = new Subject<void>();

  constructor(private readonly cdr: ChangeDetectorRef) {}

  ngOnInit(): void {
    // Statuses change while the player initialises; take them a microtask later, outside that check.
    this.player.status$
      .pipe(observeOn(asapScheduler), takeUntil(this.destroy$))
      .subscribe((status) => this.onStatus(status));
  }

  ngOnDestroy(): void {
    this.destroy$.next();
  }

  trackLog(_index: number, entry: LogEntry): number {
    return entry.id;
  }

  onStatus(status: PanoptoPlayerStatus): void {
    this.status = status;
    this.write(`status: ${status}`);
  }

  onReady(): void {
    this.duration = this.player.getDuration();
    this.volume = this.player.getVolume();
    this.muted = this.player.isMuted();
    this.write(
      `ready (duration ${this.duration.toFixed(1)} s, captions: ${
        this.player.getCaptionTracks().join(', ') || 'none'
      })`,
    );
  }

  onState(state: PlayerState): void {
    this.state = PlayerState[state] ?? String(state);
    this.write(`stateChange: ${this.state}`);
  }

  onRate(rate: number): void {
    this.rate = rate;
    this.write(`playbackRateChange: ${rate}`);
  }

  onError(error: PanoptoPlayerError): void {
    this.write(`error: ${error.code}: ${error.message}`);
  }

  onTime(time: number): void {
    this.time = time;
    this.cdr.markForCheck();
  }

  seek(value: string): void {
    this.player.seekTo(Number(value));
    this.time = Number(value);
  }

  setVolume(value: string): void {
    this.volume = Number(value);
    this.player.setVolume(this.volume);
  }

  toggleMute(): void {
    if (this.player.isMuted()) this.player.unmute();
    else this.player.mute();
    this.muted = this.player.isMuted();
  }

  setRate(value: string): void {
    this.player.setPlaybackRate(Number(value));
  }

  toggleCaptions(): void {
    if (this.captionsOn) this.player.disableCaptions();
    else this.player.enableCaptions(0);
    this.captionsOn = !this.captionsOn;
    this.write(`captions ${this.captionsOn ? 'on' : 'off'}`);
  }

  clearLog(): void {
    this.log = [];
  }

  write(text: string): void {
    const time = new Date().toLocaleTimeString();
    this.log = [{ id: this.nextLogId++, time, text }, ...this.log].slice(0, 100);
    this.cdr.markForCheck();
  }
}
