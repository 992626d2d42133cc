import { checkTranslation } from './translation';
import { languageDirection, languageMatches } from './language-direction';
import { panoptoFormat } from './panopto-format';
import { plural } from './plural';

// Intl puts narrow no-break spaces in French numbers and bidi marks in Arabic ones; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');
const ALL = { zero: 'zero', one: 'one', two: 'two', few: 'few #', many: 'many #', other: 'other #' };

describe('i18n core: plural', () => {
  it('chooses the form by the language’s own rules, not by “1 or not”', () => {
    expect(plural('en', 1, { one: '# cue', other: '# cues' })).toBe('1 cue');
    expect(plural('en', 0, { one: '# cue', other: '# cues' })).toBe('0 cues');
    // French counts 0 and 1 as singular.
    expect(plural('fr', 0, { one: '# repère', other: '# repères' })).toBe('0 repère');
    // Arabic has six categories.
    expect([0, 1, 2, 3, 11, 100].map((n) => plain(plural('ar', n, ALL)))).toEqual([
      'zero',
      'one',
      'two',
      `few ${plain(new Intl.NumberFormat('ar').format(3))}`,
      `many ${plain(new Intl.NumberFormat('ar').format(11))}`,
      `other ${plain(new Intl.NumberFormat('ar').format(100))}`,
    ]);
  });

  it('falls back to `other` and formats the count in the language', () => {
    expect(plural('en', 2, { other: '# files' })).toBe('2 files');
    expect(plain(plural('fr', 1234, { one: '# fichier', other: '# fichiers' }))).toBe('1 234 fichiers');
  });
});

describe('i18n core: checkTranslation', () => {
  const english = { title: 'Captions', count: (n: number) => `${n}` };

  it('passes a complete translation', () => {
    expect(checkTranslation(english, { title: 'Sous-titres', count: (n: number) => `${n}` })).toEqual({
      missing: [],
      extra: [],
      wrongKind: [],
    });
  });

  it('reports missing, extra and wrong-kind texts by name', () => {
    expect(checkTranslation(english, { title: () => 'x', colour: 'rouge' })).toEqual({
      missing: ['count'],
      extra: ['colour'],
      wrongKind: ['title'],
    });
  });
});

describe('i18n core: language direction and matching', () => {
  it('knows right-to-left languages and scripts', () => {
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'az-Arab'].map(languageDirection)).toEqual(Array(6).fill('rtl'));
    expect(['en-US', 'fr', 'az-Latn', 'zh-Hant'].map(languageDirection)).toEqual(Array(4).fill('ltr'));
  });

  it('lets a language serve its regional variants, not the other way round', () => {
    expect(languageMatches('fr', 'fr-CA')).toBeTrue();
    expect(languageMatches('fr', 'FR')).toBeTrue();
    expect(languageMatches('fr-CA', 'fr')).toBeFalse();
    expect(languageMatches('fr', 'fur')).toBeFalse();
  });
});

describe('i18n core: panoptoFormat', () => {
  it('shares one instance per locale', () => {
    expect(panoptoFormat('fr')).toBe(panoptoFormat('fr'));
    expect(panoptoFormat('fr').locale).toBe('fr');
  });

  it('formats numbers, percentages and file sizes in English and French', () => {
    const en = panoptoFormat('en-US');
    const fr = panoptoFormat('fr');
    expect([en.number(1234.56), en.percent(0.42), en.fileSize(1_572_864), en.fileSize(512)]).toEqual([
      '1,234.6',
      '42%',
      '1.5 MB',
      '512 bytes',
    ]);
    expect(
      [fr.number(1234.56), fr.percent(0.42), fr.fileSize(1_572_864), fr.fileSize(20 * 1024 ** 2)].map(plain),
    ).toEqual(['1 234,6', '42 %', '1,5 Mo', '20 Mo']);
  });

  it('formats media durations as clocks and in words', () => {
    const en = panoptoFormat('en-US');
    expect([en.duration(75), en.duration(3725), en.duration(2.5, 1), en.duration(-3)]).toEqual([
      '1:15',
      '1:02:05',
      '0:02.5',
      '0:00',
    ]);
    expect(en.spokenDuration(3725)).toBe('1 hour, 2 minutes, 5 seconds');
    expect(en.spokenDuration(0)).toBe('0 seconds');
    expect(panoptoFormat('fr').duration(2.5, 1)).toBe('0:02,5');
    expect(plain(panoptoFormat('fr').spokenDuration(3725))).toBe('1 heure, 2 minutes et 5 secondes');
  });

  it('formats dates and times in the locale and the given time zone', () => {
    const when = '2026-12-07T14:05:00Z';
    expect(panoptoFormat('en-US').date(when, { timeZone: 'UTC' })).toBe('Dec 7, 2026');
    expect(plain(panoptoFormat('en-US').time(when, { timeZone: 'UTC' }))).toBe('2:05 PM');
    expect(panoptoFormat('fr').date(when, { timeZone: 'UTC' })).toBe('7 déc. 2026');
    expect(panoptoFormat('fr').time(when, { timeZone: 'Europe/Paris' })).toBe('15:05');
    expect(plain(panoptoFormat('fr').dateTime(when, { timeZone: 'UTC', style: 'short' }))).toBe('07/12/2026 14:05');
  });
});
