// Issue 23: no user-visible English left in the translated entry points' components outside their English
// defaults, and every shipped translation complete. The scanner (./leftover-english.ts) is shown to catch an
// English literal put back into a template, an attribute and code, so a pass means something.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkTranslation } from '../../projects/panopto-ng/core/src/i18n/translation';
import { DEFAULT_PANOPTO_CAPTIONS_TEXTS } from '../../projects/panopto-ng/captions/src/i18n/captions-texts';
import { PANOPTO_CAPTIONS_FR } from '../../projects/panopto-ng/captions/src/i18n/captions-fr';
import { PANOPTO_CAPTIONS_AR } from '../../projects/panopto-ng/captions/src/i18n/captions-ar';
import { DEFAULT_PANOPTO_ANALYTICS_TEXTS } from '../../projects/panopto-ng/analytics/src/i18n/analytics-texts';
import { PANOPTO_ANALYTICS_FR } from '../../projects/panopto-ng/analytics/src/i18n/analytics-fr';
import { PANOPTO_ANALYTICS_AR } from '../../projects/panopto-ng/analytics/src/i18n/analytics-ar';
import { DEFAULT_PANOPTO_LIVE_TEXTS } from '../../projects/panopto-ng/live/src/i18n/live-texts';
import { PANOPTO_LIVE_FR } from '../../projects/panopto-ng/live/src/i18n/live-fr';
import { PANOPTO_LIVE_AR } from '../../projects/panopto-ng/live/src/i18n/live-ar';
import { DEFAULT_PANOPTO_PROVISIONING_TEXTS } from '../../projects/panopto-ng/provisioning/src/i18n/provisioning-texts';
import { PANOPTO_PROVISIONING_FR } from '../../projects/panopto-ng/provisioning/src/i18n/provisioning-fr';
import { PANOPTO_PROVISIONING_AR } from '../../projects/panopto-ng/provisioning/src/i18n/provisioning-ar';
import { DEFAULT_PANOPTO_UPLOAD_TEXTS } from '../../projects/panopto-ng/upload/src/i18n/upload-texts';
import { PANOPTO_UPLOAD_FR } from '../../projects/panopto-ng/upload/src/i18n/upload-fr';
import { PANOPTO_UPLOAD_AR } from '../../projects/panopto-ng/upload/src/i18n/upload-ar';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS } from '../../projects/panopto-ng/folders/src/i18n/folders-texts';
import { PANOPTO_FOLDERS_FR } from '../../projects/panopto-ng/folders/src/i18n/folders-fr';
import { PANOPTO_FOLDERS_AR } from '../../projects/panopto-ng/folders/src/i18n/folders-ar';
import { scanComponents, scanSource } from './leftover-english';

const root = join(import.meta.dirname, '..', '..');

/** The entry points translated so far: their component folders, English texts and shipped translations. */
const TRANSLATED = [
  {
    entry: 'panopto-ng/captions',
    components: ['projects/panopto-ng/captions/src/components'],
    english: DEFAULT_PANOPTO_CAPTIONS_TEXTS,
    translations: [PANOPTO_CAPTIONS_FR, PANOPTO_CAPTIONS_AR],
  },
  {
    entry: 'panopto-ng/analytics',
    components: ['projects/panopto-ng/analytics/src/components'],
    english: DEFAULT_PANOPTO_ANALYTICS_TEXTS,
    translations: [PANOPTO_ANALYTICS_FR, PANOPTO_ANALYTICS_AR],
  },
  {
    entry: 'panopto-ng/live',
    components: [
      'projects/panopto-ng/live/src/live-now',
      'projects/panopto-ng/live/src/live-player',
      'projects/panopto-ng/live/src/schedule-broadcast',
    ],
    english: DEFAULT_PANOPTO_LIVE_TEXTS,
    translations: [PANOPTO_LIVE_FR, PANOPTO_LIVE_AR],
  },
  {
    entry: 'panopto-ng/provisioning',
    components: ['projects/panopto-ng/provisioning/src/sync-report'],
    english: DEFAULT_PANOPTO_PROVISIONING_TEXTS,
    translations: [PANOPTO_PROVISIONING_FR, PANOPTO_PROVISIONING_AR],
  },
  {
    entry: 'panopto-ng/upload',
    components: ['projects/panopto-ng/upload/src/component'],
    english: DEFAULT_PANOPTO_UPLOAD_TEXTS,
    translations: [PANOPTO_UPLOAD_FR, PANOPTO_UPLOAD_AR],
  },
  {
    entry: 'panopto-ng/folders',
    components: [
      'projects/panopto-ng/folders/src/folder-browser',
      'projects/panopto-ng/folders/src/session-list',
      'projects/panopto-ng/folders/src/dialog',
    ],
    english: DEFAULT_PANOPTO_FOLDERS_TEXTS,
    translations: [PANOPTO_FOLDERS_FR, PANOPTO_FOLDERS_AR],
  },
];

test('no user-visible English in the translated components outside the English defaults', () => {
  const leftovers = scanComponents(
    root,
    TRANSLATED.flatMap((t) => t.components),
  );
  assert.deepEqual(
    leftovers.map((l) => `${l.file}:${l.line}: ${l.text}`),
    [],
    'move these into the entry point’s texts set (and its translations)',
  );
});

test('the scanner catches English put back into a template, an attribute or code', () => {
  const component = [
    '@Component({',
    "  selector: 'panopto-probe',",
    '  template: `<p>{{ texts.heading }}</p><button type="button" aria-label="Close dialog">×</button>',
    '    <span *ngIf="you"> (you)</span>`,',
    "  styles: [`.a { font-family: 'Open Sans', sans-serif; }`],",
    '})',
    'class Probe {',
    "  readonly kind = 'not-a-caption-file';",
    "  readonly status = 'Loading viewers…';",
    '  announce() { this.announcer.announce(`Sorted by ${this.key}, ascending.`); }',
    '}',
  ].join('\n');
  assert.deepEqual(
    scanSource('probe.ts', component).map((l) => `${l.line}: ${l.text}`),
    ['4: (you)', '3: aria-label="Close dialog"', '9: Loading viewers…', '10: Sorted by  , ascending.'],
  );
  assert.deepEqual(
    scanSource(
      'probe.html',
      `<th scope="col">{{ texts.column }}</th>\n<td>Never</td><td>{{ seen ? when : 'Not yet' }}</td><i *ngIf="state === 'Ready'"></i>`,
    ).map((l) => l.text),
    ['Not yet', 'Never'],
  );
});

for (const { entry, english, translations } of TRANSLATED) {
  for (const translation of translations) {
    test(`${entry}: the ${translation.language} translation is complete`, () => {
      assert.equal(translation.set, entry, 'the translation names its set');
      const report = checkTranslation(english, translation.texts);
      assert.deepEqual(report.missing, [], `texts without a ${translation.language} translation`);
      assert.deepEqual(report.extra, [], 'texts the English set does not have');
      assert.deepEqual(report.wrongKind, [], 'texts that are a function in one and a string in the other');
    });
  }
}

test('checkTranslation fails a translation that lacks a text', () => {
  const { heading: _dropped, ...partial } = PANOPTO_CAPTIONS_FR.texts;
  assert.deepEqual(checkTranslation(DEFAULT_PANOPTO_CAPTIONS_TEXTS, partial).missing, ['heading']);
});
