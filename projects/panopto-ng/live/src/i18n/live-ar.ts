// Arabic texts of the live components (right to left). Shipped only to apps that import PANOPTO_LIVE_AR.
import { PanoptoTranslation, RemoteRecorderState, plural } from 'panopto-ng/core';
import type { LivePlayerPhase } from '../live-player/live-player-phase';
import type { BroadcastIssue } from '../schedule/broadcast-validation';
import type { PanoptoLiveTexts } from './live-texts';

const STATES: Record<RemoteRecorderState, string> = {
  Stopped: 'متوقف',
  Previewing: 'في وضع المعاينة',
  Recording: 'يسجّل',
  Paused: 'متوقف مؤقتًا',
  Faulted: 'معطّل',
  Disconnected: 'غير متصل',
  RecorderRunning: 'قيد التشغيل',
};

const PHASES: Record<LivePlayerPhase, string> = {
  upcoming: 'لم يبدأ البث بعد.',
  starting: 'البث على وشك البدء.',
  live: 'البث مباشر الآن.',
  ended: 'انتهى البث. التسجيل متاح.',
  'on-demand': '',
};

function issue({ field, rule }: BroadcastIssue): string {
  const start = field === 'StartTime';
  switch (rule) {
    case 'required':
      if (field === 'Name') return 'أدخل عنوانًا للبث.';
      if (field === 'FolderId') return 'اختر المجلد الذي يُحفظ فيه البث.';
      return start ? 'حدّد وقت بدء البث.' : 'حدّد وقت انتهاء البث.';
    case 'invalidDate':
      return start ? 'وقت البدء ليس تاريخًا صالحًا.' : 'وقت الانتهاء ليس تاريخًا صالحًا.';
    case 'notInFuture':
      return start ? 'يجب أن يكون وقت البدء في المستقبل.' : 'يجب أن يكون وقت الانتهاء في المستقبل.';
    case 'endNotAfterStart':
      return 'يجب أن يكون وقت الانتهاء بعد وقت البدء.';
    case 'invalidId':
      return field === 'FolderId' ? 'هذا ليس معرّف مجلد.' : 'هذا ليس معرّف مسجّل عن بُعد.';
    case 'exactlyOneRecorder':
      return 'اختر المسجّل عن بُعد الذي يلتقط البث.';
    case 'primarySuppressed':
      return 'يجب أن يلتقط المسجّل بثه الرئيسي.';
  }
}

const seconds = (count: number) =>
  plural('ar', count, {
    zero: '# ثانية',
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: '# ثوانٍ',
    many: '# ثانية',
    other: '# ثانية',
  });
const webcasts = (count: number) =>
  plural('ar', count, {
    zero: 'لا بث',
    one: 'بث واحد',
    two: 'بثّان',
    few: '# بثوث',
    many: '# بثًا',
    other: '# بث',
  });
const list = (names: readonly string[]) => names.join('، ');

