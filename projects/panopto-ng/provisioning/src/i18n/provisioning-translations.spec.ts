// Every function-valued sync-report text, in each shipped translation, run with realistic arguments and an
// operation of every kind (the rules are in testing-support/translation-texts.ts).
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import type { ResolvedPrincipal, SyncAccessLevel, SyncOp } from '../sync-model';
import { SYNC_OP_KINDS } from '../sync-model';
import type { SyncRowStatus } from '../sync-report/sync-report.component';
import { PANOPTO_PROVISIONING_AR } from './provisioning-ar';
import { PANOPTO_PROVISIONING_FR } from './provisioning-fr';
import { DEFAULT_PANOPTO_PROVISIONING_TEXTS, PanoptoProvisioningTexts } from './provisioning-texts';

const STATUSES = everyMember<SyncRowStatus>({
  planned: true,
  pending: true,
  done: true,
  'dry-run': true,
  skipped: true,
  failed: true,
});
const LEVELS = everyMember<SyncAccessLevel>({
  Restricted: true,
  OrganizationUnlisted: true,
  Organization: true,
  PublicUnlisted: true,
  Public: true,
});
const COURSE = 'CHEM-101-2026';
const FOLDER = { id: '9d3c1f7e-2b4a-4e8f-a1c6-5f0e7d2b8a34' };
const ALICE: ResolvedPrincipal = { id: 'a7e2c9d4-1f3b-4c8e-9a6d-2e5f8b1c7d03', type: 'User', label: 'alice.martin' };
const base = (id: string) => ({ id, dependsOn: [], reason: 'planner reason (English, for logs)' });

/** One operation of each kind for a course, then the same without a course (the texts' fallback wording). */
const OPS: SyncOp[] = [
  {
    ...base(`create-course:${COURSE}`),
    kind: 'create-folder',
    parent: FOLDER,
    name: 'CHEM 101 Organic chemistry',
    description: '',
    path: 'Science/Chemistry/CHEM 101 Organic chemistry',
    externalId: COURSE,
  },
  {
    ...base('create-level:Science/Chemistry'),
    kind: 'create-folder',
    parent: FOLDER,
    name: 'Chemistry',
    description: '',
    path: 'Science/Chemistry',
    externalId: COURSE,
  },
  { ...base('rename'), kind: 'rename', folderId: FOLDER.id, from: 'CHEM 101', to: 'CHEM 101 Organic chemistry' },
  { ...base('move'), kind: 'move', folderId: FOLDER.id, parent: FOLDER, fromPath: 'Archive/2025', toPath: 'Science' },
  { ...base('grant'), kind: 'grant', folder: FOLDER, principal: ALICE, role: 'Creator' },
  { ...base('revoke'), kind: 'revoke', folderId: FOLDER.id, principal: ALICE, role: 'Viewer' },
  ...LEVELS.map((level): SyncOp => ({ ...base(`access:${level}`), kind: 'set-access', folder: FOLDER, level })),
  {
    ...base('copy'),
    kind: 'copy-session',
    sessionId: '3b8e6d1a-7c2f-4a9e-b5d0-8f1c4e7a2b69',
    name: 'Week 1: Alkanes',
    fromPath: 'Science/Chemistry/CHEM 101 (2025)',
    folder: FOLDER,
  },
].flatMap((op): SyncOp[] => [{ ...op, externalId: COURSE } as SyncOp, { ...op, externalId: undefined } as SyncOp]);

const SAMPLES: TextSamples<PanoptoProvisioningTexts> = {
  option: [['Create folder', 12]],
  kind: SYNC_OP_KINDS.map((kind) => [kind]),
  status: STATUSES.map((status) => [status]),
  statusCount: [['failed', 2]],
  tableCaption: [['Sync plan', 20, 57]],
  target: OPS.map((op) => [op]),
  reason: OPS.map((op) => [op]),
  blocked: [['Course CHEM-101-2026 has no folder under the managed root yet.']],
  notesSummary: [[4]],
  dryRunFinished: [[57]],
  syncFinished: [[50, 4, 3]],
  applying: [[20, 57]],
};

describe('sync report texts in French and Arabic, run with sample arguments', () => {
  for (const translation of [PANOPTO_PROVISIONING_FR, PANOPTO_PROVISIONING_AR])
    it(`${translation.language}: every text function gives a non-empty text in the language`, () => {
      expect(translatedTextProblems(DEFAULT_PANOPTO_PROVISIONING_TEXTS, translation, SAMPLES)).toEqual([]);
    });
});
