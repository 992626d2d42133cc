// The rules of translatedTextProblems catch what they look for: each broken text below must be reported, and
// the well-made French and Arabic texts must pass, so a spec that uses the rules and passes means something.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import { everyMember, TextSamples, translatedTextProblems } from './translation-texts';

interface FakeTexts {
  title: string;
  deleted: (name: string) => string;
  lessons: (count: number) => string;
  shown: (shown: number, total: number) => string;
  state: (state: 'on' | 'off') => string;
}

const ENGLISH: FakeTexts = {
  title: 'Lessons',
  deleted: (name) => `${name} deleted.`,
  lessons: (n) => plural('en', n, { one: '# lesson', other: '# lessons' }),
  shown: (shown, total) => `${shown} of ${plural('en', total, { one: '# lesson', other: '# lessons' })}`,
  state: (s) => (s === 'on' ? 'On' : 'Off'),
};
const SAMPLES: TextSamples<FakeTexts> = {
  deleted: [['Week 3 notes.pdf']],
  lessons: [[4]],
  shown: [[2, 7]],
  state: everyMember<'on' | 'off'>({ on: true, off: true }).map((s) => [s]),
};
const french = (texts: Partial<FakeTexts>): PanoptoTranslation<FakeTexts> => ({
  set: 'fake',
  language: 'fr',
  texts: {
    title: 'Leçons',
    deleted: (name) => `${name} supprimé.`,
    lessons: (n) => plural('fr', n, { one: '# leçon', other: '# leçons' }),
    // French agrees with the first count; English with the second: both are fine.
    shown: (shown, total) => plural('fr', shown, { one: `# leçon sur ${total}`, other: `# leçons sur ${total}` }),
    state: (s) => (s === 'on' ? 'Activé' : 'Désactivé'),
    ...texts,
  },
});
const arabic = (texts: Partial<FakeTexts>): PanoptoTranslation<FakeTexts> => ({
  set: 'fake',
  language: 'ar',
  texts: {
    title: 'الدروس',
    deleted: (name) => `تم حذف ${name}.`,
    lessons: (n) =>
      plural('ar', n, {
        zero: 'لا دروس',
        one: 'درس واحد',
        two: 'درسان',
        few: '# دروس',
        many: '# درسًا',
        other: '# درس',
      }),
    shown: (shown, total) => `${shown} من ${total}`,
    state: (s) => (s === 'on' ? 'مفعّل' : 'معطّل'),
    ...texts,
  },
});
const problems = (translation: PanoptoTranslation<FakeTexts>, countFree: readonly 'shown'[] = []) =>
  translatedTextProblems(ENGLISH, translation, SAMPLES, { countFree });

describe('translatedTextProblems', () => {
  it('passes well-made French and Arabic texts', () => {
    expect(problems(french({}))).toEqual([]);
    expect(problems(arabic({}), ['shown'])).toEqual([]);
  });

  it('reports English left in, an empty text, a dropped name and a text that is not a string', () => {
    const found = problems(
      french({
        state: ENGLISH.state,
        lessons: () => '',
        deleted: () => 'Supprimé.',
        title: 'Leçons',
        shown: (() => 7) as unknown as FakeTexts['shown'],
      }),
    );
    expect(found).toContain('fr state(["on"]): not in fr: “On”');
    expect(found).toContain('fr lessons([4]): empty');
    expect(found).toContain('fr deleted(["Week 3 notes.pdf"]): drops “Week 3 notes.pdf”: “Supprimé.”');
    expect(found).toContain('fr shown([2,7]): gave number, not a string');
    expect(problems(arabic({ deleted: (name) => `${name} deleted.` }), ['shown'])).toContain(
      'ar deleted(["Week 3 notes.pdf"]): not in ar: “Week 3 notes.pdf deleted.”',
    );
  });

  it('reports plural forms that do not follow the language categories', () => {
    const oneForm = french({ lessons: (n) => `${n} leçon(s)` });
    expect(problems(oneForm)).toContain(
      'fr lessons([4]): 1 plural form(s), though the English has one for 1 and one for 5',
    );
    // Arabic with English's two forms: 3 and 11 (few, many) get the same form as 100 (other).
    const twoForms = arabic({ lessons: (n) => plural('ar', n, { one: 'درس واحد', other: '# دروس' }) });
    expect(problems(twoForms, ['shown'])).toContain(
      'ar lessons([4]): 2 plural form(s), though the English has one for 1 and one for 5',
    );
    const byCount = arabic({ lessons: (n) => (n < 50 ? `${n} دروس` : `${n} درس`) });
    expect(problems(byCount, ['shown']).join('\n')).toContain('counts of plural category "many" at argument 1');
  });

  it('does not check the plural forms of a text whose numbers are codes (an HTTP status), not counts', () => {
    const bySentence = arabic({ lessons: (n) => (n < 50 ? `${n} دروس` : `${n} درس`) });
    const checked = translatedTextProblems(ENGLISH, bySentence, SAMPLES, { countFree: ['shown'] });
    expect(checked.join('\n')).toContain('counts of plural category "many" at argument 1');
    const codes = translatedTextProblems(ENGLISH, bySentence, SAMPLES, {
      countFree: ['shown'],
      codesNotCounts: ['lessons'],
    });
    expect(codes).toEqual([]);
  });

  it('checks a text said to be count-free gives one form, and asks for samples of every text function', () => {
    expect(
      problems(arabic({ shown: (shown, total) => `${shown} من ${total} ${total > 5 ? 'دروس' : 'درس'}` }), ['shown']),
    ).toContain('ar shown([2,7]): said to be worded without a counted noun');
    const noSamples = translatedTextProblems(ENGLISH, french({}), { ...SAMPLES, lessons: [] });
    expect(noSamples).toContain('lessons: no sample arguments');
  });
});
