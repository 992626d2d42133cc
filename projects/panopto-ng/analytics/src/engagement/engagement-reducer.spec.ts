import { EngagementEvent } from './engagement-events';
import { replayEngagement } from './engagement-reducer';
import { DEFAULT_ENGAGEMENT_TRACKER_OPTIONS } from './engagement-state';
import { EngagementSummary, summarizeEngagement } from './engagement-summary';
import { EngagementTracker } from './engagement-tracker';

const ID = { sessionId: '11111111-2222-3333-4444-555555555555', viewId: 'view-1' };

/** Time updates every `step` seconds of wall time while playing at `rate`, from `from` to `to` (media). */
function playRun(startAt: number, from: number, to: number, rate = 1, step = 0.25): EngagementEvent[] {
  const events: EngagementEvent[] = [];
  for (let p = from + step * rate, t = startAt + step * 1000; p <= to + 1e-9; p += step * rate, t += step * 1000) {
    events.push({ type: 'time', at: Math.round(t), position: Math.round(p * 1000) / 1000 });
  }
  return events;
}

function summary(events: EngagementEvent[], options = DEFAULT_ENGAGEMENT_TRACKER_OPTIONS): EngagementSummary {
  return summarizeEngagement(replayEngagement(events, options), ID);
}

describe('engagement reducer', () => {
  it('counts one continuous run as watched once', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 20),
      { type: 'pause', at: 20_000, position: 20 },
    ]);
    expect(s.watchedIntervals).toEqual([{ start: 0, end: 20 }]);
    expect(s.uniqueSecondsWatched).toBeCloseTo(20, 6);
    expect(s.completionPercent).toBeCloseTo(20, 6);
    expect(s.pauses).toBe(1);
    expect(s.seeksBack + s.seeksForward).toBe(0);
    expect(s.playing).toBeFalse();
    expect(s.lastPositionSeconds).toBe(20);
  });

  it('infers a backward seek from a time jump and counts the rewatched overlap once in unique seconds', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 30),
      // the viewer drags back to 10 s; the next poll shows it
      { type: 'time', at: 30_250, position: 10 },
      ...playRun(30_250, 10, 40),
      { type: 'pause', at: 60_250, position: 40 },
    ]);
    expect(s.seeksBack).toBe(1);
    expect(s.seeksForward).toBe(0);
    expect(s.watchedIntervals).toEqual([{ start: 0, end: 40 }]);
    expect(s.uniqueSecondsWatched).toBeCloseTo(40, 6);
    expect(s.playedSeconds).toBeCloseTo(60, 6);
    expect(s.rewatchedSeconds).toBeCloseTo(20, 6);
    expect(s.playedSegments.length).toBe(2);
  });

  it('infers a forward seek and leaves the skipped part unwatched', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 10),
      { type: 'time', at: 10_250, position: 50 },
      ...playRun(10_250, 50, 60),
      { type: 'ended', at: 20_500, position: 60 },
    ]);
    expect(s.seeksForward).toBe(1);
    expect(s.watchedIntervals).toEqual([
      { start: 0, end: 10 },
      { start: 50, end: 60 },
    ]);
    expect(s.completionPercent).toBeCloseTo(20, 6);
    expect(s.ends).toBe(1);
    expect(s.playing).toBeFalse();
  });

  it('does not read a stall (position still, wall time passing) or small jitter as a seek', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      { type: 'time', at: 1000, position: 1 },
      { type: 'time', at: 6000, position: 1 }, // buffering for 5 s
      { type: 'time', at: 7000, position: 2 },
      { type: 'time', at: 7250, position: 1.9 }, // jitter backwards
      { type: 'time', at: 8000, position: 3 },
      { type: 'pause', at: 8000, position: 3 },
    ]);
    expect(s.seeksBack + s.seeksForward).toBe(0);
    expect(s.watchedIntervals).toEqual([{ start: 0, end: 3 }]);
  });

  it('takes throttled, sparse updates (hidden tab) as progress when they match elapsed wall time', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 600 },
      { type: 'time', at: 60_000, position: 60 },
      { type: 'pause', at: 60_000, position: 60 },
    ]);
    expect(s.seeksForward).toBe(0);
    expect(s.uniqueSecondsWatched).toBeCloseTo(60, 6);
  });

  it('counts an explicit seek even when short, and a seek made while paused when play resumes elsewhere', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 10),
      { type: 'seek', at: 10_000, to: 9 },
      ...playRun(10_000, 9, 12),
      { type: 'pause', at: 13_000, position: 12 },
      { type: 'play', at: 20_000, position: 80 },
      ...playRun(20_000, 80, 85),
      { type: 'pause', at: 25_000, position: 85 },
    ]);
    expect(s.seeksBack).toBe(1);
    expect(s.seeksForward).toBe(1);
    expect(s.pauses).toBe(2);
    expect(s.watchedIntervals).toEqual([
      { start: 0, end: 12 },
      { start: 80, end: 85 },
    ]);
    expect(s.rewatchedSeconds).toBeCloseTo(1, 6);
  });

  it('splits wall time and media time per playback rate', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 10, 1),
      { type: 'rate', at: 10_000, rate: 2, position: 10 },
      ...playRun(10_000, 10, 30, 2),
      { type: 'pause', at: 20_000, position: 30 },
    ]);
    const at1 = s.ratePlayback.find((r) => r.rate === 1);
    const at2 = s.ratePlayback.find((r) => r.rate === 2);
    expect(at1?.wallSeconds).toBeCloseTo(10, 6);
    expect(at1?.mediaSeconds).toBeCloseTo(10, 6);
    expect(at2?.wallSeconds).toBeCloseTo(10, 6);
    expect(at2?.mediaSeconds).toBeCloseTo(20, 6);
    expect(s.seeksForward).toBe(0); // 2x progress is not a forward seek
    expect(s.uniqueSecondsWatched).toBeCloseTo(30, 6);
  });

  it('closes the run at the end and completes 100% when everything was played', () => {
    const s = summary([
      { type: 'play', at: 0, position: 0, duration: 20 },
      ...playRun(0, 0, 19.75),
      { type: 'ended', at: 20_000, position: 20 },
    ]);
    expect(s.completionPercent).toBeCloseTo(100, 6);
    expect(s.ends).toBe(1);
    expect(s.watchedIntervals).toEqual([{ start: 0, end: 20 }]);
  });

  it('records playback while the tab is hidden, and can leave it out of the watched intervals', () => {
    const events: EngagementEvent[] = [
      { type: 'play', at: 0, position: 0, duration: 100 },
      ...playRun(0, 0, 10),
      { type: 'hidden', at: 10_000, position: 10 },
      { type: 'time', at: 20_000, position: 20 },
      { type: 'visible', at: 30_000, position: 30 },
      ...playRun(30_000, 30, 35),
      { type: 'pause', at: 35_000, position: 35 },
    ];
    const counted = summary(events);
    expect(counted.hiddenPlaybackSeconds).toBeCloseTo(20, 6);
    expect(counted.uniqueSecondsWatched).toBeCloseTo(35, 6);
    expect(counted.seeksForward).toBe(0);

    const notCounted = summary(events, { ...DEFAULT_ENGAGEMENT_TRACKER_OPTIONS, countHiddenPlayback: false });
    expect(notCounted.hiddenPlaybackSeconds).toBeCloseTo(20, 6);
    expect(notCounted.watchedIntervals).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 35 },
    ]);
  });

  it('ignores pauses while paused and repeated hidden/visible events', () => {
    const s = summary([
      { type: 'pause', at: 0, position: 0 },
      { type: 'hidden', at: 1 },
      { type: 'hidden', at: 2 },
      { type: 'visible', at: 3 },
    ]);
    expect(s.pauses).toBe(0);
    expect(s.hidden).toBeFalse();
    expect(s.completionPercent).toBeNull();
  });

  it('reports the runs each event closes, so they can be sent', () => {
    const tracker = new EngagementTracker(ID);
    expect(tracker.dispatch({ type: 'play', at: 0, position: 0, duration: 60 })).toEqual([]);
    for (const e of playRun(0, 0, 5)) tracker.dispatch(e);
    expect(tracker.dispatch({ type: 'hidden', at: 5000, position: 5 })).toEqual([{ start: 0, end: 5 }]);
    for (const e of playRun(5000, 5, 8)) tracker.dispatch(e);
    expect(tracker.dispatch({ type: 'pause', at: 8000, position: 8 })).toEqual([{ start: 5, end: 8 }]);
    expect(tracker.summary().watchedIntervals).toEqual([{ start: 0, end: 8 }]);
    expect(tracker.summary().completionPercent).toBeCloseTo((8 / 60) * 100, 6);
  });
});
