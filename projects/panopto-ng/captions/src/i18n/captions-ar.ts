// Arabic texts of the caption components (right to left). Shipped only to apps that import PANOPTO_CAPTIONS_AR.
import { PanoptoTranslation, plural } from 'panopto-ng/core';
import type { CaptionFindingCode } from '../checker/caption-findings';
import type { ExclusionReason } from '../api/caption-models';
import type { PanoptoCaptionsTexts } from './captions-texts';
import { contentLanguageName } from './content-language-tags';

const REASONS: Record<ExclusionReason, string> = {
  None: 'مؤهلة.',
  NotFound: 'لم يُعثر على الجلسة.',
  InsufficientPermissions: 'لا يحق لك طلب ترجمة نصية لهذه الجلسة.',
  InvalidTranscriptionRequestType: 'هذا النوع من الطلبات غير متاح لهذه الجلسة.',
  NoActiveDelivery: 'ما زالت الجلسة قيد التسجيل أو المعالجة.',
  NoPrimaryStream: 'لا يوجد فيديو للجلسة بعد.',
  PendingEdits: 'ما زالت تعديلات الجلسة قيد التطبيق.',
  PendingRequest: 'يوجد طلب قيد التنفيذ بالفعل.',
  UnsupportedLanguage: 'لا يدعم المزوّد هذه اللغة.',
  AlreadyHasAudioDescription: 'للجلسة وصف صوتي بالفعل.',
  AlreadyHasCaptions: 'للجلسة ترجمة نصية بالفعل.',
  AlreadyHasAsrCaptions: 'للجلسة ترجمة نصية آلية؛ والطلب يستبدلها.',
  NoSourceCaptions: 'لا توجد ترجمة نصية يمكن الترجمة منها.',
  SchedulingFailed: 'تعذّر على Panopto جدولة الطلب.',
};

/** What is wrong and how to fix it, per finding of the caption-file checker. */
const FINDINGS: Record<CaptionFindingCode, string> = {
  'empty-file': 'لا يحتوي الملف على أي مقطع ترجمة. اختر الملف الذي يحتوي على مقاطع الترجمة.',
  'too-large':
    'الملف أكبر من أن يكون ملف ترجمة نصية. تحقّق من أنه ملف ترجمة (الفيديو أو المستند أكبر بكثير)، أو قسّم الترجمة إلى عدة ملفات.',
  'wrong-encoding': 'ترميز الملف ليس UTF-8. احفظه بترميز UTF-8 ثم اختره مجددًا.',
  'not-a-caption-file':
    'هذا ليس ملف ترجمة بصيغة SRT أو WebVTT. صدّر الترجمة بصيغة SubRip (.srt) أو WebVTT (.vtt) واختر ذلك الملف.',
  'missing-header': 'لا يبدأ ملف WebVTT بالكلمة «WEBVTT». اجعل «WEBVTT» السطر الأول من الملف يليه سطر فارغ.',
  'bad-cue-number': 'كان متوقعًا رقم المقطع. ابدأ كل مقطع برقمه في سطر مستقل، ثم سطر التوقيت، ثم النص، ثم سطر فارغ.',
  'bad-timestamp':
    'تعذّرت قراءة التوقيت. اكتبه بالشكل ساعات:دقائق:ثوانٍ,أجزاء الألف، مثل 00:00:01,000 --> 00:00:03,500 (وبنقطة قبل أجزاء الألف في WebVTT).',
  'end-before-start': 'ينتهي المقطع قبل أن يبدأ. اجعل وقت النهاية بعد وقت البداية.',
  'out-of-order': 'يبدأ المقطع قبل المقطع الذي يسبقه. رتّب المقاطع حسب وقت البداية.',
  overlap: 'يبدأ المقطع بينما المقطع السابق ما زال معروضًا. أنهِ المقطع السابق أبكر أو أخّر بداية هذا المقطع.',
  'empty-cue': 'للمقطع سطر توقيت بلا نص. أضف الكلام المنطوق أو احذف المقطع.',
  'line-too-long': 'السطر أطول من أن يبقى مقروءًا على الشاشة. قسّمه إلى سطرين أو قسّم المقطع إلى مقطعين.',
};

const requests = (count: number) =>
  plural('ar', count, {
    zero: '# طلب',
    one: 'طلب واحد',
    two: 'طلبان',
    few: '# طلبات',
    many: '# طلبًا',
    other: '# طلب',
  });
