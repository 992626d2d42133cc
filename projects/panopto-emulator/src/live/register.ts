// Live webcasting in the emulator: scheduled broadcasts go on air at their StartTime and end at their EndTime
// on the emulator's clock, which tests and the demo can speed up:
//   GET  /__emulator/clock   {"nowMs","now","speed","offsetMs"}
//   POST /__emulator/clock   {"speed": 60} and/or {"advanceMs": 120000}, or {"reset": true} (speed back to 1)
//
// The clock: the emulator context's `clock.now` is what every REST route reads (e.g. "StartTime must be in the
// future"), so this module makes that same clock controllable — time stays consistent between the scheduling
// rules and the broadcasts going on air.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, readJson, sendJson } from '../http.js';
import type { RemoteRecorderState } from '../store/types.js';
import { applyBroadcastPhases } from './broadcast-phases.js';
import { ControllableClock } from './controllable-clock.js';

/** How often (real time) broadcasts are moved along; 100 ms is 6 emulated seconds at speed 60. */
export const PHASE_TICK_MS = 100;

export function registerLiveRoutes(router: Router, ctx: EmulatorContext): void {
  const clock = new ControllableClock(ctx.clock.now.bind(ctx.clock));
  // Route handlers read `ctx.clock.now()` at call time, so replacing the function makes all of them follow.
  (ctx.clock as { now: () => number }).now = clock.now;

  const recorderStateBefore = new Map<string, RemoteRecorderState>();
  const tick = (): void => {
    for (const change of applyBroadcastPhases(ctx.store, clock.now(), ctx.media.variantCount, recorderStateBefore)) {
      ctx.log(`live: "${change.name}" (${change.sessionId}) is ${change.phase === 'onAir' ? 'on air' : change.phase}`);
    }
  };
  tick();
  const timer = setInterval(tick, PHASE_TICK_MS);
  timer.unref();
  ctx.onClose(() => clearInterval(timer));

  router.get('/__emulator/clock', (_req, res) => sendJson(res, 200, clock.state()));
  router.post('/__emulator/clock', async (req, res) => {
    const body = await readJson(req, 4096);
    const unknown = Object.keys(body).filter((k) => !['speed', 'advanceMs', 'reset'].includes(k));
    if (unknown.length)
      throw badRequest(
        `Unknown clock option(s): ${unknown.join(', ')}. Use speed, advanceMs or reset.`,
        'InvalidParameter',
      );
    try {
      if (body['reset'] === true) clock.resetSpeed();
      if (body['speed'] !== undefined) clock.setSpeed(body['speed'] as number);
      if (body['advanceMs'] !== undefined) clock.advance(body['advanceMs'] as number);
    } catch (e) {
      throw badRequest((e as Error).message, 'InvalidParameter');
    }
    tick(); // a jump takes effect before this answer, so the next request already sees it
    sendJson(res, 200, clock.state());
  });
}
