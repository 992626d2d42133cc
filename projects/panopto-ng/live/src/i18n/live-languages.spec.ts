import { formatDate, registerLocaleData } from '@angular/common';
import localeAr from '@angular/common/locales/ar';
import localeFr from '@angular/common/locales/fr';
import { Component, Input, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, PanoptoLanguage, providePanoptoLanguages } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { PANOPTO_LIVE_BACKEND } from '../core/live-backend';
import { PanoptoLivePlayerComponent } from '../live-player/live-player.component';
import { FakeLiveBackend, webcast } from '../testing-support/fake-live-backend';
import { PANOPTO_LIVE_AR } from './live-ar';
import { PANOPTO_LIVE_FR } from './live-fr';

@Component({ selector: 'panopto-player', standalone: true, template: '' })
class PlayerStubComponent {
  @Input() sessionId = '';
  @Input() videoTitle = '';
  @Input() label = '';
}

const NOW = Date.UTC(2026, 10, 28, 15, 0, 0);
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('panopto-ng/live in French and Arabic', () => {
  beforeAll(() => {
    registerLocaleData(localeFr);
    registerLocaleData(localeAr);
  });

  function countdownIn(locale: string) {
    TestBed.configureTestingModule({
      providers: [
        { provide: LOCALE_ID, useValue: locale },
        { provide: PANOPTO_LIVE_BACKEND, useValue: new FakeLiveBackend() },
        { provide: PANOPTO_CLOCK, useValue: new FakePanoptoClock(NOW) },
        providePanoptoLanguages(PANOPTO_LIVE_FR, PANOPTO_LIVE_AR),
      ],
    });
    TestBed.overrideComponent(PanoptoLivePlayerComponent, {
      remove: { imports: [PanoptoPlayerComponent] },
      add: { imports: [PlayerStubComponent] },
    });
    const fixture = TestBed.createComponent(PanoptoLivePlayerComponent);
    fixture.componentInstance.sessionId = webcast(7).Id;
    fixture.componentInstance.startTime = NOW + 75 * 60_000 + 5_000;
    fixture.componentInstance.ngOnChanges();
    fixture.detectChanges();
    return fixture;
  }

  it("follows LOCALE_ID 'fr': texts, the start date in French, the countdown spoken in French", () => {
    const fixture = countdownIn('fr');
    const el: HTMLElement = fixture.nativeElement;
    const start = NOW + 75 * 60_000 + 5_000;
    expect(plain(el.querySelector('.upcoming p')?.textContent)).toBe(
      plain(`Début le ${formatDate(start, 'd MMM y, HH:mm', 'fr')}`),
    );
    expect(el.querySelector('time.start')?.getAttribute('datetime')).toBe(new Date(start).toISOString());
    const [clock, words] = Array.from(el.querySelectorAll('.countdown span')).map((s) => plain(s.textContent));
    expect(plain(el.querySelector('.countdown')?.textContent)).toMatch(/^dans /);
    expect(clock).toBe('1:15:05');
    expect(words).toBe('1 heure, 15 minutes et 5 secondes');
    fixture.destroy();
  });

  it('switches to Arabic at run time: Arabic texts and digits', () => {
    const fixture = countdownIn('en-US');
    const el: HTMLElement = fixture.nativeElement;
    expect(plain(el.querySelector('.countdown')?.textContent)).toContain('in 1:15:05');
    TestBed.inject(PanoptoLanguage).use('ar');
    fixture.detectChanges();
    const [clock, words] = Array.from(el.querySelectorAll('.countdown span')).map((s) => plain(s.textContent));
    expect(clock).toBe(plain(TestBed.inject(PanoptoLanguage).format.duration(4505)));
    expect(words).toBe(plain(TestBed.inject(PanoptoLanguage).format.spokenDuration(4505)));
    expect(words).toMatch(/ساعة/);
    expect(plain(el.querySelector('.countdown')?.textContent)).toMatch(/^بعد /);
    fixture.destroy();
  });
});
