import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK } from '../clock/panopto-clock';
import { providePanopto } from '../config/provide-panopto';
import { PanoptoApiError } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { describePanoptoEvent } from './describe-event';
import { PanoptoEvent } from './panopto-event';
import { PanoptoEvents } from './panopto-events';
import {
  ConsolePanoptoLogger,
  PANOPTO_LOGGER,
  PanoptoConsoleLike,
  PanoptoLogLevel,
  withPanoptoLogger,
} from './panopto-logger';

function setup(feature?: ReturnType<typeof withPanoptoLogger>) {
  const clock = new FakePanoptoClock(1000);
  TestBed.configureTestingModule({
    providers: [
      feature ? providePanopto({ serverUrl: 'http://localhost:4300' }, feature) : [],
      { provide: PANOPTO_CLOCK, useValue: clock },
    ],
  });
  return { events: TestBed.inject(PanoptoEvents), clock };
}

describe('PanoptoEvents', () => {
  it('publishes events to subscribers with the clock time filled in', () => {
    const { events } = setup();
    const seen: PanoptoEvent[] = [];
    events.events$.subscribe((e) => seen.push(e));
    events.publish({ type: 'auth-refresh', outcome: 'succeeded', durationMs: 12 });
    events.publish({ type: 'custom', source: 'my-app', name: 'opened', time: 5 });
    expect(seen).toEqual([
      { type: 'auth-refresh', outcome: 'succeeded', durationMs: 12, time: 1000 },
      { type: 'custom', source: 'my-app', name: 'opened', time: 5 },
    ]);
  });

  it('ofType() filters by kind', () => {
    const { events } = setup();
    const types: string[] = [];
    // The result stays a discriminated union: narrowing on `type` reaches each kind's fields.
    events
      .ofType('upload-part', 'custom')
      .subscribe((e) => types.push(e.type === 'upload-part' ? `part ${e.partNumber}` : e.name));
    events.publish({ type: 'auth-signed-out', reason: 'x' });
    events.publish({ type: 'upload-part', uploadId: 'u', fileName: 'a.mp4', partNumber: 1, bytes: 5 });
    events.publish({ type: 'custom', source: 's', name: 'n' });
    expect(types).toEqual(['part 1', 'n']);
  });

  it('sends nothing to a logger by default', () => {
    setup();
    expect(TestBed.inject(PANOPTO_LOGGER, null)).toBeNull();
  });

  it('forwards every event to the logger given with withPanoptoLogger(), with level and message', () => {
    const calls: [PanoptoLogLevel, string][] = [];
    const { events } = setup(withPanoptoLogger({ log: (level, message) => calls.push([level, message]) }));
    events.publish({
      type: 'retry',
      method: 'GET',
      url: 'u',
      endpoint: 'GET /folders/{id}',
      attempt: 2,
      delayMs: 1000,
      reason: 'server-error',
      status: 503,
      fromRetryAfter: false,
    });
    expect(calls).toEqual([['warn', '↻ GET /folders/{id}: server-error (503), retry 2 in 1000 ms']]);
  });

  it('keeps publishing when the logger throws', () => {
    const { events } = setup(
      withPanoptoLogger({
        log: () => {
          throw new Error('broken logger');
        },
      }),
    );
    const seen: string[] = [];
    events.events$.subscribe((e) => seen.push(e.type));
    events.publish({ type: 'custom', source: 's', name: 'n' });
    expect(seen).toEqual(['custom']);
  });
});

describe('ConsolePanoptoLogger', () => {
  it('writes at or above its minimum level, prefixed', () => {
    const out = jasmine.createSpyObj<PanoptoConsoleLike>('console', ['debug', 'info', 'warn', 'error']);
    const logger = new ConsolePanoptoLogger('info', out);
    const error = new PanoptoApiError('boom', { status: 500 });
    const event: PanoptoEvent = { type: 'error', error, time: 0 };
    logger.log('debug', 'quiet', event);
    logger.log('error', 'boom', event);
    expect(out.debug).not.toHaveBeenCalled();
    expect(out.error).toHaveBeenCalledWith('[panopto-ng] boom', event);
  });

  it("withPanoptoLogger('console') provides one", () => {
    const feature = withPanoptoLogger('console');
    expect(feature.kind).toBe('logger');
    TestBed.configureTestingModule({ providers: feature.providers });
    expect(TestBed.inject(PANOPTO_LOGGER)).toEqual(jasmine.any(ConsolePanoptoLogger));
  });
});

describe('describePanoptoEvent', () => {
  it('describes request-end and rate-limit-wait for humans', () => {
    expect(
      describePanoptoEvent({
        type: 'request-end',
        time: 0,
        requestId: 1,
        method: 'GET',
        url: 'u',
        endpoint: 'GET /folders/{id}',
        attempt: 1,
        status: 200,
        durationMs: 42,
        outcome: 'success',
      }).message,
    ).toBe('← GET /folders/{id} 200 in 42 ms');
    expect(
      describePanoptoEvent({
        type: 'rate-limit-wait',
        time: 0,
        endpoint: 'GET /x',
        waitMs: 800,
        priority: 'background',
        queued: 2,
      }),
    ).toEqual({ level: 'info', message: '… GET /x waited 800 ms for the rate limit [background], 2 still queued' });
  });
});
