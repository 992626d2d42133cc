import { endpointSeconds, estimateApplyTime, formatDuration, PANOPTO_RATE_LIMITS } from './apply-time';
import { SyncOp } from './sync-model';

const op = (kind: SyncOp['kind'], n: number): SyncOp =>
  ({ id: `${kind}:${n}`, kind, dependsOn: [], reason: '' } as unknown as SyncOp);
const ops = (kind: SyncOp['kind'], count: number): SyncOp[] => Array.from({ length: count }, (_, i) => op(kind, i));

describe('apply time at Panopto rate limits', () => {
  it('spaces calls to one endpoint at 5/s and starts each batch of 100 a minute after the last', () => {
    expect(endpointSeconds(0)).toBe(0);
    expect(endpointSeconds(1)).toBe(0);
    expect(endpointSeconds(5)).toBeCloseTo(0.8, 6);
    expect(endpointSeconds(100)).toBeCloseTo(19.8, 6);
    expect(endpointSeconds(101)).toBe(60);
    expect(endpointSeconds(250)).toBeCloseTo(129.8, 6);
    expect(endpointSeconds(10, { perSecond: 1, perMinute: 1000 })).toBe(9);
    expect(PANOPTO_RATE_LIMITS).toEqual({ perSecond: 5, perMinute: 100 });
  });

  it('counts one call per operation, groups them by endpoint and lets the busiest endpoint set the pace', () => {
    const estimate = estimateApplyTime({
      ops: [
        ...ops('grant', 250),
        ...ops('create-folder', 20),
        ...ops('rename', 3),
        ...ops('move', 2),
        ...ops('revoke', 1),
      ],
    });
    expect(estimate.calls).toBe(276);
    expect(estimate.endpoints.map((e) => [e.endpoint, e.calls])).toEqual([
      ['POST /folders/{id}/permissions', 250],
      ['POST /folders', 20],
      ['PUT /folders/{id}', 5],
      ['DELETE /folders/{id}/permissions', 1],
    ]);
    expect(estimate.seconds).toBeCloseTo(129.8, 6);
    expect(estimate.sequentialSeconds).toBeCloseTo(129.8 + 3.8 + 0.8, 6);
    expect(estimateApplyTime({ ops: [] })).toEqual({ calls: 0, seconds: 0, sequentialSeconds: 0, endpoints: [] });
  });

  it('formats durations for people', () => {
    expect(formatDuration(12.44)).toBe('12.4 s');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(30_300)).toBe('8 h 25 min');
  });
});
