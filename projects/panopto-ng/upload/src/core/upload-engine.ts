import { PanoptoClock, systemClock } from 'panopto-ng/core';
import { PanoptoUploadConfig, PanoptoUploadOptions, validatePanoptoUploadConfig } from 'panopto-ng/upload/options';
import { asPanoptoClock } from './clock';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { UploadResumeStore } from './resume-store';
import { RetryingSender, UploadSendEvent, UploadTokenRefresher } from './retrying-sender';
import { UploadTransport } from './transport';
import { PanoptoUploadValidationError } from './upload-errors';
import { UploadJob, UploadJobContext } from './upload-job';
import { UploadRequest } from './upload-types';
import { validateUploadRequest } from './validation';

export interface UploadEngineDeps {
  transport: UploadTransport;
  /** `${serverUrl}/Panopto/PublicAPI/REST` */
  publicApiRestUrl: string;
  /** Checked by `validatePanoptoUploadConfig()`; a wrong value throws a `PanoptoConfigError` naming the field. */
  options?: PanoptoUploadConfig;
  /** Time and timers (backoff, polling, progress throttling). Default `systemClock`. */
  clock?: PanoptoClock;
  store?: UploadResumeStore | null;
  refresher?: UploadTokenRefresher | null;
  /** Source of jitter, [0, 1). */
  random?: () => number;
  /** Retries and refreshes, for monitoring. */
  onEvent?: (event: UploadSendEvent) => void;
  /** Each part the server acknowledged, for monitoring. */
  onPart?: UploadJobContext['onPart'];
}

/**
 * The framework-free upload engine: validates, then runs any number of uploads that share ONE concurrency
 * limiter (so the configured concurrency is a total over every file). Angular apps use
 * `PanoptoUploadService`, which wraps this with zone handling and injection.
 *
 * @example
 * ```ts
 * const engine = new PanoptoUploadEngine({ transport: new XhrUploadTransport(), publicApiRestUrl });
 * const job = engine.start({ folderId, files: [file] });
 * job.subscribe((s) => console.log(s.phase, s.percent));
 * const result = await job.settled();
 * ```
 */
export class PanoptoUploadEngine {
  readonly options: PanoptoUploadOptions;
  readonly limiter: ConcurrencyLimiter;
  private readonly clock: PanoptoClock;
  private readonly sender: RetryingSender;
  private readonly jobs = new Map<string, UploadJob>();
  private counter = 0;

  constructor(private readonly deps: UploadEngineDeps) {
    this.options = validatePanoptoUploadConfig(deps.options);
    // A clock in upload 0.1's shape (setTimeout returning a handle for clearTimeout) still works.
    this.clock = deps.clock ? asPanoptoClock(deps.clock) : systemClock;
    this.limiter = new ConcurrencyLimiter(this.options.concurrency);
    this.sender = new RetryingSender(
      deps.transport,
      this.clock,
      this.options.retry,
      deps.refresher ?? null,
      deps.random ?? Math.random,
      deps.onEvent,
    );
    void deps.store?.prune(this.clock.now()).catch(() => undefined);
  }

  /** Problems that would stop `start()`; empty when the request is fine. Sends nothing. */
  validate(request: UploadRequest): PanoptoUploadValidationError[] {
    return validateUploadRequest(request, this.options);
  }

  /**
   * Validates and starts an upload. Throws the first `PanoptoUploadValidationError` when the request is not
   * acceptable (nothing is sent then).
   */
  start(request: UploadRequest): UploadJob {
    const problems = this.validate(request);
    if (problems.length) throw problems[0];
    const id = `upload-${++this.counter}-${this.clock.now().toString(36)}`;
    const job = new UploadJob(id, request, {
      sender: this.sender,
      limiter: this.limiter,
      clock: this.clock,
      store: this.deps.store ?? null,
      options: this.options,
      publicApiRestUrl: this.deps.publicApiRestUrl.replace(/\/+$/, ''),
      onPart: this.deps.onPart,
    });
    this.jobs.set(id, job);
    job.start();
    return job;
  }

  get(id: string): UploadJob | undefined {
    return this.jobs.get(id);
  }

  /** Every upload started by this engine, oldest first. */
  all(): UploadJob[] {
    return [...this.jobs.values()];
  }

  /** Removes a finished upload from `all()`. */
  remove(id: string): void {
    this.jobs.delete(id);
  }

  /** Offline pauses every running upload; online resumes those it paused (not the ones the user paused). */
  setOnline(online: boolean): void {
    for (const job of this.jobs.values()) {
      const snapshot = job.snapshot();
      if (!online && (snapshot.phase === 'uploading' || snapshot.phase === 'finishing')) job.pause(true);
      if (online && snapshot.phase === 'paused' && snapshot.pausedOffline) job.resume();
    }
  }

  /** Pauses everything (page teardown); the resume store keeps what is needed to continue after a reload. */
  dispose(): void {
    for (const job of this.jobs.values()) job.pause();
  }
}
