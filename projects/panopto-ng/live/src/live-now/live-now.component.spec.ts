import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import { ApplicationRef } from '@angular/core';
import { ComponentFixture, TestBed, discardPeriodicTasks, fakeAsync, tick } from '@angular/core/testing';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PANOPTO_LIVE_BACKEND } from '../core/live-backend';
import { PANOPTO_LIVE_OPTIONS } from '../core/live-options';
import { axeViolations } from '../testing-support/axe';
import { FakeLiveBackend, webcast } from '../testing-support/fake-live-backend';
import { PanoptoLiveNowComponent } from './live-now.component';

describe('PanoptoLiveNowComponent', () => {
  let fixture: ComponentFixture<PanoptoLiveNowComponent>;
  let backend: FakeLiveBackend;
  let clock: FakePanoptoClock;
  let announce: jasmine.Spy;
  const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);

  function rows(): HTMLElement[] {
    return Array.from(fixture.nativeElement.querySelectorAll('li.row'));
  }
  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  }
  function create(): void {
    fixture = TestBed.createComponent(PanoptoLiveNowComponent);
    fixture.detectChanges();
  }
  function poll(): void {
    clock.tick(10_000);
    fixture.detectChanges();
  }

  beforeEach(() => {
    backend = new FakeLiveBackend();
    clock = new FakePanoptoClock(NOW);
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_LIVE_BACKEND, useValue: backend },
        { provide: PANOPTO_CLOCK, useValue: clock },
        { provide: PANOPTO_LIVE_OPTIONS, useValue: { pollIntervalMs: 10_000, maxBackoffMs: 60_000 } },
      ],
    });
    announce = spyOn(TestBed.inject(LiveAnnouncer), 'announce').and.resolveTo();
  });
  afterEach(() => fixture?.destroy());

  it('shows a loading state until the first answer', () => {
    backend.holdWebcasts();
    create();
    expect(text()).toContain('Checking what is on air');
    expect(fixture.nativeElement.querySelector('section').getAttribute('aria-busy')).toBe('true');
  });

  it('lists webcasts with a live badge, start time and elapsed time', () => {
    backend.answerWebcasts([webcast(1, '2026-11-28T14:30:00Z')]);
    create();
    expect(rows().length).toBe(1);
    const row = rows()[0];
    expect(row.querySelector('.badge')?.textContent).toContain('Live');
    expect(row.querySelector('time.start')?.getAttribute('datetime')).toBe('2026-11-28T14:30:00Z');
    expect(row.querySelector('time.elapsed')?.textContent?.trim()).toBe('30:00');
    expect(row.querySelector('time.elapsed')?.getAttribute('aria-label')).toBe('30 minutes');
  });

  it('shows an empty state and announces it', () => {
    create();
    expect(text()).toContain('Nothing is on air right now.');
    expect(announce).toHaveBeenCalledWith('Nothing is on air right now.', 'polite');
  });

  it('keeps the rows of webcasts still on air (trackBy Id) and announces additions and removals', () => {
    backend.answerWebcasts([webcast(1), webcast(2)]);
    create();
    const kept = rows()[1];
    backend.answerWebcasts([webcast(2), webcast(3)]);
    poll();
    expect(rows().map((r) => r.querySelector('.name')?.textContent?.trim())).toEqual([
      'Live: Webcast 2',
      'Live: Webcast 3',
    ]);
    expect(rows()[0]).toBe(kept);
    expect(announce).toHaveBeenCalledWith('Now on air: Webcast 3. Off air: Webcast 1.', 'polite');
  });

  it('shows an error with the retry delay and keeps the last list', () => {
    backend.answerWebcasts([webcast(1)]);
    create();
    backend.failWebcasts(new HttpErrorResponse({ status: 500, statusText: 'Server Error' }));
    poll();
    expect(text()).toContain('Could not check what is on air');
    expect(text()).toContain('Trying again in 20 seconds.');
    expect(rows().length).toBe(1);
    expect(announce).toHaveBeenCalledWith('Could not check what is on air. Trying again in 20 seconds.', 'polite');
  });

  it('ticks the elapsed time once a second without running app-wide change detection', fakeAsync(() => {
    backend.answerWebcasts([webcast(1, '2026-11-28T14:59:00Z')]);
    create();
    const appTick = spyOn(TestBed.inject(ApplicationRef), 'tick').and.callThrough();
    const elapsed = () => fixture.nativeElement.querySelector('time.elapsed')?.textContent?.trim();
    expect(elapsed()).toBe('1:00');
    clock.tick(1000);
    tick(1000);
    expect(elapsed()).toBe('1:01');
    clock.tick(2000);
    tick(2000);
    expect(elapsed()).toBe('1:03');
    expect(appTick).not.toHaveBeenCalled();
    fixture.destroy();
    discardPeriodicTasks();
  }));

  it('emits the webcast to watch', () => {
    backend.answerWebcasts([webcast(7)]);
    create();
    let chosen = '';
    fixture.componentInstance.watch.subscribe((s) => (chosen = s.Id));
    (rows()[0].querySelector('button') as HTMLButtonElement).click();
    expect(chosen).toBe(webcast(7).Id);
  });

  it('stops polling when destroyed', () => {
    create();
    const calls = backend.webcastCalls;
    fixture.destroy();
    clock.tick(100_000);
    expect(backend.webcastCalls).toBe(calls);
  });

  it('has no axe-core violations with webcasts listed', async () => {
    backend.answerWebcasts([webcast(1), webcast(2)]);
    create();
    expect(await axeViolations(fixture.nativeElement)).toEqual([]);
  });
});