/** The live components in Arabic; register with `providePanoptoLanguages(PANOPTO_LIVE_AR)`. */
export const PANOPTO_LIVE_AR: PanoptoTranslation<PanoptoLiveTexts> = {
  set: 'panopto-ng/live',
  language: 'ar',
  texts: {
    onAirHeading: 'على الهواء الآن',
    watch: 'مشاهدة',
    checkingOnAir: 'جارٍ التحقق مما يُبث الآن…',
    onAirFailed: (reason) => `تعذّر التحقق مما يُبث الآن: ${reason}`,
    retryIn: (count) => `ستُعاد المحاولة بعد ${seconds(count)}.`,
    mayBeOutOfDate: 'قد تكون القائمة أدناه غير محدّثة.',
    nothingOnAir: 'لا شيء على الهواء الآن.',
    liveBadge: 'مباشر',
    liveBefore: 'مباشر:',
    untitledWebcast: 'بث بلا عنوان',
    started: 'بدأ في',
    onAirFor: '· على الهواء منذ',
    announceOnAirFailed: (count) => `تعذّر التحقق مما يُبث الآن. ستُعاد المحاولة بعد ${seconds(count)}.`,
    announceOnAirCount: (count) => (count === 0 ? 'لا شيء على الهواء الآن.' : `${webcasts(count)} على الهواء الآن.`),
    announceNowOnAir: (names) => `على الهواء الآن: ${list(names)}.`,
    announceOffAir: (names) => `انتهى بثّ: ${list(names)}.`,

    notASessionId: (id) => `«${id}» ليس معرّف جلسة في Panopto، فلا يوجد ما يمكن تشغيله.`,
    startsAt: 'يبدأ في',
    startsIn: 'بعد',
    startingNote: 'جارٍ البدء… سيظهر البث هنا فور بدئه على الهواء.',
    liveIndicator: 'مباشر',
    livePlayerLabel: 'بث مباشر',
    endedNote: 'انتهى البث. هذا هو التسجيل.',
    phaseAnnouncement: (phase) => PHASES[phase],

    recorderLabel: 'المسجّل عن بُعد',
    loadingRecorders: 'جارٍ تحميل المسجّلات…',
    chooseRecorder: 'اختر مسجّلًا',
    recorderState: (state) => STATES[state] ?? state,
    recorderOption: (name, state) => `${name} — ${state}`,
    recordersFailed: (reason) => `تعذّر تحميل المسجّلات: ${reason}`,
    announceRecordersFailed: (reason) => `تعذّر تحميل المسجّلات عن بُعد. ${reason}`,
    tryAgain: 'إعادة المحاولة',
    noRecorders: 'لا تتوفر لك أي مسجّلات عن بُعد.',
    recorderStateLine: (state, unavailable) =>
      unavailable ? `الحالة: ${state}. لن يبدأ البث إلا إذا عاد المسجّل متصلًا قبل موعده.` : `الحالة: ${state}`,
    folderLabel: 'المجلد',
    recorderDefaultFolder: '(المجلد الافتراضي للمسجّل)',
    noFolder: 'اختر مسجّلًا أو مجلدًا.',
    chooseAnotherFolder: 'اختيار مجلد آخر',
    closeFolderList: 'إغلاق قائمة المجلدات',
    folderBrowserLabel: 'مجلد البث',
    defaultFolderName: 'المجلد الافتراضي',
    titleLabel: 'العنوان',
    timeZoneNote: (zone) => `الأوقات بمنطقتك الزمنية، ${zone}، وتُرسل إلى Panopto بالتوقيت العالمي المنسّق (UTC).`,
    startsLabel: 'البدء',
    endsLabel: 'الانتهاء',
    utcPreview: (dateTime) => `${dateTime} UTC`,
    suppressSecondary: 'استبعاد البث الثانوي (التقاط الشاشة)',
    conflictHeading: (listed) => (listed ? 'المسجّل محجوز في هذا الوقت من قِبل:' : 'المسجّل محجوز في هذا الوقت'),
    conflict: ({ name, sessionId, date, start, end }) => {
      const who = name ? `«${name}»` : sessionId ? `الجلسة ${sessionId}` : 'جلسة';
      return start && end ? `${who} (${date}، ${start}–${end} UTC)` : who;
    },
    panoptoSays: (message) => `ردّ Panopto: ${message}`,
    conflictAdvice: 'اختر وقتًا آخر أو مسجّلًا آخر، أو جدوِل البث على أي حال ودع Panopto يحل التعارض.',
    announceConflict: (conflicts) =>
      conflicts.length ? `المسجّل محجوز في هذا الوقت من قِبل ${list(conflicts)}.` : 'المسجّل محجوز في هذا الوقت.',
    scheduleAnyway: 'الجدولة على أي حال',
    changeTime: 'تغيير الوقت',
    notScheduled: (reason) => `لم تتم جدولة البث. ${reason}`,
    issue,
    announceIssues: (messages) =>
      `لم تتم جدولة البث. ${plural('ar', messages.length, {
        one: 'حقل واحد يحتاج',
        two: 'حقلان يحتاجان',
        few: '# حقول تحتاج',
        many: '# حقلًا تحتاج',
        other: '# حقل تحتاج',
      })} إلى تصحيح: ${messages.join(' ')}`,
    scheduling: 'جارٍ الجدولة…',
    schedule: 'جدولة البث',
    scheduled: (name) => `تمت جدولة «${name}».`,
    sessionTerm: 'الجلسة',
    onAirTerm: 'على الهواء',
    recorderTerm: 'المسجّل',
    scheduleAnother: 'جدولة بث آخر',

    httpError: (status) => `ردّ Panopto برمز HTTP ‏${status}.`,
    requestFailed: 'فشل الطلب.',
  },
};
