import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { inject, Injectable, NgZone, OnDestroy, PLATFORM_ID } from '@angular/core';
import { PANOPTO_CLOCK, PANOPTO_CONFIG, PANOPTO_RANDOM, PanoptoEvents } from 'panopto-ng';
import { PANOPTO_UPLOAD_OPTIONS } from 'panopto-ng/upload/feature';
import { BehaviorSubject, Observable } from 'rxjs';
import { IndexedDbResumeStore } from '../core/indexed-db-resume-store';
import { MemoryResumeStore, UploadResumeStore } from '../core/resume-store';
import { PanoptoUploadValidationError } from '../core/upload-errors';
import { PanoptoUploadEngine } from '../core/upload-engine';
import { UploadJob } from '../core/upload-job';
import { UploadRequest, UploadSnapshot } from '../core/upload-types';
import { HttpClientUploadTransport } from './http-client-upload-transport';
import { PANOPTO_UPLOAD_RESUME_STORE, PANOPTO_UPLOAD_TOKEN_REFRESHER, PANOPTO_UPLOAD_TRANSPORT } from './upload-tokens';

/** Control of one running upload. Snapshots arrive inside the Angular zone, at most 10 per second. */
export interface PanoptoUploadRef {
  readonly id: string;
  /** Replays the latest snapshot; completes after `complete` or `cancelled`. */
  readonly snapshots$: Observable<UploadSnapshot>;
  readonly snapshot: UploadSnapshot;
  pause(): void;
  resume(): void;
  /** Sends only what is missing, with the same session upload and multipart ids. */
  retry(): void;
  /** Aborts in-flight requests, the multipart uploads and the session upload. */
  cancel(): Promise<void>;
  /** The next settled snapshot (`complete`, `error` or `cancelled`). */
  settled(): Promise<UploadSnapshot>;
}

