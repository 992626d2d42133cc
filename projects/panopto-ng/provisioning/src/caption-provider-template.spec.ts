// A course template may name the automatic caption provider of the course folders the sync creates.
import { applyPlan } from './apply-plan';
import { readCurrentState } from './read-current-state';
import { resolveDesiredState } from './resolve-principals';
import { DesiredState, SyncPlan } from './sync-model';
import { plan } from './sync-planner';
import { FakeSyncBackend } from './testing/fake-sync-backend';

const PROVIDER = '9e0a8c55-1b2c-5d3e-8f40-112233445566';

/** The fake backend, also recording the caption-provider call. */
class CaptionAwareBackend extends FakeSyncBackend {
  readonly providerCalls: string[] = [];
  setAutomaticCaptionProvider(folderId: string, providerId: string): Promise<void> {
    this.providerCalls.push(`${this.folders.get(folderId)?.Name}=${providerId}`);
    return Promise.resolve();
  }
}

function desired(extra: Partial<DesiredState> = {}): DesiredState {
  return {
    template: '{unit}/{name} ({period})',
    courses: [
      { externalId: 'BIO101-2026S1', name: 'Biology', period: '2026 S1', fields: { unit: 'BIO101' }, members: [] },
    ],
    ...extra,
  };
}

async function planFor(b: FakeSyncBackend, d: DesiredState): Promise<SyncPlan> {
  return plan(await resolveDesiredState(d, b), await readCurrentState(b, b.rootId));
}

describe('provisioning: automatic caption provider of new course folders', () => {
  it('sets the provider on the course folder it creates, not on the levels above it', async () => {
    const b = new CaptionAwareBackend();
    const p = await planFor(b, desired({ automaticCaptionProviderId: PROVIDER }));
    const creates = p.ops.filter((op) => op.kind === 'create-folder');
    expect(creates.map((op) => (op.kind === 'create-folder' ? op.automaticCaptionProviderId ?? null : null))).toEqual([
      null,
      PROVIDER,
    ]);
    const report = await applyPlan(p, b);
    expect(report.counts.failed).toBe(0);
    expect(b.providerCalls).toEqual([`Biology (2026 S1)=${PROVIDER}`]);
    // Applied once: the folder exists now, so planning again creates nothing and sets nothing.
    expect((await planFor(b, desired({ automaticCaptionProviderId: PROVIDER }))).ops).toEqual([]);
  });

  it('without a provider nothing is set; a provider that is not a GUID is refused naming the field', async () => {
    const b = new CaptionAwareBackend();
    await applyPlan(await planFor(b, desired()), b);
    expect(b.providerCalls).toEqual([]);
    await expectAsync(
      planFor(new CaptionAwareBackend(), desired({ automaticCaptionProviderId: 'ASR' })),
    ).toBeRejectedWithError(/`automaticCaptionProviderId` must be a Panopto id/);
  });

  it('fails the course folder step clearly when the backend cannot set the provider', async () => {
    const b = new FakeSyncBackend();
    const report = await applyPlan(await planFor(b, desired({ automaticCaptionProviderId: PROVIDER })), b);
    expect(report.counts.failed).toBe(1);
    expect(JSON.stringify(report)).toContain('cannot set a folder');
  });
});
