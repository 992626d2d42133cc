// French texts of the analytics charts. Shipped only to apps that import PANOPTO_ANALYTICS_FR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { PanoptoAnalyticsTexts, PanoptoViewerColumn } from './analytics-texts';

const COLUMNS: Record<PanoptoViewerColumn, string> = {
  name: 'Spectateur',
  completion: 'Progression',
  lastViewed: 'Dernier visionnage',
};
const viewers = (count: number) => plural('fr', count, { one: '# spectateur', other: '# spectateurs' });

/** The analytics charts in French; register with `providePanoptoLanguages(PANOPTO_ANALYTICS_FR)`. */
export const PANOPTO_ANALYTICS_FR: PanoptoTranslation<PanoptoAnalyticsTexts> = {
  set: 'panopto-ng/analytics',
  language: 'fr',
  texts: {
    heatmapLabel: 'Carte de chaleur des visionnages',
    heatmapEmpty: 'Personne n’a encore regardé cette session.',
    heatmapLoading: 'Chargement des données de visionnage…',
    heatmapTableCaption: (label) => `${label}\u00a0: visionnages par partie de la session`,
    heatmapPartColumn: 'Partie',
    heatmapViewsColumn: 'Visionnages',
    dropOffMarker: (time) => `décrochage ${time}`,
    mostWatched: (from, to, views, count) =>
      `Partie la plus regardée\u00a0: ${from}–${to} (${plural('fr', count, {
        one: `${views}\u00a0visionnage`,
        other: `${views}\u00a0visionnages`,
      })}).`,
    holdsToEnd: 'L’audience se maintient jusqu’à la fin.',
    dropsOffAt: (at, duration) => `L’audience décroche à ${at} sur ${duration}.`,

    completionLabel: 'Progression',
    completionEmpty: 'Aucune donnée de visionnage pour le moment.',
    completionLoading: 'Chargement de la progression…',
    completionTableCaption: (label) => `${label}\u00a0: spectateurs par progression`,
    completionColumn: 'Progression',
    completionViewersColumn: 'Spectateurs',
    completionBin: (bin) => (bin.to === Infinity ? 'Terminé' : `${bin.from}–${bin.to}\u00a0%`),
    completionBinCount: (count, bin) =>
      bin.to === Infinity
        ? plural('fr', count, { one: '# a terminé', other: '# ont terminé' })
        : `${count} entre ${bin.from} et ${bin.to}\u00a0%`,
    completionDescription: (count, bins, share) => `${viewers(count)}\u00a0: ${bins.join(', ')}. ${share} ont terminé.`,

    viewersCaption: 'Spectateurs',
    viewersEmpty: 'Personne n’a encore visionné cette session.',
    viewersLoading: 'Chargement des spectateurs…',
    column: (column) => COLUMNS[column],
    currentViewer: '(vous)',
    neverViewed: 'Jamais',
    pagesLabel: (caption) => `Pages de ${caption.toLowerCase()}`,
    previousPage: 'Précédente',
    nextPage: 'Suivante',
    pageStatus: (page, pages, count) => `Page ${page} sur ${pages} · ${viewers(count)}`,
    pageAnnouncement: (page, pages) => `Page ${page} sur ${pages}.`,
    sortedAnnouncement: (column, direction) =>
      `Trié par ${COLUMNS[column].toLowerCase()}, ordre ${direction === 'ascending' ? 'croissant' : 'décroissant'}.`,
  },
};
