// Arabic texts of the analytics charts (right to left). Shipped only to apps that import PANOPTO_ANALYTICS_AR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { PanoptoAnalyticsTexts, PanoptoViewerColumn } from './analytics-texts';

const COLUMNS: Record<PanoptoViewerColumn, string> = {
  name: 'المشاهد',
  completion: 'نسبة الإكمال',
  lastViewed: 'آخر مشاهدة',
};
const viewers = (count: number) =>
  plural('ar', count, {
    zero: 'لا مشاهدين',
    one: 'مشاهد واحد',
    two: 'مشاهدان',
    few: '# مشاهدين',
    many: '# مشاهدًا',
    other: '# مشاهد',
  });

/** The analytics charts in Arabic; register with `providePanoptoLanguages(PANOPTO_ANALYTICS_AR)`. */
export const PANOPTO_ANALYTICS_AR: PanoptoTranslation<PanoptoAnalyticsTexts> = {
  set: 'panopto-ng/analytics',
  language: 'ar',
  texts: {
    heatmapLabel: 'خريطة كثافة المشاهدة',
    heatmapEmpty: 'لم يشاهد أحد هذه الجلسة بعد.',
    heatmapLoading: 'جارٍ تحميل بيانات المشاهدة…',
    heatmapTableCaption: (label) => `${label}: المشاهدات حسب أجزاء الجلسة`,
    heatmapPartColumn: 'الجزء',
    heatmapViewsColumn: 'المشاهدات',
    dropOffMarker: (time) => `الانصراف ${time}`,
    mostWatched: (from, to, views, count) =>
      `الجزء الأكثر مشاهدة: ${from}–${to} (${plural('ar', count, {
        zero: `${views} مشاهدة`,
        one: 'مشاهدة واحدة',
        two: 'مشاهدتان',
        few: `${views} مشاهدات`,
        many: `${views} مشاهدةً`,
        other: `${views} مشاهدة`,
      })}).`,
    holdsToEnd: 'تستمر المشاهدة حتى النهاية.',
    dropsOffAt: (at, duration) => `ينصرف المشاهدون عند ${at} من ${duration}.`,

    completionLabel: 'نسبة الإكمال',
    completionEmpty: 'لا توجد بيانات مشاهدة بعد.',
    completionLoading: 'جارٍ تحميل نسب الإكمال…',
    completionTableCaption: (label) => `${label}: المشاهدون حسب نسبة الإكمال`,
    completionColumn: 'نسبة الإكمال',
    completionViewersColumn: 'المشاهدون',
    completionBin: (bin) => (bin.to === Infinity ? 'أكملوا' : `${bin.from}–${bin.to}٪`),
    completionBinCount: (count, bin) =>
      bin.to === Infinity ? `${count} أكملوا المشاهدة` : `${count} عند ${bin.from}–${bin.to}٪`,
    completionDescription: (count, bins, share) => `${viewers(count)}: ${bins.join('، ')}. أكمل ${share} المشاهدة.`,

    viewersCaption: 'المشاهدون',
    viewersEmpty: 'لم يشاهد أحد هذه الجلسة بعد.',
    viewersLoading: 'جارٍ تحميل المشاهدين…',
    column: (column) => COLUMNS[column],
    currentViewer: '(أنت)',
    neverViewed: 'أبدًا',
    pagesLabel: (caption) => `صفحات ${caption}`,
    previousPage: 'السابق',
    nextPage: 'التالي',
    pageStatus: (page, pages, count) => `الصفحة ${page} من ${pages} · ${viewers(count)}`,
    pageAnnouncement: (page, pages) => `الصفحة ${page} من ${pages}.`,
    sortedAnnouncement: (column, direction) =>
      `تم الترتيب حسب ${COLUMNS[column]}، ${direction === 'ascending' ? 'تصاعديًا' : 'تنازليًا'}.`,
  },
};