/**
 * Uploads recordings to Panopto: session upload, S3 multipart parts in parallel (one limiter for the whole
 * app), UCS manifest, processing. Work runs outside the Angular zone; only throttled snapshots re-enter it.
 * Works without the auth entry point (provide `PANOPTO_UPLOAD_TOKEN_REFRESHER` to refresh tokens mid-upload).
 *
 * @example
 * ```ts
 * const ref = inject(PanoptoUploadService).start({ folderId, files: [file], title: 'Week 1' });
 * ref.snapshots$.subscribe((s) => console.log(`${s.phase} ${s.percent.toFixed(0)} %`));
 * const done = await ref.settled(); // done.sessionId is the new session
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoUploadService implements OnDestroy {
  private readonly zone = inject(NgZone);
  private readonly engine: PanoptoUploadEngine;
  private readonly refs = new BehaviorSubject<PanoptoUploadRef[]>([]);
  private readonly teardown: Array<() => void> = [];
  private readonly events: PanoptoEvents | null;

  /** Every upload started through this service, oldest first. */
  readonly uploads$: Observable<PanoptoUploadRef[]> = this.refs.asObservable();

  constructor() {
    const config = inject(PANOPTO_CONFIG);
    const events = inject(PanoptoEvents, { optional: true });
    this.events = events;
    const isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
    const document = inject(DOCUMENT);
    const window = isBrowser ? document.defaultView : null;
    const store: UploadResumeStore =
      inject(PANOPTO_UPLOAD_RESUME_STORE, { optional: true }) ??
      (window?.indexedDB ? new IndexedDbResumeStore(window.indexedDB) : new MemoryResumeStore());
    this.engine = new PanoptoUploadEngine({
      transport:
        inject(PANOPTO_UPLOAD_TRANSPORT, { optional: true }) ?? new HttpClientUploadTransport(inject(HttpClient)),
      publicApiRestUrl: config.publicApiRestUrl,
      options: inject(PANOPTO_UPLOAD_OPTIONS, { optional: true }) ?? {},
      // The one clock (the deprecated PANOPTO_UPLOAD_CLOCK is this token) and its randomness for backoff jitter.
      clock: inject(PANOPTO_CLOCK),
      random: inject(PANOPTO_RANDOM),
      store,
      refresher: inject(PANOPTO_UPLOAD_TOKEN_REFRESHER, { optional: true }),
      // Monitoring: every acknowledged part on the shared PanoptoEvents stream.
      onPart: (part) => events?.publish({ type: 'upload-part', ...part }),
    });
    if (window) {
      this.zone.runOutsideAngular(() => {
        const offline = () => this.engine.setOnline(false);
        const online = () => this.engine.setOnline(true);
        window.addEventListener('offline', offline);
        window.addEventListener('online', online);
        this.teardown.push(() => window.removeEventListener('offline', offline));
        this.teardown.push(() => window.removeEventListener('online', online));
      });
    }
  }

  /** The tuning in effect (defaults merged with `withPanoptoUpload()`). */
  get options() {
    return this.engine.options;
  }

  /** Problems that would stop an upload (file type, size, empty file, folder id); empty when it can start. */
  validate(request: UploadRequest): PanoptoUploadValidationError[] {
    return this.engine.validate(request);
  }

  /**
   * Starts an upload. Throws a `PanoptoUploadValidationError` (nothing sent) when the request is not acceptable.
   * Picking a file that was half uploaded before a reload continues it: only the missing parts are sent.
   */
  start(request: UploadRequest): PanoptoUploadRef {
    const job = this.zone.runOutsideAngular(() => this.engine.start(request));
    const ref = this.wrap(job);
    this.refs.next([...this.refs.value, ref]);
    return ref;
  }

  /**
   * Cold form of `start()`: subscribing starts the upload, unsubscribing before it settles cancels it. Emits
   * snapshots; errors with the `PanoptoUploadError`; completes when the session is ready.
   */
  upload(request: UploadRequest): Observable<UploadSnapshot> {
    return new Observable<UploadSnapshot>((subscriber) => {
      let ref: PanoptoUploadRef;
      try {
        ref = this.start(request);
      } catch (error) {
        subscriber.error(error);
        return undefined;
      }
      const subscription = ref.snapshots$.subscribe((snapshot) => {
        subscriber.next(snapshot);
        if (snapshot.phase === 'error') subscriber.error(snapshot.error);
        if (snapshot.phase === 'complete') subscriber.complete();
        if (snapshot.phase === 'cancelled') subscriber.complete();
      });
      return () => {
        subscription.unsubscribe();
        const phase = ref.snapshot.phase;
        if (phase !== 'complete' && phase !== 'cancelled' && phase !== 'error') void ref.cancel();
      };
    });
  }

  /** Forgets a settled upload (removes it from `uploads$`). */
  remove(id: string): void {
    this.engine.remove(id);
    this.refs.next(this.refs.value.filter((r) => r.id !== id));
  }

  ngOnDestroy(): void {
    this.teardown.forEach((fn) => fn());
    this.engine.dispose();
    this.refs.complete();
  }

  private wrap(job: UploadJob): PanoptoUploadRef {
    const subject = new BehaviorSubject<UploadSnapshot>(job.snapshot());
    let lastPhase = job.snapshot().phase;
    job.subscribe((snapshot) => {
      if (snapshot.phase !== lastPhase) {
        lastPhase = snapshot.phase;
        this.events?.publish({
          type: 'upload-state',
          uploadId: snapshot.sessionUploadId ?? snapshot.id,
          state: snapshot.phase,
          detail: snapshot.error?.message ?? snapshot.processingMessage ?? undefined,
        });
      }
      // The one place upload work re-enters the zone: throttled snapshots and phase changes, and only when
      // somebody subscribes (an upload nobody shows costs no change detection).
      const deliver = () => {
        subject.next(snapshot);
        if (snapshot.phase === 'complete' || snapshot.phase === 'cancelled') subject.complete();
      };
      if (subject.observed) this.zone.run(deliver);
      else deliver();
    });
    const outside = <T>(fn: () => T) => this.zone.runOutsideAngular(fn);
    return {
      id: job.id,
      snapshots$: subject.asObservable(),
      get snapshot() {
        return subject.value;
      },
      pause: () => outside(() => job.pause()),
      resume: () => outside(() => job.resume()),
      retry: () => outside(() => job.retry()),
      cancel: () => outside(() => job.cancel()),
      settled: () => job.settled(),
    };
  }
}
