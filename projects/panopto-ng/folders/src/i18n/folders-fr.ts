// French texts of the folder browser and the session list. Shipped only to apps that import PANOPTO_FOLDERS_FR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { FolderTreeErrorCode } from '../folder-tree-error';
import type { PanoptoFoldersTexts } from './folders-texts';

function httpFailure(status: number): string {
  switch (status) {
    case 0:
      return 'Impossible de joindre Panopto. Vérifiez la connexion et réessayez.';
    case 401:
      return "Vous n'êtes pas connecté à Panopto, ou votre session a expiré. Connectez-vous et réessayez.";
    case 403:
      return "Vous n'avez pas le droit de faire cela dans Panopto.";
    case 404:
      return "Ce dossier n'existe plus dans Panopto.";
    case 429:
      return 'Panopto est surchargé (trop de requêtes). Patientez un instant et réessayez.';
    default:
      return status >= 500
        ? `Panopto a rencontré un problème (HTTP ${status}). Réessayez dans un instant.`
        : `Panopto a refusé la requête (HTTP ${status}).`;
  }
}

function treeFailure(code: FolderTreeErrorCode): string {
  switch (code) {
    case 'folder-name-required':
      return 'Donnez un nom au dossier.';
    case 'folder-not-in-tree':
      return "Ce dossier n'est plus dans l'arborescence.";
    case 'folder-move-into-itself':
      return "Un dossier ne peut pas être déplacé dans lui-même ni dans l'un de ses sous-dossiers.";
    case 'folder-outside-root':
      return "Ce dossier n'est pas dans cette arborescence.";
    case 'folder-not-listed':
      return "Panopto n'a pas listé ce dossier là où il devrait être.";
    case 'folder-load-failed':
      return 'Le chargement a échoué.';
    case 'folder-chain-too-deep':
      return "L'emplacement de ce dossier dans Panopto n'a pas pu être déterminé.";
    default:
      return 'Un problème est survenu en communiquant avec Panopto. Réessayez.';
  }
}

/** The folder browser and the session list in French; register with `providePanoptoLanguages(PANOPTO_FOLDERS_FR)`. */
export const PANOPTO_FOLDERS_FR: PanoptoTranslation<PanoptoFoldersTexts> = {
  set: 'panopto-ng/folders',
  language: 'fr',
  texts: {
    treeLabel: 'Dossiers Panopto',
    searchLabel: 'Rechercher des dossiers',
    searching: 'Recherche…',
    searchFailed: (reason) => `La recherche a échoué : ${reason}`,
    noSearchMatch: (query) => `Aucun dossier ne correspond à « ${query} ».`,
    searchResultsLabel: (query) => `Dossiers correspondant à ${query}`,
    resultParent: (parentName) => `dans ${parentName}`,
    actionsLabel: 'Actions sur les dossiers',
    newFolder: 'Nouveau dossier',
    rename: 'Renommer',
    moveTo: 'Déplacer vers…',
    delete: 'Supprimer',
    captions: 'Sous-titres…',
    refresh: 'Actualiser',
    signInMessage: 'Connectez-vous à Panopto pour voir ces dossiers.',
    signInButton: 'Se connecter à Panopto',
    signInFailed: (reason) => `La connexion n'a pas pu démarrer : ${reason}`,
    loadingFolders: 'Chargement des dossiers…',
    noFoldersYet: "Aucun dossier ici pour l'instant.",
    loadingRow: 'Chargement…',
    loadFailed: (reason, subfolders) =>
      `Impossible de charger les ${subfolders ? 'sous-dossiers' : 'dossiers'} : ${reason}`,
    retry: 'Réessayer',
    cancel: 'Annuler',
    newFolderHeading: 'Nouveau dossier',
    renameHeading: 'Renommer le dossier',
    createInside: (parentName) => (parentName === null ? 'Au premier niveau' : `Dans ${parentName}`),
    folderNameLabel: 'Nom du dossier',
    create: 'Créer',
    moveHeading: (name) => (name ? `Déplacer ${name} vers…` : 'Déplacer le dossier vers…'),
    findDestination: 'Trouver une destination',
    destination: 'Destination',
    noMoveTargets: 'Aucun dossier de destination. Tapez pour rechercher dans Panopto.',
    move: 'Déplacer',
    topLevel: 'Premier niveau',
    moveTargetIn: (name, parentName) => `${name} (dans ${parentName})`,
    chooseDestination: 'Choisissez où déplacer le dossier.',
    deleteHeading: 'Supprimer le dossier ?',
    deleteWarning: (name) =>
      `${name} et tout son contenu (sous-dossiers et sessions) seront supprimés dans Panopto, selon la politique de conservation de votre site.`,
    invalidFolderId: (id) => `« ${id} » n'est pas un identifiant de dossier Panopto (un GUID).`,
    invalidRootFolderId: (id) =>
      `rootFolderId « ${id} » n'est pas un identifiant de dossier Panopto (un GUID). Omettez-le pour partir du premier niveau.`,
    openFailed: (reason) => `Impossible d'ouvrir ce dossier : ${reason}`,
    announceSelected: (name) => `${name} sélectionné.`,
    announceCreated: (name) => `Dossier ${name} créé.`,
    announceRenamed: (name) => `Dossier renommé en ${name}.`,
    announceMoved: (name, parentName) =>
      parentName === null
        ? `${name} déplacé au premier niveau.`
        : parentName === undefined
        ? `${name} déplacé dans le dossier.`
        : `${name} déplacé dans ${parentName}.`,
    announceDeleted: (name) => (name ? `Dossier ${name} supprimé.` : 'Dossier supprimé.'),
    announceLoaded: (folderName, count) =>
      count
        ? `${folderName ?? 'Dossiers'} : ${plural('fr', count, {
            one: '# dossier chargé',
            other: '# dossiers chargés',
          })}.`
        : folderName === null
        ? 'Aucun dossier.'
        : `${folderName} n'a aucun sous-dossier.`,
    announceLoadFailed: (folderName, reason) =>
      folderName === null
        ? `Impossible de charger les dossiers : ${reason}`
        : `Impossible de charger les sous-dossiers de ${folderName} : ${reason}`,
    announceSearchDone: (query, count) =>
      count
        ? `${plural('fr', count, { one: '# dossier trouvé', other: '# dossiers trouvés' })} pour ${query}.`
        : `Aucun dossier trouvé pour ${query}.`,
    sessionsHeading: 'Sessions',
    sortLabel: 'Trier les sessions',
    sortByName: 'Nom',
    sortByDate: 'Date',
    sorted: (field, ascending) => `${field} ${ascending ? '↑' : '↓'}`,
    chooseFolder: 'Choisissez un dossier pour voir ses sessions.',
    noSessions: 'Aucune session dans ce dossier.',
    sessionDuration: (duration) => `Durée ${duration}.`,
    loadingSessions: 'Chargement des sessions…',
    sessionsFailed: (reason) => `Impossible de charger les sessions : ${reason}`,
    showMoreSessions: 'Afficher plus de sessions',
    untitledSession: 'Session sans titre',
    announceSessions: (count) =>
      count
        ? `${plural('fr', count, { one: '# session affichée', other: '# sessions affichées' })}.`
        : 'Aucune session dans ce dossier.',
    httpFailure,
    treeFailure,
  },
};
