// French texts of the caption components. Shipped only to apps that import PANOPTO_CAPTIONS_FR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { CaptionFindingCode } from '../checker/caption-findings';
import type { ExclusionReason } from '../api/caption-models';
import type { PanoptoCaptionsTexts } from './captions-texts';
import { contentLanguageName } from './content-language-tags';

const REASONS: Record<ExclusionReason, string> = {
  None: 'Admissible.',
  NotFound: 'La session est introuvable.',
  InsufficientPermissions: "Vous n'êtes pas autorisé à demander des sous-titres pour cette session.",
  InvalidTranscriptionRequestType: "Ce type de demande n'est pas disponible pour cette session.",
  NoActiveDelivery: "La session est encore en cours d'enregistrement ou de traitement.",
  NoPrimaryStream: "La session n'a pas encore de vidéo.",
  PendingEdits: 'Des modifications de la session sont encore en cours d’application.',
  PendingRequest: 'Une demande est déjà en cours.',
  UnsupportedLanguage: 'Le fournisseur ne prend pas en charge cette langue.',
  AlreadyHasAudioDescription: 'La session a déjà une audiodescription.',
  AlreadyHasCaptions: 'La session a déjà des sous-titres.',
  AlreadyHasAsrCaptions: 'La session a des sous-titres automatiques ; une demande les remplace.',
  NoSourceCaptions: "Il n'y a pas de sous-titres à partir desquels traduire.",
  SchedulingFailed: "Panopto n'a pas pu planifier la demande.",
};

/** What is wrong and how to fix it, per finding of the caption-file checker. */
const FINDINGS: Record<CaptionFindingCode, string> = {
  'empty-file': 'Le fichier ne contient aucun sous-titre. Choisissez le fichier qui contient les sous-titres.',
  'too-large':
    'Le fichier est trop volumineux pour un fichier de sous-titres. Vérifiez qu’il s’agit bien de sous-titres (une vidéo ou un document est bien plus lourd), ou divisez-les.',
  'wrong-encoding':
    'Le fichier n’est pas encodé en UTF-8. Enregistrez-le au format UTF-8 puis choisissez-le de nouveau.',
  'not-a-caption-file':
    'Ce n’est pas un fichier de sous-titres SRT ou WebVTT. Exportez les sous-titres au format SubRip (.srt) ou WebVTT (.vtt) et choisissez ce fichier.',
  'missing-header':
    'Le fichier WebVTT ne commence pas par « WEBVTT ». Mettez « WEBVTT » en première ligne, suivie d’une ligne vide.',
  'bad-cue-number':
    'Numéro de sous-titre attendu. Commencez chaque sous-titre par son numéro sur une ligne à part, puis la ligne de minutage, le texte et une ligne vide.',
  'bad-timestamp':
    'Minutage illisible. Écrivez-le sous la forme heures:minutes:secondes,millisièmes, par exemple 00:00:01,000 --> 00:00:03,500 (un point avant les millisièmes en WebVTT).',
  'end-before-start':
    'Le sous-titre se termine avant de commencer. Mettez une heure de fin postérieure à l’heure de début.',
  'out-of-order': 'Le sous-titre commence avant le précédent. Triez les sous-titres par heure de début.',
  overlap:
    'Le sous-titre commence alors que le précédent est encore affiché. Terminez le précédent plus tôt ou décalez celui-ci.',
  'empty-cue': 'Le sous-titre a un minutage mais pas de texte. Ajoutez les paroles prononcées ou supprimez-le.',
  'line-too-long':
    'La ligne est trop longue pour rester lisible à l’écran. Coupez-la en deux lignes ou divisez le sous-titre.',
};

const requests = (count: number) => plural('fr', count, { one: '# demande', other: '# demandes' });

/** The caption components in French; register with `providePanoptoLanguages(PANOPTO_CAPTIONS_FR)`. */
export const PANOPTO_CAPTIONS_FR: PanoptoTranslation<PanoptoCaptionsTexts> = {
  set: 'panopto-ng/captions',
  language: 'fr',
  texts: {
    heading: 'Sous-titres',
    languagesHeading: 'Langues',
    noCaptions: 'Aucun sous-titre pour le moment. Importez un fichier de sous-titres ou demandez-en ci-dessous.',
    noPlayer: 'Connectez un lecteur pour afficher les langues des sous-titres.',
    hasCaptionsNoPlayer: 'Cette session a des sous-titres.',
    languageName: (language) => contentLanguageName('fr', language),
    deleteLanguage: (label) => `Supprimer les sous-titres (${label})`,
    confirmDelete: (label) => `Supprimer les sous-titres (${label}) ? Cette action est irréversible.`,
    confirm: 'Supprimer',
    cancel: 'Annuler',
    deleted: (label) => `Sous-titres (${label}) supprimés.`,
    uploadHeading: 'Importer un fichier de sous-titres',
    languageLabel: 'Langue',
    dropHint: 'Déposez un fichier SRT ou WebVTT ici, ou',
    chooseFile: 'Choisir un fichier',
    checking: (name) => `Vérification de ${name}…`,
    checkedOk: (name, cues) =>
      `${name} : ${plural('fr', cues, { one: '# sous-titre', other: '# sous-titres' })}, aucun problème détecté.`,
    findingsHeading: (name, count) =>
      `${name} n’a pas été importé : ${plural('fr', count, {
        one: '# problème à corriger',
        other: '# problèmes à corriger',
      })}`,
    finding: (f) => `Ligne ${f.line} : ${FINDINGS[f.code] ?? f.message}`,
    moreFindings: (count) => plural('fr', count, { one: '… et # autre problème', other: '… et # autres problèmes' }),
    upload: 'Importer',
    uploading: (name) => `Importation de ${name}…`,
    uploaded: (label) => `Sous-titres (${label}) importés.`,
    requestHeading: 'Demander des sous-titres à un fournisseur',
    requestIntro: 'Vérifiez quelles sessions peuvent être sous-titrées, choisissez un fournisseur, puis planifiez.',
    preview: 'Vérifier l’admissibilité',
    previewing: 'Vérification de l’admissibilité…',
    providerLabel: 'Fournisseur',
    eligible: 'Admissible',
    conditionallyEligible: 'Admissible (remplace l’existant)',
    excluded: 'Non admissible',
    eligibleSummary: (eligible, total) =>
      plural('fr', eligible, {
        one: `# session admissible sur ${total}`,
        other: `# sessions admissibles sur ${total}`,
      }),
    reason: (r) => REASONS[r] ?? r,
    schedule: (count, language) => `Planifier ${requests(count)} de sous-titres (${language})`,
    scheduled: (count) => plural('fr', count, { one: '# demande planifiée.', other: '# demandes planifiées.' }),
    pending: (count) => `${requests(count)} en cours…`,
    requestDone: 'Les sous-titres demandés sont prêts.',
    forbiddenEdit:
      'Vous ne pouvez pas modifier les sous-titres de cette session. Demandez un accès créateur à un créateur de son dossier (ou à votre administrateur Panopto).',
    forbiddenRequest:
      'Seuls les administrateurs Panopto peuvent demander des sous-titres à un fournisseur. Demandez-le à votre administrateur Panopto.',
    panoptoError: (message) => `Panopto a signalé une erreur : ${message}`,
    captionsOff: 'Désactivés',
    pickerLabel: 'Sous-titres',
    automaticProviderLabel: 'Sous-titres automatiques des nouveaux enregistrements',
    automaticProviderNone: 'Aucun',
    automaticProviderSaved: (name) => `Sous-titres automatiques : ${name}.`,
  },
};
