// Runs a plan's operations in dependency order with bounded concurrency. Plain TypeScript over a SyncBackend.
import { PanoptoError } from 'panopto-ng/core';
import { messageOf } from './resolve-principals';
import { SyncBackend } from './sync-backend';
import { FolderRef, SyncOp, SyncOpResult, SyncOpStatus, SyncPlan, SyncReport } from './sync-model';
import { InMemorySyncProgressStore, SyncProgressStore } from './sync-progress-store';

export interface ApplyPlanOptions {
  /** Report what would be sent and send nothing. */
  dryRun?: boolean;
  /** Operations in flight at once; default 2 (Panopto allows 5 calls/s per endpoint). */
  concurrency?: number;
  /** Completed operations are recorded here and skipped when the same plan runs again. */
  store?: SyncProgressStore;
  /** Stops starting new operations; ones in flight finish. */
  signal?: AbortSignal;
  /** Called with a fresh report after every operation. */
  onProgress?: (report: SyncReport) => void;
}

/**
 * Applies a plan: parents before children, folders before their grants, at most `concurrency` calls at once.
 * A failed operation is reported with Panopto's message and its dependents are skipped; independent operations
 * still run. Operations the store says are done are skipped (resume).
 *
 * @example
 * const report = await applyPlan(plan, backend, { concurrency: 2, store: new InMemorySyncProgressStore() });
 */
export async function applyPlan(
  plan: SyncPlan,
  backend: SyncBackend,
  options: ApplyPlanOptions = {},
): Promise<SyncReport> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  const store = options.store ?? new InMemorySyncProgressStore();
  const dryRun = options.dryRun ?? false;
  const results = new Map<string, SyncOpResult>(plan.ops.map((op) => [op.id, { op, status: 'pending' }]));
  const folderIds = new Map<string, string>();
  // Progress reports are never `finished`; only the value `applyPlan` resolves with is.
  const report = (): SyncReport => ({ ...reportOf(plan.id, dryRun, [...results.values()]), finished: false });

  const previous = dryRun ? {} : store.load(plan.id);
  for (const op of plan.ops) {
    const done = previous[op.id];
    if (!done) continue;
    if (done.folderId) folderIds.set(op.id, done.folderId);
    results.set(op.id, {
      op,
      status: 'skipped',
      detail: 'Already done in an earlier run of this plan.',
      folderId: done.folderId,
      resumed: true,
    });
  }

  const resolve = (ref: FolderRef): string => (ref.id ?? folderIds.get(ref.createdBy)) as string;
  const isPending = (op: SyncOp): boolean => results.get(op.id)?.status === 'pending';
  const running = new Set<string>();

  await new Promise<void>((finish) => {
    const pump = (): void => {
      for (const op of plan.ops) {
        if (!isPending(op) || running.has(op.id)) continue;
        const blocker = op.dependsOn
          .map((d) => results.get(d))
          .find((r) => r && (r.status === 'failed' || (r.status === 'skipped' && !folderIdKnown(r))));
        if (blocker) {
          results.set(op.id, {
            op,
            status: 'skipped',
            detail: `Skipped: depends on "${blocker.op.reason}", which did not succeed.`,
          });
          continue;
        }
      }
      if (!options.signal?.aborted) {
        for (const op of plan.ops) {
          if (running.size >= concurrency) break;
          if (!isPending(op) || running.has(op.id)) continue;
          const ready = op.dependsOn.every((d) => {
            const r = results.get(d);
            return !r || r.status === 'done' || r.status === 'dry-run' || (r.status === 'skipped' && folderIdKnown(r));
          });
          if (!ready) continue;
          running.add(op.id);
          run(op).then(
            (result) => {
              running.delete(op.id);
              results.set(op.id, result);
              if (result.status === 'done') store.markDone(plan.id, op.id, { folderId: result.folderId });
              if (result.folderId) folderIds.set(op.id, result.folderId);
              options.onProgress?.(report());
              pump();
            },
            () => undefined,
          );
        }
      }
      if (running.size === 0) finish();
    };
    pump();
  });

  async function run(op: SyncOp): Promise<SyncOpResult> {
    if (dryRun) return { op, status: 'dry-run', detail: describeCall(op) };
    try {
      switch (op.kind) {
        case 'create-folder': {
          const folder = await backend.createFolder(op.name, resolve(op.parent), op.description);
          if (op.automaticCaptionProviderId) {
            if (!backend.setAutomaticCaptionProvider)
              throw new PanoptoError(
                "This sync backend cannot set a folder's automatic caption provider; remove automaticCaptionProviderId or use a backend that can.",
                { code: 'unsupported' },
              );
            await backend.setAutomaticCaptionProvider(folder.Id, op.automaticCaptionProviderId);
          }
          return { op, status: 'done', folderId: folder.Id.toLowerCase() };
        }
        case 'rename':
          await backend.updateFolder(op.folderId, { Name: op.to });
          return { op, status: 'done' };
        case 'move':
          await backend.updateFolder(op.folderId, { Parent: resolve(op.parent) });
          return { op, status: 'done' };
        case 'grant':
          await backend.grant(resolve(op.folder), op.principal.id, op.principal.type, op.role);
          return { op, status: 'done' };
        case 'revoke':
          await backend.revoke(op.folderId, op.principal.id, op.principal.type, op.role);
          return { op, status: 'done' };
        case 'set-access':
          await required(backend.setFolderAccess, 'setFolderAccess').call(backend, resolve(op.folder), op.level);
          return { op, status: 'done' };
        case 'copy-session':
          await required(backend.copySession, 'copySession').call(backend, op.sessionId, resolve(op.folder), op.name);
          return { op, status: 'done' };
      }
    } catch (e) {
      return { op, status: 'failed', detail: messageOf(e) };
    }
  }

  const final = reportOf(plan.id, dryRun, [...results.values()]);
  if (!dryRun && final.counts.failed === 0 && final.counts.pending === 0) store.clear(plan.id);
  return { ...final, finished: true };
}

