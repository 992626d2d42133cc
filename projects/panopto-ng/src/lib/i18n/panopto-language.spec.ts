import { formatNumber, formatPercent, registerLocaleData } from '@angular/common';
import localeAr from '@angular/common/locales/ar';
import localeFr from '@angular/common/locales/fr';
import { ChangeDetectionStrategy, Component, LOCALE_ID, NgZone } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoConfigError, PanoptoTranslation, plural } from 'panopto-ng/core';
import { injectPanoptoTexts } from './inject-panopto-texts';
import { PanoptoLanguage } from './panopto-language';
import { providePanoptoLanguages, providePanoptoTexts } from './panopto-language-providers';
import { definePanoptoTexts } from './panopto-texts-set';

interface DemoTexts {
  heading: string;
  files: (count: number) => string;
}
const DEMO_TEXTS = definePanoptoTexts<DemoTexts>('spec/demo', {
  heading: 'Files',
  files: (count) => plural('en', count, { one: '# file', other: '# files' }),
});
const DEMO_FR: PanoptoTranslation<DemoTexts> = {
  set: 'spec/demo',
  language: 'fr',
  texts: { heading: 'Fichiers', files: (count) => plural('fr', count, { one: '# fichier', other: '# fichiers' }) },
};
const DEMO_AR: PanoptoTranslation<DemoTexts> = {
  set: 'spec/demo',
  language: 'ar',
  texts: {
    heading: 'الملفات',
    files: (count) =>
      plural('ar', count, {
        zero: 'لا ملفات',
        one: 'ملف واحد',
        two: 'ملفان',
        few: '# ملفات',
        many: '# ملفًا',
        other: '# ملف',
      }),
  },
};

@Component({
  selector: 'panopto-spec-demo',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h2>{{ texts.heading }}</h2>
    <p>{{ texts.files(2) }}</p>`,
})
class DemoComponent {
  readonly texts = injectPanoptoTexts(DEMO_TEXTS);
}

/** A translated component with an event binding: its listener registers in the template's first creation pass. */
@Component({
  selector: 'panopto-spec-button',
  standalone: true,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button type="button" (click)="clicks = clicks + 1">{{ texts.heading }} {{ clicks }}</button>`,
})
class ButtonComponent {
  readonly texts = injectPanoptoTexts(DEMO_TEXTS);
  clicks = 0;
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('PanoptoLanguage', () => {
  beforeAll(() => {
    registerLocaleData(localeFr);
    registerLocaleData(localeAr);
  });

  it("starts from the app's LOCALE_ID and formats in it, as Angular's own pipes do", () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'fr' }] });
    const language = TestBed.inject(PanoptoLanguage);
    expect(language.current).toBe('fr');
    expect(language.direction).toBe('ltr');
    expect(plain(language.format.number(1234.5))).toBe(plain(formatNumber(1234.5, 'fr', '1.0-1')));
    expect(plain(language.format.percent(0.42))).toBe(plain(formatPercent(0.42, 'fr', '1.0-0')));
  });

  it('switches at run time: direction, formats and a change event', () => {
    TestBed.configureTestingModule({ providers: [{ provide: LOCALE_ID, useValue: 'en-US' }] });
    const language = TestBed.inject(PanoptoLanguage);
    const seen: string[] = [];
    language.changes$.subscribe((lang) => seen.push(lang));
    language.use('ar');
    language.use('ar');
    expect(seen).toEqual(['ar']);
    expect(language.direction).toBe('rtl');
    expect(language.format.locale).toBe('ar');
    expect(plain(language.format.number(1234.5))).toBe(plain(formatNumber(1234.5, 'ar', '1.0-1')));
  });

  it('rejects a tag that is not a language, naming the field', () => {
    const language = TestBed.inject(PanoptoLanguage);
    expect(() => language.use('not a language!')).toThrowError(PanoptoConfigError, /`language`/);
    expect(() => language.use('')).toThrowError(PanoptoConfigError, /`language`/);
  });
});

describe('injectPanoptoTexts', () => {
  it('gives the English defaults themselves when the app registers no language', () => {
    TestBed.configureTestingModule({});
    expect(TestBed.runInInjectionContext(() => injectPanoptoTexts(DEMO_TEXTS))).toBe(DEMO_TEXTS.defaults);
  });

  it('lets an app replace the English texts through the token, or override one text', () => {
    TestBed.configureTestingModule({ providers: [providePanoptoTexts(DEMO_TEXTS, { heading: 'Documents' })] });
    const texts = TestBed.runInInjectionContext(() => injectPanoptoTexts(DEMO_TEXTS));
    expect(texts.heading).toBe('Documents');
    expect(texts.files(1)).toBe('1 file');
  });

  it('re-renders an OnPush component in the new language, overrides still winning', () => {
    TestBed.configureTestingModule({
      providers: [
        providePanoptoLanguages(DEMO_FR, DEMO_AR),
        providePanoptoTexts(DEMO_TEXTS, { heading: 'Dossiers partagés' }, 'fr'),
      ],
    });
    const fixture = TestBed.createComponent(DemoComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toBe('Files2 files');

    TestBed.inject(PanoptoLanguage).use('fr-CA');
    fixture.detectChanges();
    expect(el.textContent).toBe('Dossiers partagés2 fichiers');

    TestBed.inject(PanoptoLanguage).use('ar');
    fixture.detectChanges();
    expect(el.textContent).toBe('الملفاتملفان');
  });

  it('subscribes outside the zone and stops listening when the component is destroyed', async () => {
    TestBed.configureTestingModule({ providers: [providePanoptoLanguages(DEMO_FR)] });
    const zone = TestBed.inject(NgZone);
    const outside = spyOn(zone, 'runOutsideAngular').and.callThrough();
    const fixture = TestBed.createComponent(DemoComponent);
    expect(outside).toHaveBeenCalled();
    const language = TestBed.inject(PanoptoLanguage);
    const observers = () => (language as unknown as { changes: { observers: unknown[] } }).changes.observers.length;
    expect(observers()).toBe(1);
    await Promise.resolve();
    fixture.destroy();
    expect(observers()).toBe(0);

    // Destroyed before its destroy hook could be registered: it stops listening all the same.
    const early = TestBed.createComponent(DemoComponent);
    early.destroy();
    await Promise.resolve();
    expect(observers()).toBe(0);
  });

  it('keeps the event bindings of translated components working, in every instance', async () => {
    TestBed.configureTestingModule({ providers: [providePanoptoLanguages(DEMO_FR)] });
    const first = TestBed.createComponent(ButtonComponent);
    const second = TestBed.createComponent(ButtonComponent);
    first.detectChanges();
    second.detectChanges();
    await Promise.resolve();
    TestBed.inject(PanoptoLanguage).use('fr');
    (second.nativeElement as HTMLElement).querySelector('button')!.click();
    second.detectChanges();
    first.detectChanges();
    expect((second.nativeElement as HTMLElement).textContent).toBe('Fichiers 1');
    expect((first.nativeElement as HTMLElement).textContent).toBe('Fichiers 0');
    first.destroy();
    (second.nativeElement as HTMLElement).querySelector('button')!.click();
    second.detectChanges();
    expect((second.nativeElement as HTMLElement).textContent).toBe('Fichiers 2');
  });
});
