// Arabic texts of the sync report (right to left). Shipped only to apps that import PANOPTO_PROVISIONING_AR.
import { PanoptoTranslation, panoptoFormat, plural } from 'panopto-ng/core';
import type { SyncAccessLevel, SyncOp, SyncOpKind } from '../sync-model';
import type { SyncRowStatus } from '../sync-report/sync-report.component';
import type { PanoptoProvisioningTexts } from './provisioning-texts';

const KINDS: Record<SyncOpKind, string> = {
  'create-folder': 'إنشاء مجلد',
  rename: 'إعادة تسمية',
  move: 'نقل',
  grant: 'منح',
  revoke: 'سحب',
  'set-access': 'ضبط الوصول',
  'copy-session': 'نسخ جلسة',
};

const STATUSES: Record<SyncRowStatus, string> = {
  planned: 'مخطط',
  pending: 'قيد الانتظار',
  done: 'تم',
  'dry-run': 'تجريبي',
  skipped: 'متخطى',
  failed: 'فشل',
};

const ACCESS: Record<SyncAccessLevel, string> = {
  Restricted: 'مقيّد',
  OrganizationUnlisted: 'المؤسسة (غير مدرج)',
  Organization: 'المؤسسة',
  PublicUnlisted: 'عام (غير مدرج)',
  Public: 'عام',
};

/** A count in Arabic digits. */
const n = (value: number) => panoptoFormat('ar').number(value, 0);
const operations = (count: number) =>
  plural('ar', count, {
    zero: 'لا عمليات',
    one: 'عملية واحدة',
    two: 'عمليتين',
    few: '# عمليات',
    many: '# عملية',
    other: '# عملية',
  });

function target(op: SyncOp): string {
  const folder = op.externalId ?? 'المجلد';
  switch (op.kind) {
    case 'create-folder':
      return op.path;
    case 'rename':
      return `${op.from} ← ${op.to}`;
    case 'move':
      return `${op.fromPath} ← ${op.toPath}`;
    case 'grant':
    case 'revoke':
      return `${op.principal.label}: ${op.role} على ${folder}`;
    case 'set-access':
      return `${folder}: ${ACCESS[op.level] ?? op.level}`;
    case 'copy-session':
      return `${op.name} ← ${folder} (نسخة مرجعية)`;
  }
}

function reason(op: SyncOp): string {
  const course = op.externalId ?? '';
  switch (op.kind) {
    case 'create-folder':
      return op.id.startsWith('create-course:')
        ? `ليس للمقرر ${course} مجلد تحت الجذر المُدار بعد.`
        : `مستوى المجلد «${op.path}» غير موجود بعد (يحتاجه المقرر ${course}).`;
    case 'rename':
      return `اسم مجلد المقرر ${course} هو «${op.from}»؛ والقالب يعطي «${op.to}».`;
    case 'move':
      return `مجلد المقرر ${course} موجود في «${op.fromPath}»؛ والقالب يضعه في «${op.toPath}».`;
    case 'grant':
      return `${op.principal.label} مسجّل في ${course} بدور ${op.role} لكن ليس له هذا الدور على مجلده.`;
    case 'revoke':
      return `لدى ${op.principal.label} دور ${op.role} على مجلد ${course} لكنه لم يعد مسجّلًا بهذا الدور.`;
    case 'set-access':
      return `يفتح القالب مجلدات المقررات الجديدة لمستوى «${ACCESS[op.level] ?? op.level}».`;
    case 'copy-session':
      return `يعيد المقرر ${course} استخدام «${op.name}» من «${op.fromPath}» كنسخة مرجعية.`;
  }
}

/** The sync report in Arabic; register with `providePanoptoLanguages(PANOPTO_PROVISIONING_AR)`. */
export const PANOPTO_PROVISIONING_AR: PanoptoTranslation<PanoptoProvisioningTexts> = {
  set: 'panopto-ng/provisioning',
  language: 'ar',
  texts: {
    caption: 'خطة المزامنة',
    emptyText: 'لا شيء للتغيير: Panopto يطابق الكتالوج بالفعل.',
    filtersLabel: 'تصفية العمليات',
    operationLabel: 'العملية',
    statusLabel: 'الحالة',
    option: (label, count) => `${label} (${n(count)})`,
    all: 'الكل',
    kind: (kind) => KINDS[kind],
    status: (status) => STATUSES[status],
    statusCount: (status, count) => `${status}: ${n(count)}`,
    tableCaption: (caption, shown, total) => `${caption} — عرض ${n(shown)} من ${operations(total)}`,
    numberColumn: 'رقم',
    operationColumn: 'العملية',
    targetColumn: 'الهدف',
    reasonColumn: 'السبب',
    statusColumn: 'الحالة',
    target,
    reason,
    resumed: 'تم بالفعل في تشغيل سابق لهذه الخطة.',
    blocked: (why) => `تم التخطي: يعتمد على «${why}» الذي لم ينجح.`,
    notesSummary: (count) => `ما تُرك دون تغيير والتحذيرات (${n(count)})`,
    dryRunFinished: (count) => `انتهى التشغيل التجريبي: ستُرسل ${operations(count)}، ولم يتغير شيء.`,
    syncFinished: (done, skipped, failed) => `انتهت المزامنة: تم ${n(done)}، وتُخطي ${n(skipped)}، وفشل ${n(failed)}.`,
    applying: (finished, total) => `جارٍ التطبيق: انتهت ${n(finished)} من ${operations(total)}.`,
  },
};
