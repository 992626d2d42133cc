// French texts of the live components. Shipped only to apps that import PANOPTO_LIVE_FR.
import { PanoptoTranslation, RemoteRecorderState, plural } from 'panopto-ng/core';
import type { LivePlayerPhase } from '../live-player/live-player-phase';
import type { BroadcastIssue } from '../schedule/broadcast-validation';
import type { PanoptoLiveTexts } from './live-texts';

const STATES: Record<RemoteRecorderState, string> = {
  Stopped: 'Arrêté',
  Previewing: 'Aperçu en cours',
  Recording: 'Enregistrement en cours',
  Paused: 'En pause',
  Faulted: 'En erreur',
  Disconnected: 'Déconnecté',
  RecorderRunning: 'En marche',
};

const PHASES: Record<LivePlayerPhase, string> = {
  upcoming: "La diffusion n'a pas encore commencé.",
  starting: 'La diffusion va commencer.',
  live: 'La diffusion est en direct.',
  ended: "La diffusion est terminée. L'enregistrement est disponible.",
  'on-demand': '',
};

function issue({ field, rule }: BroadcastIssue): string {
  const start = field === 'StartTime';
  switch (rule) {
    case 'required':
      if (field === 'Name') return 'Donnez un titre à la diffusion.';
      if (field === 'FolderId') return 'Choisissez le dossier où enregistrer la diffusion.';
      return start ? 'Indiquez quand la diffusion commence.' : 'Indiquez quand la diffusion se termine.';
    case 'invalidDate':
      return start ? "L'heure de début n'est pas une date." : "L'heure de fin n'est pas une date.";
    case 'notInFuture':
      return start ? "L'heure de début doit être dans le futur." : "L'heure de fin doit être dans le futur.";
    case 'endNotAfterStart':
      return "L'heure de fin doit être postérieure à l'heure de début.";
    case 'invalidId':
      return field === 'FolderId'
        ? "Ce n'est pas un identifiant de dossier."
        : "Ce n'est pas un identifiant d'enregistreur distant.";
    case 'exactlyOneRecorder':
      return "Choisissez l'enregistreur distant qui capte la diffusion.";
    case 'primarySuppressed':
      return "L'enregistreur doit capter son flux principal.";
  }
}

const seconds = (count: number) => plural('fr', count, { one: '# seconde', other: '# secondes' });

