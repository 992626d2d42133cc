// French texts of the upload component. Shipped only to apps that import PANOPTO_UPLOAD_FR.
import { PanoptoTranslation } from 'panopto-ng/core';
import type { UploadPhase } from '../core/upload-types';
import type { PanoptoUploadTexts, UploadFailureText, UploadFindingText } from './upload-texts';

const PHASES: Record<UploadPhase, string> = {
  queued: 'En attente',
  uploading: 'Envoi en cours',
  paused: 'En pause',
  finishing: "Fin de l'envoi",
  processing: 'Traitement dans Panopto',
  complete: 'Prêt à être lu',
  error: 'Échec',
  cancelled: 'Annulé',
};

function finding({ reason, fileName, size, limit, type }: UploadFindingText): string {
  switch (reason) {
    case 'empty':
      return `« ${fileName} » est vide (${size}). Choisissez l'enregistrement lui-même.`;
    case 'size':
      return `« ${fileName} » pèse ${size}, au-delà de la limite de ${limit}. Raccourcissez-le ou compressez-le d'abord.`;
    case 'type':
      return `« ${fileName} » (${
        type || 'type inconnu'
      }) n'est pas un fichier vidéo ou audio accepté par Panopto. Choisissez un enregistrement vidéo ou audio.`;
    case 'name':
      return `« ${fileName} » ne peut pas servir de nom de fichier pour un envoi. Renommez d'abord le fichier.`;
    case 'title':
      return 'Donnez un titre à la session.';
    case 'folder':
      return "Choisissez d'abord un dossier de destination.";
  }
}

function failure({ code, status, panoptoMessage }: UploadFailureText): string {
  switch (code) {
    case 'upload-forbidden':
      return "Vous n'avez pas le droit d'envoyer des fichiers dans ce dossier. Demandez le rôle Créateur sur le dossier ou choisissez-en un autre.";
    case 'upload-processing':
      return panoptoMessage
        ? `Panopto n'a pas pu traiter l'envoi : ${panoptoMessage}`
        : "Panopto n'a pas pu traiter l'envoi.";
    case 'upload-http':
      return `Le serveur d'envoi a répondu par une erreur HTTP ${status}.`;
    case 'upload-setup':
      return "L'envoi n'a pas pu être préparé sur ce site. Adressez-vous à l'administrateur du site.";
    default:
      return "L'envoi a échoué.";
  }
}

/** The upload component in French; register with `providePanoptoLanguages(PANOPTO_UPLOAD_FR)`. */
export const PANOPTO_UPLOAD_FR: PanoptoTranslation<PanoptoUploadTexts> = {
  set: 'panopto-ng/upload',
  language: 'fr',
  texts: {
    dropHint: 'Déposez ici des fichiers vidéo ou audio',
    chooseFiles: 'Choisir des fichiers…',
    pickFolderNote: 'Choisissez un dossier avant de lancer un envoi.',
    pickFolderFirst: "Choisissez d'abord un dossier de destination.",
    draftsLabel: 'Fichiers prêts à être envoyés',
    titleLabel: 'Titre',
    descriptionLabel: 'Description',
    upload: 'Envoyer',
    remove: 'Retirer',
    uploadAll: (count) => `Tout envoyer (${count})`,
    queueLabel: 'Envois',
    phase: (phase, offline) => (phase === 'paused' && offline ? 'En pause (hors ligne)' : PHASES[phase]),
    progressLabel: (title) => `Envoi de ${title}`,
    sentOf: (sent, total) => `${sent} sur ${total}`,
    speed: (size) => `${size}/s`,
    timeLeft: (duration) => `encore ${duration}`,
    resumed: 'repris',
    play: (title) => `Lire « ${title} »`,
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    retry: 'Réessayer',
    cancel: 'Annuler',
    dismiss: 'Masquer',
    finding,
    failure,
    announceUploading: (title) => `Envoi de ${title}.`,
    announceProgress: (title, percent) => `${title} : ${percent} envoyés.`,
    announceProcessing: (title) => `${title} : envoyé, Panopto le traite.`,
    announceReady: (title) => `${title} est prêt à être lu.`,
    announceFailed: (title, reason) => `Échec de l'envoi de ${title} : ${reason}`,
  },
};
