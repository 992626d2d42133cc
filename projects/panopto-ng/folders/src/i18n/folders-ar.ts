// Arabic texts of the folder browser and the session list (right to left). Shipped only to apps that import
// PANOPTO_FOLDERS_AR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { FolderTreeErrorCode } from '../folder-tree-error';
import type { PanoptoFoldersTexts } from './folders-texts';

// Arabic has all six plural categories; the noun changes with each (مجلد، مجلدان، مجلدات، مجلدًا).
const folders = (count: number) =>
  plural('ar', count, {
    zero: 'لا مجلدات',
    one: 'مجلد واحد',
    two: 'مجلدان',
    few: '# مجلدات',
    many: '# مجلدًا',
    other: '# مجلد',
  });

const sessions = (count: number) =>
  plural('ar', count, {
    zero: 'لا جلسات',
    one: 'جلسة واحدة',
    two: 'جلستان',
    few: '# جلسات',
    many: '# جلسةً',
    other: '# جلسة',
  });

function httpFailure(status: number): string {
  switch (status) {
    case 0:
      return 'تعذّر الوصول إلى Panopto. تحقّق من الاتصال وأعد المحاولة.';
    case 401:
      return 'لم تسجّل الدخول إلى Panopto، أو انتهت جلستك. سجّل الدخول وأعد المحاولة.';
    case 403:
      return 'ليس لديك إذن بالقيام بذلك في Panopto.';
    case 404:
      return 'لم يعد هذا المجلد موجودًا في Panopto.';
    case 429:
      return 'Panopto مشغول (طلبات كثيرة جدًا). انتظر قليلًا وأعد المحاولة.';
    default:
      return status >= 500
        ? `واجه Panopto مشكلة (HTTP ‏${status}). أعد المحاولة بعد قليل.`
        : `رفض Panopto الطلب (HTTP ‏${status}).`;
  }
}

function treeFailure(code: FolderTreeErrorCode): string {
  switch (code) {
    case 'folder-name-required':
      return 'أدخل اسمًا للمجلد.';
    case 'folder-not-in-tree':
      return 'لم يعد هذا المجلد ضمن الشجرة.';
    case 'folder-move-into-itself':
      return 'لا يمكن نقل مجلد إلى نفسه أو إلى أحد مجلداته الفرعية.';
    case 'folder-outside-root':
      return 'هذا المجلد ليس ضمن هذه الشجرة.';
    case 'folder-not-listed':
      return 'لم يُدرج Panopto هذا المجلد في مكانه المتوقع.';
    case 'folder-load-failed':
      return 'فشل التحميل.';
    case 'folder-chain-too-deep':
      return 'تعذّر تحديد موقع هذا المجلد في Panopto.';
    default:
      return 'حدث خطأ أثناء الاتصال بـ Panopto. أعد المحاولة.';
  }
}

