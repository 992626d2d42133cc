// Arabic texts of the upload component (right to left). Shipped only to apps that import PANOPTO_UPLOAD_AR.
import { PanoptoTranslation, panoptoFormat } from 'panopto-ng/core';
import type { UploadPhase } from '../core/upload-types';
import type { PanoptoUploadTexts, UploadFailureText, UploadFindingText } from './upload-texts';

const PHASES: Record<UploadPhase, string> = {
  queued: 'في الانتظار',
  uploading: 'جارٍ الرفع',
  paused: 'متوقف مؤقتًا',
  finishing: 'جارٍ إنهاء الرفع',
  processing: 'قيد المعالجة في Panopto',
  complete: 'جاهز للتشغيل',
  error: 'فشل',
  cancelled: 'أُلغي',
};

function finding({ reason, fileName, size, limit, type }: UploadFindingText): string {
  switch (reason) {
    case 'empty':
      return `الملف «${fileName}» فارغ (${size}). اختر التسجيل نفسه.`;
    case 'size':
      return `حجم الملف «${fileName}» هو ${size}، وهو أكبر من الحد المسموح (${limit}). قصّره أو اضغطه أولًا.`;
    case 'type':
      return `الملف «${fileName}» (${
        type || 'نوع غير معروف'
      }) ليس ملف فيديو أو صوت يقبله Panopto. اختر تسجيل فيديو أو صوت.`;
    case 'name':
      return `لا يمكن استخدام «${fileName}» اسمًا لملف مرفوع. أعد تسمية الملف أولًا.`;
    case 'title':
      return 'أدخل عنوانًا للجلسة.';
    case 'folder':
      return 'اختر أولًا مجلدًا للرفع إليه.';
  }
}

function failure({ code, status, panoptoMessage }: UploadFailureText): string {
  switch (code) {
    case 'upload-forbidden':
      return 'ليس لديك إذن بالرفع إلى هذا المجلد. اطلب دور المنشئ على المجلد أو اختر مجلدًا آخر.';
    case 'upload-processing':
      return panoptoMessage
        ? `تعذّر على Panopto معالجة الملف المرفوع: ${panoptoMessage}`
        : 'تعذّر على Panopto معالجة الملف المرفوع.';
    case 'upload-http':
      return `ردّ خادم الرفع برمز HTTP ‏${status}.`;
    case 'upload-setup':
      return 'تعذّر إعداد الرفع على هذا الموقع. تواصل مع مسؤول الموقع.';
    default:
      return 'فشل الرفع.';
  }
}

/** The upload component in Arabic; register with `providePanoptoLanguages(PANOPTO_UPLOAD_AR)`. */
export const PANOPTO_UPLOAD_AR: PanoptoTranslation<PanoptoUploadTexts> = {
  set: 'panopto-ng/upload',
  language: 'ar',
  texts: {
    dropHint: 'أفلت ملفات الفيديو أو الصوت هنا',
    chooseFiles: 'اختيار ملفات…',
    pickFolderNote: 'اختر مجلدًا قبل بدء الرفع.',
    pickFolderFirst: 'اختر أولًا مجلدًا للرفع إليه.',
    draftsLabel: 'ملفات جاهزة للرفع',
    titleLabel: 'العنوان',
    descriptionLabel: 'الوصف',
    upload: 'رفع',
    remove: 'إزالة',
    uploadAll: (count) => `رفع الكل (${panoptoFormat('ar').number(count, 0)})`,
    queueLabel: 'عمليات الرفع',
    phase: (phase, offline) => (phase === 'paused' && offline ? 'متوقف مؤقتًا (غير متصل)' : PHASES[phase]),
    progressLabel: (title) => `رفع ${title}`,
    sentOf: (sent, total) => `${sent} من ${total}`,
    speed: (size) => `${size}/ث`,
    timeLeft: (duration) => `يتبقى ${duration}`,
    resumed: 'مُستأنف',
    play: (title) => `تشغيل «${title}»`,
    pause: 'إيقاف مؤقت',
    resume: 'استئناف',
    retry: 'إعادة المحاولة',
    cancel: 'إلغاء',
    dismiss: 'إخفاء',
    finding,
    failure,
    announceUploading: (title) => `جارٍ رفع ${title}.`,
    announceProgress: (title, percent) => `${title}: تم رفع ${percent}.`,
    announceProcessing: (title) => `${title}: اكتمل الرفع، ويعالجه Panopto الآن.`,
    announceReady: (title) => `${title} جاهز للتشغيل.`,
    announceFailed: (title, reason) => `فشل رفع ${title}: ${reason}`,
  },
};
