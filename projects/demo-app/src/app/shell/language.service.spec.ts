import { TestBed } from '@angular/core/testing';
import { DOCUMENT } from '@angular/common';
import { Component } from '@angular/core';
import { PanoptoLanguage, injectPanoptoTexts, providePanoptoLanguages } from 'panopto-ng';
import { PANOPTO_CAPTIONS_AR, PANOPTO_CAPTIONS_FR, PANOPTO_CAPTIONS_TEXTS } from 'panopto-ng/captions';
import { DEMO_LANGUAGES } from './demo-languages';
import { LanguageService } from './language.service';

@Component({ selector: 'demo-heading-probe', standalone: true, template: '{{ texts.heading }}' })
class HeadingProbeComponent {
  readonly texts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
}

describe('LanguageService', () => {
  const html = () => TestBed.inject(DOCUMENT).documentElement;
  afterEach(() => {
    localStorage.removeItem('panopto-ng-demo-language');
    html().setAttribute('lang', 'en');
    html().setAttribute('dir', 'ltr');
  });

  it('offers English, French and Arabic with their directions', () => {
    expect(DEMO_LANGUAGES.map((l) => `${l.code}:${l.dir}`)).toEqual(['en:ltr', 'fr:ltr', 'ar:rtl']);
  });

  it('switches panopto-ng components at run time, sets lang and dir on <html>, and remembers the choice', () => {
    TestBed.configureTestingModule({ providers: [providePanoptoLanguages(PANOPTO_CAPTIONS_FR, PANOPTO_CAPTIONS_AR)] });
    const service = TestBed.inject(LanguageService);
    const fixture = TestBed.createComponent(HeadingProbeComponent);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toBe('Captions');

    service.use('ar');
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toBe('الترجمة النصية');
    expect(html().getAttribute('lang')).toBe('ar');
    expect(html().getAttribute('dir')).toBe('rtl');
    expect(TestBed.inject(PanoptoLanguage).direction).toBe('rtl');
    expect(localStorage.getItem('panopto-ng-demo-language')).toBe('ar');

    service.use('fr');
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toBe('Sous-titres');
    expect(html().getAttribute('dir')).toBe('ltr');
  });

  it('starts from the stored language', () => {
    localStorage.setItem('panopto-ng-demo-language', 'fr');
    expect(TestBed.inject(LanguageService).current.code).toBe('fr');
    expect(html().getAttribute('lang')).toBe('fr');
    expect(TestBed.inject(PanoptoLanguage).current).toBe('fr');
  });
});