/** The folder browser and the session list in Arabic; register with `providePanoptoLanguages(PANOPTO_FOLDERS_AR)`. */
export const PANOPTO_FOLDERS_AR: PanoptoTranslation<PanoptoFoldersTexts> = {
  set: 'panopto-ng/folders',
  language: 'ar',
  texts: {
    treeLabel: 'مجلدات Panopto',
    searchLabel: 'البحث في المجلدات',
    searching: 'جارٍ البحث…',
    searchFailed: (reason) => `فشل البحث: ${reason}`,
    noSearchMatch: (query) => `لا توجد مجلدات تطابق «${query}».`,
    searchResultsLabel: (query) => `المجلدات المطابقة لـ ${query}`,
    resultParent: (parentName) => `في ${parentName}`,
    actionsLabel: 'إجراءات المجلد',
    newFolder: 'مجلد جديد',
    rename: 'إعادة التسمية',
    moveTo: 'نقل إلى…',
    delete: 'حذف',
    captions: 'الترجمة المصاحبة…',
    refresh: 'تحديث',
    signInMessage: 'سجّل الدخول إلى Panopto لرؤية هذه المجلدات.',
    signInButton: 'تسجيل الدخول إلى Panopto',
    signInFailed: (reason) => `تعذّر بدء تسجيل الدخول: ${reason}`,
    loadingFolders: 'جارٍ تحميل المجلدات…',
    noFoldersYet: 'لا توجد مجلدات هنا بعد.',
    loadingRow: 'جارٍ التحميل…',
    loadFailed: (reason, subfolders) => `تعذّر تحميل ${subfolders ? 'المجلدات الفرعية' : 'المجلدات'}: ${reason}`,
    retry: 'إعادة المحاولة',
    cancel: 'إلغاء',
    newFolderHeading: 'مجلد جديد',
    renameHeading: 'إعادة تسمية المجلد',
    createInside: (parentName) => (parentName === null ? 'في المستوى الأعلى' : `داخل ${parentName}`),
    folderNameLabel: 'اسم المجلد',
    create: 'إنشاء',
    moveHeading: (name) => (name ? `نقل ${name} إلى…` : 'نقل المجلد إلى…'),
    findDestination: 'البحث عن وجهة',
    destination: 'الوجهة',
    noMoveTargets: 'لا توجد مجلدات للنقل إليها. اكتب للبحث في Panopto.',
    move: 'نقل',
    topLevel: 'المستوى الأعلى',
    moveTargetIn: (name, parentName) => `${name} (في ${parentName})`,
    chooseDestination: 'اختر المكان الذي تنقل إليه المجلد.',
    deleteHeading: 'حذف المجلد؟',
    deleteWarning: (name) =>
      `سيُحذف ${name} وكل ما فيه (المجلدات الفرعية والجلسات) في Panopto، وفق سياسة الاحتفاظ في موقعك.`,
    invalidFolderId: (id) => `«${id}» ليس معرّف مجلد في Panopto (GUID).`,
    invalidRootFolderId: (id) =>
      `rootFolderId «${id}» ليس معرّف مجلد في Panopto (GUID). احذفه للبدء من المستوى الأعلى.`,
    openFailed: (reason) => `تعذّر فتح هذا المجلد: ${reason}`,
    announceSelected: (name) => `تم تحديد ${name}.`,
    announceCreated: (name) => `تم إنشاء المجلد ${name}.`,
    announceRenamed: (name) => `تمت إعادة تسمية المجلد إلى ${name}.`,
    announceMoved: (name, parentName) =>
      parentName === null
        ? `تم نقل ${name} إلى المستوى الأعلى.`
        : parentName === undefined
        ? `تم نقل ${name} إلى المجلد.`
        : `تم نقل ${name} إلى ${parentName}.`,
    announceDeleted: (name) => (name ? `تم حذف المجلد ${name}.` : 'تم حذف المجلد.'),
    announceLoaded: (folderName, count) =>
      count
        ? `${folderName ?? 'المجلدات'}: تم تحميل ${folders(count)}.`
        : folderName === null
        ? 'لا توجد مجلدات.'
        : `لا توجد مجلدات فرعية في ${folderName}.`,
    announceLoadFailed: (folderName, reason) =>
      folderName === null
        ? `تعذّر تحميل المجلدات: ${reason}`
        : `تعذّر تحميل المجلدات الفرعية في ${folderName}: ${reason}`,
    announceSearchDone: (query, count) =>
      count ? `تم العثور على ${folders(count)} لـ ${query}.` : `لم يُعثر على مجلدات لـ ${query}.`,
    sessionsHeading: 'الجلسات',
    sortLabel: 'ترتيب الجلسات',
    sortByName: 'الاسم',
    sortByDate: 'التاريخ',
    sorted: (field, ascending) => `${field} ${ascending ? '↑' : '↓'}`,
    chooseFolder: 'اختر مجلدًا لرؤية جلساته.',
    noSessions: 'لا توجد جلسات في هذا المجلد.',
    sessionDuration: (duration) => `المدة ${duration}.`,
    loadingSessions: 'جارٍ تحميل الجلسات…',
    sessionsFailed: (reason) => `تعذّر تحميل الجلسات: ${reason}`,
    showMoreSessions: 'عرض مزيد من الجلسات',
    untitledSession: 'جلسة بلا عنوان',
    announceSessions: (count) => (count ? `يتم عرض ${sessions(count)}.` : 'لا توجد جلسات في هذا المجلد.'),
    httpFailure,
    treeFailure,
  },
};
