// French texts of the sync report. Shipped only to apps that import PANOPTO_PROVISIONING_FR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { SyncAccessLevel, SyncOp, SyncOpKind } from '../sync-model';
import type { SyncRowStatus } from '../sync-report/sync-report.component';
import type { PanoptoProvisioningTexts } from './provisioning-texts';

const KINDS: Record<SyncOpKind, string> = {
  'create-folder': 'Créer un dossier',
  rename: 'Renommer',
  move: 'Déplacer',
  grant: 'Accorder',
  revoke: 'Retirer',
  'set-access': "Définir l'accès",
  'copy-session': 'Copier une session',
};

const STATUSES: Record<SyncRowStatus, string> = {
  planned: 'prévu',
  pending: 'en attente',
  done: 'fait',
  'dry-run': 'simulé',
  skipped: 'ignoré',
  failed: 'échec',
};

const ACCESS: Record<SyncAccessLevel, string> = {
  Restricted: 'Restreint',
  OrganizationUnlisted: 'Organisation (non répertorié)',
  Organization: 'Organisation',
  PublicUnlisted: 'Public (non répertorié)',
  Public: 'Public',
};

const operations = (n: number) => plural('fr', n, { one: '# opération', other: '# opérations' });

function target(op: SyncOp): string {
  const folder = op.externalId ?? 'dossier';
  switch (op.kind) {
    case 'create-folder':
      return op.path;
    case 'rename':
      return `${op.from} → ${op.to}`;
    case 'move':
      return `${op.fromPath} → ${op.toPath}`;
    case 'grant':
    case 'revoke':
      return `${op.principal.label} : ${op.role} sur ${folder}`;
    case 'set-access':
      return `${folder} : ${ACCESS[op.level] ?? op.level}`;
    case 'copy-session':
      return `${op.name} → ${folder} (copie de référence)`;
  }
}

function reason(op: SyncOp): string {
  const course = op.externalId ?? '';
  switch (op.kind) {
    case 'create-folder':
      return op.id.startsWith('create-course:')
        ? `Le cours ${course} n'a pas encore de dossier sous la racine gérée.`
        : `Le niveau de dossier « ${op.path} » n'existe pas encore (nécessaire au cours ${course}).`;
    case 'rename':
      return `Le dossier du cours ${course} s'appelle « ${op.from} » ; le modèle donne « ${op.to} ».`;
    case 'move':
      return `Le dossier du cours ${course} est à « ${op.fromPath} » ; le modèle le place à « ${op.toPath} ».`;
    case 'grant':
      return `${op.principal.label} est inscrit à ${course} comme ${op.role} mais n'a pas ce rôle sur son dossier.`;
    case 'revoke':
      return `${op.principal.label} a le rôle ${op.role} sur le dossier de ${course} mais n'y est plus inscrit avec ce rôle.`;
    case 'set-access':
      return `Le modèle ouvre les nouveaux dossiers de cours à « ${ACCESS[op.level] ?? op.level} ».`;
    case 'copy-session':
      return `Le cours ${course} réutilise « ${op.name} » de « ${op.fromPath} » en copie de référence.`;
  }
}

/** The sync report in French; register with `providePanoptoLanguages(PANOPTO_PROVISIONING_FR)`. */
export const PANOPTO_PROVISIONING_FR: PanoptoTranslation<PanoptoProvisioningTexts> = {
  set: 'panopto-ng/provisioning',
  language: 'fr',
  texts: {
    caption: 'Plan de synchronisation',
    emptyText: 'Rien à changer : Panopto correspond déjà au catalogue.',
    filtersLabel: 'Filtrer les opérations',
    operationLabel: 'Opération',
    statusLabel: 'État',
    option: (label, n) => `${label} (${n})`,
    all: 'Toutes',
    kind: (kind) => KINDS[kind],
    status: (status) => STATUSES[status],
    statusCount: (status, n) => `${status} : ${n}`,
    tableCaption: (caption, shown, total) => `${caption} — ${shown} sur ${operations(total)} affichées`,
    numberColumn: 'N°',
    operationColumn: 'Opération',
    targetColumn: 'Cible',
    reasonColumn: 'Motif',
    statusColumn: 'État',
    target,
    reason,
    resumed: 'Déjà fait lors d’une exécution précédente de ce plan.',
    blocked: (why) => `Ignoré : dépend de « ${why} », qui n’a pas abouti.`,
    notesSummary: (n) => `Laissés tels quels et avertissements (${n})`,
    dryRunFinished: (n) =>
      `Simulation terminée : ${plural('fr', n, {
        one: '# opération serait envoyée',
        other: '# opérations seraient envoyées',
      })}, rien n’a été modifié.`,
    syncFinished: (done, skipped, failed) =>
      `Synchronisation terminée : ${done} ${plural('fr', done, { one: 'faite', other: 'faites' })}, ${skipped} ${plural(
        'fr',
        skipped,
        { one: 'ignorée', other: 'ignorées' },
      )}, ${failed} en échec.`,
    applying: (finished, total) => `Application : ${finished} sur ${operations(total)} terminées.`,
  },
};
