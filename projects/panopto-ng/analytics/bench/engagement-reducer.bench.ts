/*
 * Benchmark of the engagement reducer: `npx tsx projects/panopto-ng/analytics/bench/engagement-reducer.bench.ts`.
 * Replays a 2-hour view (4 time updates a second, a seek back every 5 minutes, a pause every 10) and prints the
 * cost per event against a baseline measured in the same run: a loop that only copies the event into an object
 * (what any reducer must at least do). Also prints the cost of one summary (what `summary$` computes at most
 * once a second).
 */
import { EngagementEvent } from '../src/engagement/engagement-events';
import { reduceEngagement } from '../src/engagement/engagement-reducer';
import { INITIAL_ENGAGEMENT_STATE } from '../src/engagement/engagement-state';
import { summarizeEngagement } from '../src/engagement/engagement-summary';

function view(hours: number): EngagementEvent[] {
  const events: EngagementEvent[] = [{ type: 'play', at: 0, position: 0, duration: hours * 3600 }];
  let t = 0;
  let p = 0;
  for (let i = 1; i <= hours * 3600 * 4; i++) {
    t += 250;
    p += 0.25;
    if (i % 1200 === 0) p -= 30; // seek back 30 s every 5 minutes
    events.push({ type: 'time', at: t, position: p });
    if (i % 2400 === 0) {
      events.push({ type: 'pause', at: t, position: p });
      events.push({ type: 'play', at: t + 1, position: p });
    }
  }
  return events;
}

function time(fn: () => void, rounds = 5): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const events = view(2);
let sink: unknown;
const baseline = time(() => {
  let s: Record<string, unknown> = {};
  for (const e of events) s = { ...s, last: e };
  sink = s;
});
let final = INITIAL_ENGAGEMENT_STATE;
const reducer = time(() => {
  let s = INITIAL_ENGAGEMENT_STATE;
  for (const e of events) s = reduceEngagement(s, e);
  final = s;
});
const summary = time(() => {
  sink = summarizeEngagement(final, { sessionId: 's', viewId: 'v' });
}, 50);
void sink;
const perEventUs = (reducer / events.length) * 1000;
console.log(`events: ${events.length}, runs closed: ${final.segments.length}`);
console.log(`baseline (object copy per event): ${((baseline / events.length) * 1000).toFixed(3)} µs/event`);
console.log(
  `reduceEngagement:                 ${perEventUs.toFixed(3)} µs/event (${(reducer / baseline).toFixed(1)}× baseline)`,
);
console.log(`summarizeEngagement (2 h view):   ${(summary * 1000).toFixed(1)} µs`);
