// Angular face of the sync: plan, apply (as an Observable of reports), auto-sync while the tab is visible.
import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, inject } from '@angular/core';
import { PANOPTO_CLOCK, PanoptoApi } from 'panopto-ng';
import { PanoptoError, ROOT_FOLDER_ID, clockTimer } from 'panopto-ng/core';
import {
  EMPTY,
  Observable,
  defer,
  exhaustMap,
  filter,
  fromEvent,
  distinctUntilChanged,
  map,
  of,
  repeat,
  startWith,
  switchMap,
  takeWhile,
} from 'rxjs';
import { applyPlan } from './apply-plan';
import { PATH_MARKER } from './folder-marker';
import { panoptoApiSyncBackend } from './panopto-api-sync-backend';
import { PanoptoCaptionsApi } from 'panopto-ng/captions';
import { coursesWithCopies, readCurrentState } from './read-current-state';
import { resolveDesiredState } from './resolve-principals';
import { PANOPTO_SYNC_CONFIG } from './sync-config';
import { SyncBackend } from './sync-backend';
import { DesiredState, SyncPlan, SyncReport } from './sync-model';
import { plan } from './sync-planner';
import { InMemorySyncProgressStore, LocalStorageSyncProgressStore, SyncProgressStore } from './sync-progress-store';

/** Options of `PanoptoSyncService.apply`. */
export interface PanoptoSyncApplyOptions {
  dryRun?: boolean;
  concurrency?: number;
}

/**
 * Course provisioning: plans what to change under the managed root and applies it through `PanoptoApi` (rate
 * limited, background priority). All methods are cold: nothing happens until you subscribe; unsubscribing from
 * `apply` stops starting new operations.
 *
 * @example
 * const sync = inject(PanoptoSyncService);
 * sync.plan(desired, rootId).pipe(switchMap((p) => sync.apply(p))).subscribe((report) => console.log(report.counts));
 */
@Injectable({ providedIn: 'root' })
export class PanoptoSyncService {
  private readonly config = inject(PANOPTO_SYNC_CONFIG);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly document = inject(DOCUMENT);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  /** The Panopto calls, exposed so a test or a custom backend can be swapped in. */
  readonly backend: SyncBackend =
    this.config.backend ?? panoptoApiSyncBackend(inject(PanoptoApi), inject(PanoptoCaptionsApi));
  readonly store: SyncProgressStore =
    this.config.store ??
    (this.isBrowser && this.document.defaultView?.localStorage
      ? new LocalStorageSyncProgressStore(this.document.defaultView.localStorage)
      : new InMemorySyncProgressStore());

  /**
   * Finds (or creates) the top-level folder `name` that marks the managed root, and returns its id.
   * A same-named folder without the marker is not adopted: the app never takes over folders it did not make.
   */
  ensureManagedRoot(name: string): Observable<string> {
    return defer(async () => {
      const description = `${PATH_MARKER} Managed by panopto-ng course sync.`;
      const top = await this.backend.children(ROOT_FOLDER_ID);
      const hit = top.find((f) => f.Name === name && (f.Description ?? '').includes(PATH_MARKER));
      return (hit ?? (await this.backend.createFolder(name, ROOT_FOLDER_ID, description))).Id.toLowerCase();
    });
  }

  /** Resolves principals, reads the managed root and plans. */
  plan(desired: DesiredState, managedRootId = this.config.managedRootId): Observable<SyncPlan> {
    return defer(async () => {
      if (!managedRootId) {
        throw new PanoptoError(
          'PanoptoSyncService.plan: no managed root; pass its id or set it with withPanoptoProvisioning({ managedRootId }).',
          { code: 'no-managed-root' },
        );
      }
      const resolved = await resolveDesiredState(desired, this.backend);
      const current = await readCurrentState(this.backend, managedRootId.toLowerCase(), this.config.concurrency ?? 2, {
        sessionsOf: coursesWithCopies(desired),
      });
      return plan(resolved, current);
    });
  }

  /** Applies a plan; emits a report after every operation and completes with the final one. */
  apply(syncPlan: SyncPlan, options: PanoptoSyncApplyOptions = {}): Observable<SyncReport> {
    return new Observable<SyncReport>((subscriber) => {
      const abort = new AbortController();
      applyPlan(syncPlan, this.backend, {
        dryRun: options.dryRun,
        concurrency: options.concurrency ?? this.config.concurrency ?? 2,
        store: this.store,
        signal: abort.signal,
        onProgress: (r) => subscriber.next(r),
      }).then(
        (report) => {
          subscriber.next(report);
          subscriber.complete();
        },
        (e: unknown) => subscriber.error(e),
      );
      return () => abort.abort();
    });
  }

  /** Plan then apply, in one call. */
  sync(
    desired: DesiredState,
    options: PanoptoSyncApplyOptions = {},
    managedRootId = this.config.managedRootId,
  ): Observable<SyncReport> {
    return this.plan(desired, managedRootId).pipe(switchMap((p) => this.apply(p, options)));
  }

  /**
   * Syncs now and then every `intervalMs` while the page is visible; a run never overlaps the previous one (ticks
   * during a run are dropped); hidden tabs don't sync. Emits each run's final report. `desired` is called per run
   * so it sees the latest enrolments.
   */
  startAutoSync(
    intervalMs: number,
    desired: () => DesiredState,
    managedRootId = this.config.managedRootId,
  ): Observable<SyncReport> {
    if (!(intervalMs >= 1000)) {
      return defer(() => {
        throw new PanoptoError(`startAutoSync: intervalMs must be at least 1000 (got ${intervalMs}).`, {
          code: 'invalid-argument',
        });
      });
    }
    const visible$ = this.isBrowser
      ? fromEvent(this.document, 'visibilitychange').pipe(
          startWith(null),
          map(() => this.document.visibilityState !== 'hidden'),
          distinctUntilChanged(),
        )
      : of(true);
    const ticks$ = defer(() => clockTimer(this.clock, intervalMs)).pipe(repeat(), startWith(null));
    return visible$.pipe(
      switchMap((visible) => (visible ? ticks$ : EMPTY)),
      exhaustMap(() =>
        this.sync(desired(), {}, managedRootId).pipe(
          filter((r) => r.finished),
          takeWhile((r) => !r.finished, true),
        ),
      ),
    );
  }
}