/** A resumed create still gives its folder id to dependents; any other skip (a blocked op) does not count. */
function folderIdKnown(r: SyncOpResult): boolean {
  return r.resumed === true && (r.op.kind !== 'create-folder' || !!r.folderId);
}

function describeCall(op: SyncOp): string {
  const folder = (ref: FolderRef): string => ref.id ?? `the folder from "${ref.createdBy}"`;
  switch (op.kind) {
    case 'create-folder':
      return `Would POST /folders {Name: "${op.name}", Parent: ${folder(op.parent)}}.`;
    case 'rename':
      return `Would PUT /folders/${op.folderId} {Name: "${op.to}"}.`;
    case 'move':
      return `Would PUT /folders/${op.folderId} {Parent: ${folder(op.parent)}}.`;
    case 'grant':
      return `Would POST /folders/${folder(op.folder)}/permissions {${op.principal.type} ${op.principal.label}, ${
        op.role
      }}.`;
    case 'revoke':
      return `Would DELETE /folders/${op.folderId}/permissions (${op.principal.type} ${op.principal.label}, ${op.role}).`;
    case 'set-access':
      return `Would PUT /folders/${folder(op.folder)}/settings/access {Level: ${op.level}}.`;
    case 'copy-session':
      return `Would POST /sessions/${op.sessionId}/sessioncopy {CopyType: Reference, FolderId: ${folder(op.folder)}, Name: "${op.name}"}.`;
  }
}

/** A backend method a planned operation needs; its absence fails that operation with a clear message. */
function required<F>(method: F | undefined, name: string): F {
  if (!method) throw new Error(`This SyncBackend has no ${name}(); implement it to apply this operation.`);
  return method;
}

/** @internal Counts per status, in a fresh report object. */
export function reportOf(planId: string, dryRun: boolean, results: SyncOpResult[]): SyncReport {
  const counts: Record<SyncOpStatus, number> = { done: 0, skipped: 0, failed: 0, 'dry-run': 0, pending: 0 };
  for (const r of results) counts[r.status]++;
  return { planId, dryRun, results, counts, finished: counts.pending === 0 };
}

/**
 * A `SyncReport` (counts per status) from a list of results.
 *
 * @deprecated An internal of `applyPlan()`, published by mistake: use the reports `applyPlan()` and
 * `PanoptoSyncService.apply()` give. Removed in 0.3.
 */
export function snapshot(planId: string, dryRun: boolean, results: SyncOpResult[]): SyncReport {
  return reportOf(planId, dryRun, results);
}
