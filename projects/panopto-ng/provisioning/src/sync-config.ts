// Configuration of the provisioning entry point only: its token, option type and validation. Nothing here imports
// the service or the report component, so `withPanoptoProvisioning()` at the root adds configuration only.
import { InjectionToken } from '@angular/core';
import type { PanoptoFeature } from 'panopto-ng';
import {
  PanoptoConfigError,
  isGuid,
  numberOption,
  optionsObject,
  rejectUnknownKeys,
  stringOption,
} from 'panopto-ng/core';
import type { SyncBackend } from './sync-backend';
import type { SyncProgressStore } from './sync-progress-store';

/** Where the sync works and how it remembers progress. */
export interface PanoptoSyncConfig {
  /** The folder everything managed lives under. Nothing outside it is read or changed. */
  managedRootId?: string;
  /** Progress store; default localStorage in a browser, memory elsewhere. */
  store?: SyncProgressStore;
  /** Default concurrency of `apply` (2). */
  concurrency?: number;
  /** Replaces the PanoptoApi-based backend (tests, or a custom transport). */
  backend?: SyncBackend;
}

/**
 * The sync configuration in effect; set it with `withPanoptoProvisioning()`.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_SYNC_CONFIG, useValue: { managedRootId, concurrency: 2 } }]
 * ```
 */
export const PANOPTO_SYNC_CONFIG = new InjectionToken<PanoptoSyncConfig>('PANOPTO_SYNC_CONFIG', {
  providedIn: 'root',
  factory: () => ({}),
});

const KNOWN: readonly (keyof PanoptoSyncConfig)[] = ['managedRootId', 'store', 'concurrency', 'backend'];
const STORE_METHODS: readonly (keyof SyncProgressStore)[] = ['load', 'markDone', 'clear'];
const BACKEND_METHODS: readonly (keyof SyncBackend)[] = [
  'children',
  'permissions',
  'createFolder',
  'updateFolder',
  'grant',
  'revoke',
  'searchUsers',
  'searchGroups',
];

/** An optional object that must have every one of `methods` as a function. */
function implementation<T>(value: unknown, field: string, methods: readonly string[], what: string): T | undefined {
  if (value === undefined) return undefined;
  const missing =
    typeof value === 'object' && value !== null
      ? methods.filter((m) => typeof (value as Record<string, unknown>)[m] !== 'function')
      : methods;
  if (missing.length) {
    throw new PanoptoConfigError(field, `must be a ${what} (missing: ${missing.join(', ')}).`);
  }
  return value as T;
}

/**
 * Checks the sync configuration. Throws `PanoptoConfigError` naming the field (`provisioning.<field>`), with a
 * did-you-mean hint for a misspelt option. Options left out keep their defaults (see `PanoptoSyncConfig`).
 *
 * @example
 * ```ts
 * validatePanoptoProvisioningConfig({ managedRootId: rootId, concurrency: 2 });
 * ```
 */
export function validatePanoptoProvisioningConfig(options: PanoptoSyncConfig = {}): PanoptoSyncConfig {
  const raw = optionsObject(options, 'provisioning');
  rejectUnknownKeys(raw, KNOWN, 'provisioning');
  const config: PanoptoSyncConfig = {};
  const managedRootId = stringOption(raw['managedRootId'], 'provisioning.managedRootId', '');
  if (managedRootId) {
    if (!isGuid(managedRootId)) {
      throw new PanoptoConfigError(
        'provisioning.managedRootId',
        `must be a folder id (a GUID); got ${JSON.stringify(managedRootId)}. ` +
          `PanoptoSyncService.ensureManagedRoot(name) finds or creates one.`,
      );
    }
    config.managedRootId = managedRootId;
  }
  if (raw['concurrency'] !== undefined) {
    // Panopto allows 5 calls a second per endpoint: more at once would only wait.
    config.concurrency = numberOption(raw['concurrency'], 'provisioning.concurrency', 2, {
      integer: true,
      min: 1,
      max: 5,
    });
  }
  const store = implementation<SyncProgressStore>(
    raw['store'],
    'provisioning.store',
    STORE_METHODS,
    'SyncProgressStore',
  );
  if (store) config.store = store;
  const backend = implementation<SyncBackend>(raw['backend'], 'provisioning.backend', BACKEND_METHODS, 'SyncBackend');
  if (backend) config.backend = backend;
  return config;
}

/**
 * Configures `panopto-ng/provisioning`, as a feature of `providePanopto()` (or `PanoptoModule.forRoot()`); checked
 * at once, at startup. Same as providing `PANOPTO_SYNC_CONFIG`, validated.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl }, withPanoptoProvisioning({ managedRootId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' }))
 * ```
 */
export function withPanoptoProvisioning(options: PanoptoSyncConfig = {}): PanoptoFeature {
  return {
    kind: 'provisioning',
    providers: [{ provide: PANOPTO_SYNC_CONFIG, useValue: validatePanoptoProvisioningConfig(options) }],
  };
}
