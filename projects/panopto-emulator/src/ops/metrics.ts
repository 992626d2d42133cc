// Counters behind GET /__emulator/metrics. Route modules (including the upload module) count through this
// one object so a test can assert on what the emulator actually saw.

export type FaultKind = 'latency' | 'error' | 'burst429' | 'drop' | 'rateLimit';

export interface MetricsSnapshot {
  startedAt: string;
  uptimeSeconds: number;
  requests: { total: number; byRoute: Record<string, Record<string, number>> };
  /** `token.authorization_code`, `token.refresh_token`, `token.client_credentials`, … (successful or not). */
  tokenRequests: Record<string, number>;
  /** Every 429 response, whatever produced it (rate limiter, 429 burst, error rule). */
  rateLimited: number;
  faultsInjected: { total: number } & Record<FaultKind, number>;
  uploads: { started: number; completed: number; failed: number; bytesReceived: number };
  /** Free-form counters other modules add with {@link Metrics.increment}. */
  counters: Record<string, number>;
}

export class Metrics {
  private readonly startedAt: number;
  private total = 0;
  private byRoute: Record<string, Record<string, number>> = {};
  private tokenRequests: Record<string, number> = {};
  private rateLimited = 0;
  private faults: { total: number } & Record<FaultKind, number> = Metrics.emptyFaults();
  private uploads = { started: 0, completed: 0, failed: 0, bytesReceived: 0 };
  private counters: Record<string, number> = {};

  constructor(private readonly now: () => number = Date.now) {
    this.startedAt = now();
  }

  private static emptyFaults(): { total: number } & Record<FaultKind, number> {
    return { total: 0, latency: 0, error: 0, burst429: 0, drop: 0, rateLimit: 0 };
  }

  /** Called by the server once per finished (or dropped) request. Status 0 = connection dropped. */
  countRequest(routeName: string, status: number): void {
    this.total += 1;
    const route = (this.byRoute[routeName] ??= {});
    route[String(status)] = (route[String(status)] ?? 0) + 1;
    if (status === 429) this.rateLimited += 1;
  }

  /** `grantType` as sent (`authorization_code`, `refresh_token`, …); stored as `token.<grantType>`. */
  countTokenRequest(grantType: string): void {
    const key = `token.${grantType || 'unknown'}`;
    this.tokenRequests[key] = (this.tokenRequests[key] ?? 0) + 1;
  }

  countFault(kind: FaultKind): void {
    this.faults.total += 1;
    this.faults[kind] += 1;
  }

  uploadStarted(): void {
    this.uploads.started += 1;
  }
  uploadCompleted(): void {
    this.uploads.completed += 1;
  }
  uploadFailed(): void {
    this.uploads.failed += 1;
  }
  bytesReceived(bytes: number): void {
    this.uploads.bytesReceived += bytes;
  }

  increment(name: string, by = 1): void {
    this.counters[name] = (this.counters[name] ?? 0) + by;
  }

  snapshot(): MetricsSnapshot {
    return JSON.parse(
      JSON.stringify({
        startedAt: new Date(this.startedAt).toISOString(),
        uptimeSeconds: Math.round((this.now() - this.startedAt) / 1000),
        requests: { total: this.total, byRoute: this.byRoute },
        tokenRequests: this.tokenRequests,
        rateLimited: this.rateLimited,
        faultsInjected: this.faults,
        uploads: this.uploads,
        counters: this.counters,
      }),
    ) as MetricsSnapshot;
  }

  reset(): void {
    this.total = 0;
    this.byRoute = {};
    this.tokenRequests = {};
    this.rateLimited = 0;
    this.faults = Metrics.emptyFaults();
    this.uploads = { started: 0, completed: 0, failed: 0, bytesReceived: 0 };
    this.counters = {};
  }
}
