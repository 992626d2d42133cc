// A small plan applied for real: the in-process emulator with Panopto's rate limits switched on, the fetch
// backend, and the time the apply took next to the estimate printed before it started.
import { startEmulator } from '../../../projects/panopto-emulator/src/server';
import { plan } from '../../../projects/panopto-ng/provisioning/src/sync-planner';
import { applyPlan } from '../../../projects/panopto-ng/provisioning/src/apply-plan';
import { createFetchSyncBackend } from '../../../projects/panopto-ng/provisioning/src/fetch-sync-backend';
import { readCurrentState } from '../../../projects/panopto-ng/provisioning/src/read-current-state';
import { resolveDesiredState } from '../../../projects/panopto-ng/provisioning/src/resolve-principals';
import { estimateApplyTime, formatDuration } from '../../../projects/panopto-ng/provisioning/src/apply-time';
import type { DesiredState } from '../../../projects/panopto-ng/provisioning/src/sync-model';

export async function applyRateLimited(courses = 30): Promise<{
  calls: number;
  predictedSeconds: number;
  measuredSeconds: number;
  rateLimited: number;
  failed: number;
}> {
  const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  try {
    const post = (path: string, body: unknown) =>
      fetch(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const token = ((await (await post('/__emulator/tokens', { username: 'admin' })).json()) as { access_token: string })
      .access_token;
    const store = emulator.context.store;
    const admin = store.findUserByUsername('admin');
    const root = [...store.folders.values()].find((f) => admin && store.accessTo(admin, f.Id) !== null && !f.ParentId);
    if (!root) throw new Error('The seed has no top-level folder for the admin.');
    const people = [...store.users.values()].slice(0, 3).map((u) => u.Id);
    const backend = createFetchSyncBackend({ serverUrl: emulator.url, accessToken: token });
    // A fresh managed root, so the plan is the same every run.
    const managed = await backend.createFolder(`Sync benchmark ${Date.now()}`, root.Id, 'bench');
    const desired: DesiredState = {
      template: 'Benchmark/{name}',
      courses: Array.from({ length: courses }, (_, i) => ({
        externalId: `BENCH-${i}`,
        name: `Course ${i}`,
        period: '2026',
        members: people.map((id, m) => ({
          principal: { id, type: 'User' as const },
          role: (['Viewer', 'Creator', 'Publisher'] as const)[m],
        })),
      })),
    };
    const thePlan = plan(await resolveDesiredState(desired, backend), await readCurrentState(backend, managed.Id));
    const estimate = estimateApplyTime(thePlan);
    // Printed before applying, as an app would.
    console.log(
      `\nApplying ${estimate.calls} calls; at Panopto's rate limits this takes at least ${formatDuration(
        estimate.seconds,
      )}…`,
    );
    await post('/__emulator/faults', { rateLimit: true });
    const before = (emulator.context.metrics.snapshot() as { rateLimited?: number }).rateLimited ?? 0;
    const started = performance.now();
    const report = await applyPlan(thePlan, backend);
    const measuredSeconds = (performance.now() - started) / 1000;
    const rateLimited = ((emulator.context.metrics.snapshot() as { rateLimited?: number }).rateLimited ?? 0) - before;
    return {
      calls: estimate.calls,
      predictedSeconds: estimate.seconds,
      measuredSeconds,
      rateLimited,
      failed: report.counts.failed,
    };
  } finally {
    await emulator.close();
  }
}
