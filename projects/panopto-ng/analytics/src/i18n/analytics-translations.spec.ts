// Every function-valued analytics text, in each shipped translation, run with realistic arguments (the rules are
// in testing-support/translation-texts.ts).
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import type { CompletionBin } from '../components/completion-bins';
import { PANOPTO_ANALYTICS_AR } from './analytics-ar';
import { PANOPTO_ANALYTICS_FR } from './analytics-fr';
import { DEFAULT_PANOPTO_ANALYTICS_TEXTS, PanoptoAnalyticsTexts, PanoptoViewerColumn } from './analytics-texts';

const COLUMNS = everyMember<PanoptoViewerColumn>({ name: true, completion: true, lastViewed: true });
const RANGE: CompletionBin = { label: '50–75%', from: 50, to: 75, count: 6 };
const COMPLETED: CompletionBin = { label: 'Completed', from: 100, to: Infinity, count: 9 };

const SAMPLES: TextSamples<PanoptoAnalyticsTexts> = {
  heatmapTableCaption: [['Viewing heatmap']],
  dropOffMarker: [['12:40']],
  mostWatched: [
    ['03:10', '04:20', '1,204', 1204],
    ['03:10', '04:20', '1', 1],
  ],
  dropsOffAt: [['12:40', '48:05']],
  completionTableCaption: [['Completion']],
  completionBin: [[RANGE], [COMPLETED]],
  completionBinCount: [
    [6, RANGE],
    [9, COMPLETED],
  ],
  completionDescription: [[23, ['4 at 0–25%', '6 at 50–75%', '9 completed'], '39 %']],
  column: COLUMNS.map((column) => [column]),
  pagesLabel: [['Viewers']],
  pageStatus: [[2, 5, 118]],
  pageAnnouncement: [[2, 5]],
  sortedAnnouncement: COLUMNS.flatMap((column) => [
    [column, 'ascending'],
    [column, 'descending'],
  ]),
};

describe('analytics texts in French and Arabic, run with sample arguments', () => {
  for (const translation of [PANOPTO_ANALYTICS_FR, PANOPTO_ANALYTICS_AR])
    it(`${translation.language}: every text function gives a non-empty text in the language`, () => {
      expect(translatedTextProblems(DEFAULT_PANOPTO_ANALYTICS_TEXTS, translation, SAMPLES)).toEqual([]);
    });
});
