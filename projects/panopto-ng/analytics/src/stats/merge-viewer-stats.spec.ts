import { SessionViewerStats } from 'panopto-ng';
import { INITIAL_ENGAGEMENT_STATE } from '../engagement/engagement-state';
import { summarizeEngagement } from '../engagement/engagement-summary';
import { mergeViewerStats } from './merge-viewer-stats';

const STATS: SessionViewerStats[] = [
  {
    User: { Id: 'A1', Username: 'student' },
    PercentCompleted: 40,
    LastViewedDateTime: '2026-11-01T10:00:00Z',
    MostRecentViewPositionInSeconds: 80,
  },
  { User: { Id: 'B2', Username: 'instructor' }, PercentCompleted: 130, LastViewedDateTime: 'not a date' },
];

function local(completion: number, position: number) {
  const state = {
    ...INITIAL_ENGAGEMENT_STATE,
    durationSeconds: 100,
    position,
    segments: [{ start: 0, end: completion }],
  };
  return summarizeEngagement(state, { sessionId: 's', viewId: 'v' });
}

describe('mergeViewerStats', () => {
  it('keeps Panopto rows, clamping completion and ignoring bad dates', () => {
    const rows = mergeViewerStats(STATS);
    expect(rows.map((r) => [r.name, r.percentCompleted, r.lastViewed, r.source])).toEqual([
      ['student', 40, '2026-11-01T10:00:00Z', 'panopto'],
      ['instructor', 100, null, 'panopto'],
    ]);
  });

  it('takes the larger completion for the current viewer and the more recent position', () => {
    const now = Date.parse('2026-11-02T10:00:00Z');
    const rows = mergeViewerStats(STATS, { summary: local(55, 55), user: { Username: 'STUDENT' } }, now);
    expect(rows[0]).toEqual(
      jasmine.objectContaining({ lastPositionSeconds: 55, source: 'both', isCurrentViewer: true }),
    );
    expect(rows[0].percentCompleted).toBeCloseTo(55, 6);
    expect(rows[0].lastViewed).toBe('2026-11-02T10:00:00.000Z');
    const lower = mergeViewerStats(STATS, { summary: local(10, 10), user: { Id: 'a1' } }, now);
    expect(lower[0].percentCompleted).toBe(40);
  });

  it('adds a local row when Panopto does not list the viewer yet', () => {
    const rows = mergeViewerStats(STATS, { summary: local(20, 20) });
    expect(rows.length).toBe(3);
    expect(rows[2]).toEqual(jasmine.objectContaining({ name: 'You (this view)', source: 'local' }));
  });
});
