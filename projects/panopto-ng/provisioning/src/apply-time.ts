// How long applying a plan takes at Panopto's published rate limits, worked out before anything is sent.
// Plain TypeScript (Node too).
import { SyncOp, SyncOpKind, SyncPlan } from './sync-model';

/** Calls Panopto allows per endpoint and client: per second and per minute. */
export interface PanoptoRateLimits {
  perSecond: number;
  perMinute: number;
}

/**
 * Panopto's published limits for the REST API: 5 calls per second and 100 per minute, per endpoint.
 *
 * @example
 * estimateApplyTime(plan, { ...PANOPTO_RATE_LIMITS, perMinute: 300 }); // a tenant with a raised limit
 */
export const PANOPTO_RATE_LIMITS: Readonly<PanoptoRateLimits> = { perSecond: 5, perMinute: 100 };

/** The REST endpoint each kind of operation calls (one call per operation). */
export const SYNC_OP_ENDPOINTS: Readonly<Record<SyncOpKind, string>> = {
  'create-folder': 'POST /folders',
  rename: 'PUT /folders/{id}',
  move: 'PUT /folders/{id}',
  grant: 'POST /folders/{id}/permissions',
  revoke: 'DELETE /folders/{id}/permissions',
  'set-access': 'PUT /folders/{id}/settings/access',
  'copy-session': 'POST /sessions/{id}/sessioncopy',
};

/** One endpoint's share of a plan. */
export interface EndpointTime {
  endpoint: string;
  calls: number;
  /** From its first call to its last at the limits. */
  seconds: number;
}

/** A plan's apply time at the rate limits. */
export interface ApplyTimeEstimate {
  /** Calls the plan makes (one per operation). */
  calls: number;
  /** The least time the limits allow: each endpoint at full rate, endpoints overlapping. */
  seconds: number;
  /** If the endpoints' calls did not overlap at all. */
  sequentialSeconds: number;
  /** Busiest endpoint first. */
  endpoints: EndpointTime[];
}

/**
 * Seconds from the first to the last of `calls` calls to one endpoint, sent as fast as `limits` allow: one call
 * every 1/perSecond s, and a new batch of `perMinute` calls only a minute after the previous batch began.
 */
export function endpointSeconds(calls: number, limits: PanoptoRateLimits = PANOPTO_RATE_LIMITS): number {
  if (calls <= 0) return 0;
  const batches = Math.floor((calls - 1) / limits.perMinute);
  const inLastBatch = (calls - 1) % limits.perMinute;
  return batches * 60 + inLastBatch / limits.perSecond;
}

/**
 * Predicts how long `applyPlan` needs for `plan` at Panopto's rate limits (per endpoint, per client), so a
 * person can see before applying that, say, 50,000 new enrolments take over eight hours. Calls to different
 * endpoints run side by side, so the busiest endpoint sets the pace; `sequentialSeconds` is the bound if
 * nothing overlapped.
 *
 * @example
 * const estimate = estimateApplyTime(plan(resolved, current));
 * console.log(`${estimate.calls} calls, at least ${formatDuration(estimate.seconds)} at Panopto's rate limits`);
 */
export function estimateApplyTime(
  plan: Pick<SyncPlan, 'ops'>,
  limits: PanoptoRateLimits = PANOPTO_RATE_LIMITS,
): ApplyTimeEstimate {
  const calls = new Map<string, number>();
  for (const op of plan.ops as SyncOp[]) {
    const endpoint = SYNC_OP_ENDPOINTS[op.kind];
    calls.set(endpoint, (calls.get(endpoint) ?? 0) + 1);
  }
  const endpoints = [...calls]
    .map(([endpoint, n]) => ({ endpoint, calls: n, seconds: endpointSeconds(n, limits) }))
    .sort((a, b) => b.calls - a.calls);
  return {
    calls: plan.ops.length,
    seconds: Math.max(0, ...endpoints.map((e) => e.seconds)),
    sequentialSeconds: endpoints.reduce((sum, e) => sum + e.seconds, 0),
    endpoints,
  };
}

/** `8 h 25 min`, `3 min 20 s`, `12.4 s`: a duration a person reads at a glance. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
