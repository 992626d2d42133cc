import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component, Input } from '@angular/core';
import { ComponentFixture, TestBed, discardPeriodicTasks, fakeAsync, tick } from '@angular/core/testing';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { PANOPTO_LIVE_BACKEND } from '../core/live-backend';
import { PANOPTO_LIVE_OPTIONS } from '../core/live-options';
import { axeViolations } from '../testing-support/axe';
import { FakeLiveBackend, webcast } from '../testing-support/fake-live-backend';
import { PanoptoLivePlayerComponent } from './live-player.component';
import { LivePlayerPhase, livePlayerPhase } from './live-player-phase';

/** Stands in for `<panopto-player>` (which would load Panopto's script). */
@Component({ selector: 'panopto-player', standalone: true, template: 'player {{ sessionId }}' })
class PlayerStubComponent {
  @Input() sessionId = '';
  @Input() videoTitle = '';
  @Input() label = '';
}

const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);
const SESSION = webcast(42);

describe('livePlayerPhase', () => {
  it('follows the clock, and the in-progress list wins', () => {
    const start = NOW + 60_000;
    const end = NOW + 120_000;
    expect(livePlayerPhase(NOW, start, end, false)).toBe('upcoming');
    expect(livePlayerPhase(start, start, end, false)).toBe('starting');
    expect(livePlayerPhase(start, start, end, true)).toBe('live');
    expect(livePlayerPhase(end + 1, start, end, true)).toBe('live');
    expect(livePlayerPhase(end, start, end, false)).toBe('ended');
    expect(livePlayerPhase(NOW, null, null, false)).toBe('on-demand');
    expect(livePlayerPhase(NOW, null, null, true)).toBe('live');
  });
});

describe('PanoptoLivePlayerComponent', () => {
  let fixture: ComponentFixture<PanoptoLivePlayerComponent>;
  let backend: FakeLiveBackend;
  let clock: FakePanoptoClock;
  let phases: LivePlayerPhase[];
  let announce: jasmine.Spy;

  const el = () => fixture.nativeElement as HTMLElement;
  const player = () => el().querySelector('panopto-player');

  function create(startInMs: number | null, durationMs = 10 * 60_000): void {
    fixture = TestBed.createComponent(PanoptoLivePlayerComponent);
    phases = [];
    fixture.componentInstance.phaseChange.subscribe((p) => phases.push(p));
    fixture.componentInstance.sessionId = SESSION.Id;
    fixture.componentInstance.videoTitle = 'Town hall';
    if (startInMs !== null) {
      fixture.componentInstance.startTime = new Date(NOW + startInMs).toISOString();
      fixture.componentInstance.endTime = NOW + startInMs + durationMs;
    }
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
  }
  function advance(ms: number): void {
    clock.tick(ms);
    fixture.detectChanges();
  }

  beforeEach(() => {
    backend = new FakeLiveBackend();
    clock = new FakePanoptoClock(NOW);
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_LIVE_BACKEND, useValue: backend },
        { provide: PANOPTO_CLOCK, useValue: clock },
        { provide: PANOPTO_LIVE_OPTIONS, useValue: { pollIntervalMs: 5_000, maxBackoffMs: 60_000 } },
      ],
    });
    TestBed.overrideComponent(PanoptoLivePlayerComponent, {
      remove: { imports: [PanoptoPlayerComponent] },
      add: { imports: [PlayerStubComponent] },
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
  });
  afterEach(() => fixture?.destroy());

  it('switches by itself: countdown, starting, live, then the on-demand recording', () => {
    create(2 * 60_000);
    expect(phases).toEqual(['upcoming']);
    expect(el().textContent).toContain('Starts at');
    expect(el().querySelector('.countdown')?.textContent).toContain('2:00');
    expect(player()).toBeNull();

    advance(2 * 60_000);
    expect(phases).toEqual(['upcoming', 'starting']);
    expect(el().textContent).toContain('Starting…');

    backend.answerWebcasts([SESSION]);
    advance(5_000);
    expect(phases[phases.length - 1]).toBe('live');
    expect(el().querySelector('.indicator')?.textContent).toContain('Live');
    expect(player()?.textContent).toContain(SESSION.Id);
    expect(announce).toHaveBeenCalledWith('The broadcast is live.', 'polite');

    backend.answerWebcasts([]);
    advance(10 * 60_000);
    expect(phases[phases.length - 1]).toBe('ended');
    expect(el().querySelector('.indicator')).toBeNull();
    expect(el().textContent).toContain('This is the recording.');
    expect(player()?.textContent).toContain(SESSION.Id);
  });

  it('stays live while Panopto still lists an overrunning broadcast', () => {
    backend.answerWebcasts([SESSION]);
    create(-60_000, 2 * 60_000);
    expect(phases).toEqual(['live']);
    advance(5 * 60_000);
    expect(fixture.componentInstance.phase).toBe('live');
  });

  it('counts down once a second outside the zone', fakeAsync(() => {
    create(90_000);
    const countdown = () => el().querySelector('.countdown span')?.textContent;
    expect(countdown()).toBe('1:30');
    clock.tick(1000);
    tick(1000);
    expect(countdown()).toBe('1:29');
    fixture.destroy();
    discardPeriodicTasks();
  }));

  it('plays a session without a schedule on demand unless it is on air', () => {
    create(null);
    expect(phases).toEqual(['on-demand']);
    expect(player()).not.toBeNull();
  });

  it('refuses an id that is not a GUID and plays nothing', () => {
    fixture = TestBed.createComponent(PanoptoLivePlayerComponent);
    fixture.componentInstance.sessionId = '"><script>';
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    expect(player()).toBeNull();
    expect(el().querySelector('[role=alert]')?.textContent).toContain('is not a Panopto session id');
    expect(backend.webcastCalls).toBe(0);
  });

  it('has no axe-core violations before the start and while live', async () => {
    create(60_000);
    expect(await axeViolations(el())).toEqual([]);
    backend.answerWebcasts([SESSION]);
    advance(60_000);
    expect(await axeViolations(el())).toEqual([]);
  });
});
