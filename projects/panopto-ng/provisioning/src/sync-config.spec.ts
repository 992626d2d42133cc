import { TestBed } from '@angular/core/testing';
import { PanoptoConfigError, providePanopto } from 'panopto-ng';
import {
  PANOPTO_SYNC_CONFIG,
  PanoptoSyncConfig,
  validatePanoptoProvisioningConfig,
  withPanoptoProvisioning,
} from './sync-config';
import { InMemorySyncProgressStore } from './sync-progress-store';
import { FakeSyncBackend } from './testing/fake-sync-backend';

const ROOT = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

/** Expects `run` to throw a `PanoptoConfigError` naming `field` (and whose message contains `text`). */
function expectConfigError(run: () => unknown, field: string, text = ''): void {
  expect(run).toThrowMatching((e) => e instanceof PanoptoConfigError && e.field === field && e.message.includes(text));
}

describe('provisioning configuration', () => {
  it('accepts a complete configuration and leaves out what is not given', () => {
    const store = new InMemorySyncProgressStore();
    const backend = new FakeSyncBackend();
    expect(validatePanoptoProvisioningConfig()).toEqual({});
    expect(validatePanoptoProvisioningConfig({ managedRootId: ROOT, concurrency: 3, store, backend })).toEqual({
      managedRootId: ROOT,
      concurrency: 3,
      store,
      backend,
    });
  });

  it('names the wrong field', () => {
    const cases: [unknown, string][] = [
      [{ managedRootId: 'Courses' }, 'provisioning.managedRootId'],
      [{ concurrency: 0 }, 'provisioning.concurrency'],
      [{ concurrency: 2.5 }, 'provisioning.concurrency'],
      [{ concurrency: 50 }, 'provisioning.concurrency'],
      [{ store: {} }, 'provisioning.store'],
      [{ backend: { children: () => [] } }, 'provisioning.backend'],
      ['root', 'provisioning'],
    ];
    for (const [options, field] of cases) {
      expectConfigError(() => validatePanoptoProvisioningConfig(options as PanoptoSyncConfig), field);
    }
  });

  it('rejects an unknown option with a did-you-mean hint', () => {
    expectConfigError(
      () => validatePanoptoProvisioningConfig({ managedRootID: ROOT } as PanoptoSyncConfig),
      'provisioning.managedRootID',
      'Did you mean `managedRootId`?',
    );
  });

  it('withPanoptoProvisioning is a provisioning feature: validated at once, provided to PANOPTO_SYNC_CONFIG', () => {
    const feature = withPanoptoProvisioning({ managedRootId: ROOT });
    expect(feature.kind).toBe('provisioning');
    expectConfigError(() => withPanoptoProvisioning({ concurrency: -1 }), 'provisioning.concurrency');
    TestBed.configureTestingModule({
      providers: [providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature)],
    });
    expect(TestBed.inject(PANOPTO_SYNC_CONFIG)).toEqual({ managedRootId: ROOT });
  });
});