const problems = (count: number) =>
  plural('ar', count, {
    zero: 'لا مشكلات',
    one: 'مشكلة واحدة',
    two: 'مشكلتان',
    few: '# مشكلات',
    many: '# مشكلةً',
    other: '# مشكلة',
  });

/** The caption components in Arabic; register with `providePanoptoLanguages(PANOPTO_CAPTIONS_AR)`. */
export const PANOPTO_CAPTIONS_AR: PanoptoTranslation<PanoptoCaptionsTexts> = {
  set: 'panopto-ng/captions',
  language: 'ar',
  texts: {
    heading: 'الترجمة النصية',
    languagesHeading: 'اللغات',
    noCaptions: 'لا توجد ترجمة نصية بعد. ارفع ملف ترجمة أو اطلب ترجمة أدناه.',
    noPlayer: 'صِل مشغّلًا لعرض لغات الترجمة النصية.',
    hasCaptionsNoPlayer: 'لهذه الجلسة ترجمة نصية.',
    languageName: (language) => contentLanguageName('ar', language),
    deleteLanguage: (label) => `حذف الترجمة النصية (${label})`,
    confirmDelete: (label) => `هل تريد حذف الترجمة النصية (${label})؟ لا يمكن التراجع عن ذلك.`,
    confirm: 'حذف',
    cancel: 'إلغاء',
    deleted: (label) => `حُذفت الترجمة النصية (${label}).`,
    uploadHeading: 'رفع ملف ترجمة نصية',
    languageLabel: 'اللغة',
    dropHint: 'أفلت ملف SRT أو WebVTT هنا، أو',
    chooseFile: 'اختيار ملف',
    checking: (name) => `جارٍ فحص ${name}…`,
    checkedOk: (name, cues) =>
      `${name}: ${plural('ar', cues, {
        zero: 'لا مقاطع',
        one: 'مقطع واحد',
        two: 'مقطعان',
        few: '# مقاطع',
        many: '# مقطعًا',
        other: '# مقطع',
      })}، ولم يُعثر على أي مشكلة.`,
    findingsHeading: (name, count) => `لم يُرفع ${name}: ${problems(count)} يجب إصلاحها`,
    finding: (f) => `السطر ${f.line}: ${FINDINGS[f.code] ?? f.message}`,
    moreFindings: (count) => `… و${problems(count)} أخرى`,
    upload: 'رفع',
    uploading: (name) => `جارٍ رفع ${name}…`,
    uploaded: (label) => `رُفعت الترجمة النصية (${label}).`,
    requestHeading: 'طلب ترجمة نصية من مزوّد',
    requestIntro: 'تحقّق من الجلسات التي يمكن ترجمتها، واختر مزوّدًا، ثم جدول الطلب.',
    preview: 'التحقق من الأهلية',
    previewing: 'جارٍ التحقق من الأهلية…',
    providerLabel: 'المزوّد',
    eligible: 'مؤهلة',
    conditionallyEligible: 'مؤهلة (تستبدل الموجودة)',
    excluded: 'غير مؤهلة',
    eligibleSummary: (eligible, total) => `${eligible} من ${total} مؤهلة`,
    reason: (r) => REASONS[r] ?? r,
    schedule: (count, language) => `جدولة ${requests(count)} للترجمة النصية (${language})`,
    scheduled: (count) => `تمت جدولة ${requests(count)}.`,
    pending: (count) => `${requests(count)} قيد التنفيذ…`,
    requestDone: 'الترجمة النصية المطلوبة جاهزة.',
    forbiddenEdit:
      'لا يمكنك تغيير الترجمة النصية لهذه الجلسة. اطلب صلاحية المنشئ من أحد منشئي مجلدها (أو من مسؤول Panopto لديك).',
    forbiddenRequest: 'طلب الترجمة النصية من مزوّد متاح لمسؤولي Panopto فقط. اطلب ذلك من مسؤول Panopto لديك.',
    panoptoError: (message) => `أبلغ Panopto عن خطأ: ${message}`,
    captionsOff: 'إيقاف',
    pickerLabel: 'الترجمة النصية',
    automaticProviderLabel: 'الترجمة النصية التلقائية للتسجيلات الجديدة',
    automaticProviderNone: 'بلا',
    automaticProviderSaved: (name) => `الترجمة النصية التلقائية: ${name}.`,
  },
};