/** The live components in French; register with `providePanoptoLanguages(PANOPTO_LIVE_FR)`. */
export const PANOPTO_LIVE_FR: PanoptoTranslation<PanoptoLiveTexts> = {
  set: 'panopto-ng/live',
  language: 'fr',
  texts: {
    onAirHeading: "À l'antenne",
    watch: 'Regarder',
    checkingOnAir: "Vérification de ce qui est à l'antenne…",
    onAirFailed: (reason) => `Impossible de vérifier ce qui est à l'antenne : ${reason}`,
    retryIn: (count) => `Nouvel essai dans ${seconds(count)}.`,
    mayBeOutOfDate: "La liste ci-dessous n'est peut-être plus à jour.",
    nothingOnAir: "Rien n'est à l'antenne pour le moment.",
    liveBadge: 'En direct',
    liveBefore: 'En direct :',
    untitledWebcast: 'Diffusion sans titre',
    started: 'commencée à',
    onAirFor: "· à l'antenne depuis",
    announceOnAirFailed: (count) =>
      `Impossible de vérifier ce qui est à l'antenne. Nouvel essai dans ${seconds(count)}.`,
    announceOnAirCount: (count) =>
      count === 0
        ? "Rien n'est à l'antenne pour le moment."
        : plural('fr', count, {
            one: "# diffusion à l'antenne en ce moment.",
            other: "# diffusions à l'antenne en ce moment.",
          }),
    announceNowOnAir: (names) => `Maintenant à l'antenne : ${names.join(', ')}.`,
    announceOffAir: (names) => `Fin d'antenne : ${names.join(', ')}.`,

    notASessionId: (id) => `« ${id} » n'est pas un identifiant de session Panopto : il n'y a rien à lire.`,
    startsAt: 'Début le',
    startsIn: 'dans',
    startingNote: "Démarrage… la diffusion apparaîtra ici dès qu'elle sera à l'antenne.",
    liveIndicator: 'En direct',
    livePlayerLabel: 'Diffusion en direct',
    endedNote: "La diffusion est terminée. Voici l'enregistrement.",
    phaseAnnouncement: (phase) => PHASES[phase],

    recorderLabel: 'Enregistreur distant',
    loadingRecorders: 'Chargement des enregistreurs…',
    chooseRecorder: 'Choisissez un enregistreur',
    recorderState: (state) => STATES[state] ?? state,
    recorderOption: (name, state) => `${name} — ${state}`,
    recordersFailed: (reason) => `Impossible de charger les enregistreurs : ${reason}`,
    announceRecordersFailed: (reason) => `Impossible de charger les enregistreurs distants. ${reason}`,
    tryAgain: 'Réessayer',
    noRecorders: "Aucun enregistreur distant n'est à votre disposition.",
    recorderStateLine: (state, unavailable) =>
      unavailable
        ? `État : ${state}. La diffusion ne commencera que si l'enregistreur est de nouveau en ligne d'ici là.`
        : `État : ${state}`,
    folderLabel: 'Dossier',
    recorderDefaultFolder: "(dossier par défaut de l'enregistreur)",
    noFolder: 'Choisissez un enregistreur ou un dossier.',
    chooseAnotherFolder: 'Choisir un autre dossier',
    closeFolderList: 'Fermer la liste des dossiers',
    folderBrowserLabel: 'Dossier de la diffusion',
    defaultFolderName: 'Dossier par défaut',
    titleLabel: 'Titre',
    timeZoneNote: (zone) => `Les heures sont dans votre fuseau horaire, ${zone}, et envoyées à Panopto en UTC.`,
    startsLabel: 'Début',
    endsLabel: 'Fin',
    utcPreview: (dateTime) => `${dateTime} UTC`,
    suppressSecondary: "Ne pas inclure le flux secondaire (capture d'écran)",
    conflictHeading: (listed) =>
      listed
        ? "L'enregistreur est déjà réservé à ce moment-là par :"
        : "L'enregistreur est déjà réservé à ce moment-là",
    conflict: ({ name, sessionId, date, start, end }) => {
      const who = name ? `« ${name} »` : sessionId ? `la session ${sessionId}` : 'une session';
      return start && end ? `${who} (${date}, ${start}–${end} UTC)` : who;
    },
    panoptoSays: (message) => `Réponse de Panopto : ${message}`,
    conflictAdvice:
      'Choisissez une autre heure ou un autre enregistreur, ou planifiez quand même et laissez Panopto résoudre le conflit.',
    announceConflict: (conflicts) =>
      conflicts.length
        ? `L'enregistreur est déjà réservé à ce moment-là par ${conflicts.join(', ')}.`
        : "L'enregistreur est déjà réservé à ce moment-là.",
    scheduleAnyway: 'Planifier quand même',
    changeTime: "Changer l'heure",
    notScheduled: (reason) => `La diffusion n'a pas été planifiée. ${reason}`,
    issue,
    announceIssues: (messages) =>
      `La diffusion n'a pas été planifiée. ${plural('fr', messages.length, {
        one: 'Un champ est à corriger',
        other: '# champs sont à corriger',
      })} : ${messages.join(' ')}`,
    scheduling: 'Planification…',
    schedule: 'Planifier la diffusion',
    scheduled: (name) => `« ${name} » est planifiée.`,
    sessionTerm: 'Session',
    onAirTerm: "À l'antenne",
    recorderTerm: 'Enregistreur',
    scheduleAnother: 'Planifier une autre diffusion',

    httpError: (status) => `Panopto a répondu par une erreur HTTP ${status}.`,
    requestFailed: 'La requête a échoué.',
  },
};
