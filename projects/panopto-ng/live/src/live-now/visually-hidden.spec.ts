import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PANOPTO_LIVE_BACKEND } from '../core/live-backend';
import { FakeLiveBackend, webcast } from '../testing-support/fake-live-backend';
import { PanoptoLivePlayerComponent } from '../live-player/live-player.component';
import { PanoptoLiveNowComponent } from './live-now.component';

@Component({ selector: 'panopto-player', standalone: true, template: '' })
class PlayerStubComponent {}

/** The screen-reader-only texts of both live components use the shared `.panopto-visually-hidden` styles. */
describe('live components: visually hidden text', () => {
  const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);

  beforeEach(() => {
    const backend = new FakeLiveBackend();
    backend.answerWebcasts([webcast(1, '2026-11-28T14:30:00Z')]);
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_LIVE_BACKEND, useValue: backend },
        { provide: PANOPTO_CLOCK, useValue: new FakePanoptoClock(NOW) },
      ],
    });
    TestBed.overrideComponent(PanoptoLivePlayerComponent, {
      remove: { imports: [PanoptoPlayerComponent] },
      add: { imports: [PlayerStubComponent] },
    });
  });

  function expectHidden(host: HTMLElement, count: number): void {
    const hidden = Array.from(host.querySelectorAll<HTMLElement>('.panopto-visually-hidden'));
    expect(hidden.length).toBe(count);
    for (const el of hidden) {
      const style = getComputedStyle(el);
      expect(style.position).toBe('absolute');
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(1);
      expect(el.textContent?.trim()).not.toBe('');
    }
  }

  it('in <panopto-live-now>', () => {
    const fixture = TestBed.createComponent(PanoptoLiveNowComponent);
    fixture.detectChanges();
    expectHidden(fixture.nativeElement, 2);
    fixture.destroy();
  });

  it('in <panopto-live-player>', () => {
    const fixture = TestBed.createComponent(PanoptoLivePlayerComponent);
    fixture.componentInstance.sessionId = webcast(2).Id;
    fixture.componentInstance.startTime = NOW + 90_000;
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    expectHidden(fixture.nativeElement, 1);
    fixture.destroy();
  });
});
