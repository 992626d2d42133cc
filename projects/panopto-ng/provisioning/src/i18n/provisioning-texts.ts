// The texts of the sync report: their typed shape and the English defaults. Pure data (no Angular), so the
// translations and the leftover-English test load it anywhere.
import { plural } from 'panopto-ng/core';
import type { SyncAccessLevel, SyncOp, SyncOpKind } from '../sync-model';
import type { SyncRowStatus } from '../sync-report/sync-report.component';

/**
 * Every text `<panopto-sync-report>` shows or announces; an operation's reason is worded here from the
 * operation itself (the planner's English `reason` stays for logs). Numbers arrive as numbers and are written in
 * the language's digits by `plural`. Override one with
 * `providePanoptoTexts(PANOPTO_PROVISIONING_TEXTS, { caption: 'Changes' })`; translations:
 * `PANOPTO_PROVISIONING_FR`, `PANOPTO_PROVISIONING_AR`.
 */
export interface PanoptoProvisioningTexts {
  caption: string;
  emptyText: string;
  filtersLabel: string;
  operationLabel: string;
  statusLabel: string;
  /** An option of a filter: its label and how many rows it keeps. */
  option: (label: string, count: number) => string;
  all: string;
  kind: (kind: SyncOpKind) => string;
  status: (status: SyncRowStatus) => string;
  /** One of the counts above the table. */
  statusCount: (status: string, count: number) => string;
  tableCaption: (caption: string, shown: number, total: number) => string;
  numberColumn: string;
  operationColumn: string;
  targetColumn: string;
  reasonColumn: string;
  statusColumn: string;
  /** What an operation changes, as the Target column shows it. */
  target: (op: SyncOp) => string;
  /** Why the plan has an operation. */
  reason: (op: SyncOp) => string;
  resumed: string;
  /** A skipped operation: `reason` is the reason of the one it waited for. */
  blocked: (reason: string) => string;
  notesSummary: (count: number) => string;
  dryRunFinished: (count: number) => string;
  syncFinished: (done: number, skipped: number, failed: number) => string;
  applying: (finished: number, total: number) => string;
}

const KINDS: Record<SyncOpKind, string> = {
  'create-folder': 'Create folder',
  rename: 'Rename',
  move: 'Move',
  grant: 'Grant',
  revoke: 'Revoke',
  'set-access': 'Set access',
  'copy-session': 'Copy session',
};

const STATUSES: Record<SyncRowStatus, string> = {
  planned: 'planned',
  pending: 'pending',
  done: 'done',
  'dry-run': 'dry run',
  skipped: 'skipped',
  failed: 'failed',
};

const ACCESS: Record<SyncAccessLevel, string> = {
  Restricted: 'Restricted',
  OrganizationUnlisted: 'Organization (unlisted)',
  Organization: 'Organization',
  PublicUnlisted: 'Public (unlisted)',
  Public: 'Public',
};

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

function target(op: SyncOp): string {
  const folder = op.externalId ?? 'folder';
  switch (op.kind) {
    case 'create-folder':
      return op.path;
    case 'rename':
      return `${op.from} → ${op.to}`;
    case 'move':
      return `${op.fromPath} → ${op.toPath}`;
    case 'grant':
    case 'revoke':
      return `${op.principal.label}: ${op.role} on ${folder}`;
    case 'set-access':
      return `${folder}: ${ACCESS[op.level] ?? op.level}`;
    case 'copy-session':
      return `${op.name} → ${folder} (Reference)`;
  }
}

function reason(op: SyncOp): string {
  const course = op.externalId ?? '';
  switch (op.kind) {
    case 'create-folder':
      return op.id.startsWith('create-course:')
        ? `Course ${course} has no folder under the managed root yet.`
        : `Folder level “${op.path}” does not exist yet (needed by course ${course}).`;
    case 'rename':
      return `Course ${course}'s folder is named “${op.from}”; the template gives “${op.to}”.`;
    case 'move':
      return `Course ${course}'s folder is at “${op.fromPath}”; the template puts it at “${op.toPath}”.`;
    case 'grant':
      return `${op.principal.label} is enrolled in ${course} as ${op.role} but has no such role on its folder.`;
    case 'revoke':
      return `${op.principal.label} has ${op.role} on ${course}'s folder but is no longer enrolled with that role.`;
    case 'set-access':
      return `The template opens new course folders to “${ACCESS[op.level] ?? op.level}”.`;
    case 'copy-session':
      return `Course ${course} reuses “${op.name}” from “${op.fromPath}” as a Reference copy.`;
  }
}

/** The English texts. */
export const DEFAULT_PANOPTO_PROVISIONING_TEXTS: PanoptoProvisioningTexts = {
  caption: 'Sync plan',
  emptyText: 'Nothing to change: Panopto already matches the catalogue.',
  filtersLabel: 'Filter operations',
  operationLabel: 'Operation',
  statusLabel: 'Status',
  option: (label, n) => `${label} (${n})`,
  all: 'All',
  kind: (kind) => KINDS[kind],
  status: (status) => STATUSES[status],
  statusCount: (status, n) => `${status}: ${n}`,
  tableCaption: (caption, shown, total) =>
    `${caption} — showing ${shown} of ${count(total, '# operation', '# operations')}`,
  numberColumn: '#',
  operationColumn: 'Operation',
  targetColumn: 'Target',
  reasonColumn: 'Reason',
  statusColumn: 'Status',
  target,
  reason,
  resumed: 'Already done in an earlier run of this plan.',
  blocked: (why) => `Skipped: depends on “${why}”, which did not succeed.`,
  notesSummary: (n) => `Left alone and warnings (${n})`,
  dryRunFinished: (n) =>
    `Dry run finished: ${count(n, '# operation would be sent', '# operations would be sent')}, nothing was changed.`,
  syncFinished: (done, skipped, failed) => `Sync finished: ${done} done, ${skipped} skipped, ${failed} failed.`,
  applying: (finished, total) => `Applying: ${finished} of ${count(total, '# operation', '# operations')} finished.`,
};
