// Bulk accessibility requests (admin-only, as on Panopto):
//   POST /accessibility/bulk/preview   {Type, SessionIds}  → providers, per-session eligibility, summary
//   POST /accessibility/bulk/schedule  {Type, SessionIds, ProviderInstanceId, SourceLanguage?, TargetLanguages?}
// Scheduled requests move Pending → InProgress → Complete on the emulator's clock and then write a caption file
// whose first cue says it is emulated. A folder's automatic caption provider schedules the same requests for
// every recording added to it after the setting was made.
import { randomUUID } from 'node:crypto';
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest, forbidden, isGuid, readJson, sendJson } from '../http.js';
import type { CaptionRequestRecord, SessionRecord, UserRecord } from '../store/types.js';
import { API_BASE } from './common.js';
import { contentLanguageOf, languageInfo } from './caption-files.js';
import { CAPTION_PROVIDERS, type CaptionProvider, providerById, providerByInstance } from './caption-providers.js';
import { captionText, captionsOf, putCaption } from './session-captions.js';

const REQUEST_TYPES = ['Transcription', 'Translation', 'AudioDescription'] as const;
type RequestType = (typeof REQUEST_TYPES)[number];
/** Panopto's documented bulk limit. */
export const MAX_BULK_SESSIONS = 100;
/** The emulated site replaces machine captions with requested ones, but never human or uploaded ones. */
const SITE_OVERWRITE = 'OverwriteASR';
/** How often (real time) requests are moved along without anyone asking. */
const TICK_MS = 1000;

interface Evaluation {
  state: 'Eligible' | 'ConditionallyEligible' | 'Excluded';
  reason: string;
}

export function registerAccessibilityRoutes(router: Router, ctx: EmulatorContext): void {
  const timer = setInterval(() => advanceCaptionRequests(ctx), TICK_MS);
  timer.unref();
  ctx.onClose(() => clearInterval(timer));

  router.post(`${API_BASE}/accessibility/bulk/preview`, async (req, res) => {
    const { user } = await ctx.requireAccount(req);
    requireAdmin(user);
    const body = await readJson(req, 64 * 1024);
    const type = requestTypeOf(body['Type']);
    const ids = sessionIdsOf(body['SessionIds']);
    advanceCaptionRequests(ctx);
    const evaluations = ids.map((id) => {
      const session = ctx.store.sessions.get(id);
      const e = evaluate(ctx, user, type, session);
      const out: Record<string, unknown> = {
        SessionId: id,
        SessionName: session?.Name ?? null,
        DurationSeconds: session?.Duration ?? 0,
        EligibilityState: e.state,
        ReasonCode: e.reason,
      };
      if (type === 'Translation' && session) out['Details'] = translationDetails(ctx, session);
      return out;
    });
    const count = (state: Evaluation['state']): number =>
      evaluations.filter((e) => e['EligibilityState'] === state).length;
    sendJson(res, 200, {
      Type: type,
      SiteOverwriteBehavior: SITE_OVERWRITE,
      AvailableCaptionCredits: 0,
      Providers: CAPTION_PROVIDERS.filter((p) => p.Enabled).map((p) => ({
        ProviderInstanceId: p.InstanceId,
        DisplayName: p.DisplayName,
        PricePerMinute: p.PricePerMinute,
        PriceKnown: true,
      })),
      SessionEvaluations: evaluations,
      Summary: {
        TotalSessions: evaluations.length,
        EligibleCount: count('Eligible'),
        ConditionallyEligibleCount: count('ConditionallyEligible'),
        ExcludedCount: count('Excluded'),
        TotalDurationSeconds: evaluations
          .filter((e) => e['EligibilityState'] !== 'Excluded')
          .reduce((sum, e) => sum + Number(e['DurationSeconds']), 0),
      },
    });
  });

  router.post(`${API_BASE}/accessibility/bulk/schedule`, async (req, res) => {
    const { user } = await ctx.requireAccount(req);
    requireAdmin(user);
    const body = await readJson(req, 64 * 1024);
    const type = requestTypeOf(body['Type']);
    const ids = sessionIdsOf(body['SessionIds']);
    const provider = providerOf(body['ProviderInstanceId']);
    const source = body['SourceLanguage'] == null ? null : contentLanguageOf(body['SourceLanguage'], 'SourceLanguage');
    const targets = targetLanguagesOf(type, body['TargetLanguages']);
    advanceCaptionRequests(ctx);
    const results = ids.map((id) => {
      const session = ctx.store.sessions.get(id);
      const e = evaluate(ctx, user, type, session);
      const base = { SessionId: id, SessionName: session?.Name ?? null };
      if (!session || e.state === 'Excluded')
        return { ...base, Scheduled: false, ReasonCode: e.reason, RequestCount: 0 };
      const created = schedule(ctx, session, type, provider, user.Id, source, targets);
      if (created === 0) return { ...base, Scheduled: false, ReasonCode: 'PendingRequest', RequestCount: 0 };
      return { ...base, Scheduled: true, ReasonCode: 'None', RequestCount: created };
    });
    const scheduled = results.filter((r) => r.Scheduled).length;
    sendJson(res, 200, {
      Type: type,
      Results: results,
      ScheduledCount: scheduled,
      SkippedCount: results.length - scheduled,
    });
  });
}

function requireAdmin(user: UserRecord): void {
  if (user.SystemRole !== 'Administrator') {
    throw forbidden(
      'User does not have permission to access this function. Bulk accessibility requests are made by an administrator.',
    );
  }
}

function requestTypeOf(value: unknown): RequestType {
  const hit = REQUEST_TYPES.find((t) => typeof value === 'string' && t.toLowerCase() === value.toLowerCase());
  if (!hit)
    throw badRequest(
      `'Type' must be one of ${REQUEST_TYPES.join(', ')}; got '${String(value ?? '')}'.`,
      'InvalidParameter',
    );
  return hit;
}

function sessionIdsOf(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw badRequest("'SessionIds' must be a non-empty array of session ids.", 'InvalidParameter');
  if (value.length > MAX_BULK_SESSIONS)
    throw badRequest(
      `'SessionIds' may hold at most ${MAX_BULK_SESSIONS} ids; got ${value.length}.`,
      'InvalidParameter',
    );
  const bad = value.find((v) => !isGuid(v));
  if (bad !== undefined) throw badRequest(`'SessionIds' holds '${String(bad)}', which is not a GUID.`, 'InvalidId');
  return [...new Set(value.map((v: string) => v.toLowerCase()))];
}

function providerOf(value: unknown): CaptionProvider {
  const provider = typeof value === 'number' && Number.isInteger(value) ? providerByInstance(value) : undefined;
  if (!provider || !provider.Enabled) {
    const known = CAPTION_PROVIDERS.map((p) => `${p.InstanceId} (${p.DisplayName})`).join(', ');
    throw badRequest(
      `'ProviderInstanceId' must be an enabled provider instance: ${known}; got ${JSON.stringify(value ?? null)}.`,
      'InvalidProvider',
    );
  }
  return provider;
}

function targetLanguagesOf(type: RequestType, value: unknown): string[] {
  if (type !== 'Translation') return [];
  if (!Array.isArray(value) || value.length === 0)
    throw badRequest("A Translation needs 'TargetLanguages': one ContentLanguage or more.", 'InvalidParameter');
  return [...new Set(value.map((v, i) => contentLanguageOf(v, `TargetLanguages[${i}]`)))];
}

function pending(ctx: EmulatorContext, sessionId: string, type: RequestType): CaptionRequestRecord[] {
  return [...ctx.store.captionRequests.values()].filter(
    (r) => r.SessionId === sessionId && r.Type === type && r.State !== 'Complete',
  );
}

function evaluate(
  ctx: EmulatorContext,
  user: UserRecord,
  type: RequestType,
  session: SessionRecord | undefined,
): Evaluation {
  if (!session) return { state: 'Excluded', reason: 'NotFound' };
  if (!ctx.store.canCreate(user, session.FolderId)) return { state: 'Excluded', reason: 'InsufficientPermissions' };
  if (session.Media.kind === 'none') return { state: 'Excluded', reason: 'NoPrimaryStream' };
  if (session.InProgress) return { state: 'Excluded', reason: 'NoActiveDelivery' };
  const captions = captionsOf(session);
  if (type === 'Translation') {
    return captions.length ? { state: 'Eligible', reason: 'None' } : { state: 'Excluded', reason: 'NoSourceCaptions' };
  }
  if (pending(ctx, session.Id, type).length) return { state: 'Excluded', reason: 'PendingRequest' };
  if (type === 'AudioDescription') {
    const done = [...ctx.store.captionRequests.values()].some((r) => r.SessionId === session.Id && r.Type === type);
    return done ? { state: 'Excluded', reason: 'AlreadyHasAudioDescription' } : { state: 'Eligible', reason: 'None' };
  }
  if (
    captions.some(
      (c) => c.Source === 'upload' || (c.Source === 'provider' && !machineWritten(ctx, session, c.Language)),
    )
  ) {
    return { state: 'Excluded', reason: 'AlreadyHasCaptions' };
  }
  if (captions.length) return { state: 'ConditionallyEligible', reason: 'AlreadyHasAsrCaptions' };
  return { state: 'Eligible', reason: 'None' };
}

function machineWritten(ctx: EmulatorContext, session: SessionRecord, language: string): boolean {
  const last = [...ctx.store.captionRequests.values()]
    .filter((r) => r.SessionId === session.Id && r.TargetLanguage === language && r.State === 'Complete')
    .pop();
  return !!last && providerById(last.ProviderId)?.Kind === 'machine';
}

function translationDetails(ctx: EmulatorContext, session: SessionRecord): Record<string, string[]> {
  const existing = captionsOf(session).map((c) => c.Language);
  return {
    AvailableSourceLanguages: existing,
    ExistingCaptionLanguages: existing,
    PendingTranslationTargets: pending(ctx, session.Id, 'Translation').map((r) => r.TargetLanguage),
  };
}

/** Creates the session's requests; returns how many (0 when each target is already pending or present). */
function schedule(
  ctx: EmulatorContext,
  session: SessionRecord,
  type: RequestType,
  provider: CaptionProvider,
  userId: string,
  source: string | null,
  targets: string[],
  automatic = false,
): number {
  const existing = captionsOf(session).map((c) => c.Language);
  const sourceLanguage = source ?? (type === 'Translation' ? existing[0] : 'English_USA');
  const pendingTargets = pending(ctx, session.Id, type).map((r) => r.TargetLanguage);
  const wanted =
    type === 'Translation'
      ? targets.filter((t) => !existing.includes(t) && !pendingTargets.includes(t))
      : [sourceLanguage];
  const now = ctx.clock.now();
  for (const target of wanted) {
    const record: CaptionRequestRecord = {
      Id: randomUUID(),
      SessionId: session.Id,
      Type: type,
      ProviderId: provider.Id,
      SourceLanguage: sourceLanguage,
      TargetLanguage: target,
      RequestedById: userId,
      CreatedAtMs: now,
      StartsAtMs: now + provider.QueueMs,
      CompletesAtMs: now + provider.QueueMs + provider.WorkMs,
      State: 'Pending',
      ...(automatic ? { Automatic: true } : {}),
    };
    ctx.store.captionRequests.set(record.Id, record);
  }
  if (wanted.length) ctx.store.changed();
  return wanted.length;
}

/**
 * Moves requests along to the emulator's now (writing the caption file of each one that finishes), and
 * schedules requests for new recordings in folders with an automatic caption provider. Idempotent; cheap.
 */
export function advanceCaptionRequests(ctx: EmulatorContext): void {
  const now = ctx.clock.now();
  let changed = false;
  for (const folder of ctx.store.folders.values()) {
    const provider = folder.AutomaticCaptionProviderId ? providerById(folder.AutomaticCaptionProviderId) : undefined;
    if (!provider) continue;
    for (const session of ctx.store.sessionsInFolder(folder.Id)) {
      if (Date.parse(session.StartTime) < (folder.AutomaticCaptionsSinceMs ?? now)) continue;
      if (session.Media.kind === 'none' || session.InProgress || captionsOf(session).length) continue;
      if ([...ctx.store.captionRequests.values()].some((r) => r.SessionId === session.Id)) continue;
      schedule(ctx, session, 'Transcription', provider, folder.CreatedById, null, [], true);
    }
  }
  for (const r of ctx.store.captionRequests.values()) {
    if (r.State === 'Complete') continue;
    if (now >= r.CompletesAtMs) {
      const session = ctx.store.sessions.get(r.SessionId);
      if (session && r.Type !== 'AudioDescription')
        putCaption(ctx, session, r.TargetLanguage, emulatedCaptions(session, r), 'provider');
      r.State = 'Complete';
      changed = true;
    } else if (now >= r.StartsAtMs && r.State === 'Pending') {
      r.State = 'InProgress';
      changed = true;
    }
  }
  if (changed) ctx.store.changed();
}

/** The file a provider "delivers": its first cue says it is emulated; a translation tags the source's cues. */
function emulatedCaptions(session: SessionRecord, r: CaptionRequestRecord): string {
  const provider = providerById(r.ProviderId);
  const label = languageInfo(r.TargetLanguage).label;
  const what = r.Type === 'Translation' ? `${label} translation` : `${label} captions`;
  const header = `[Emulated ${what} by ${provider?.DisplayName ?? 'a provider'}: not a real transcript]`;
  const duration = Math.max(4, Math.ceil(session.Duration));
  const lines = ['WEBVTT', '', '00:00.000 --> 00:04.000', header, ''];
  if (r.Type === 'Translation') {
    const source = captionsOf(session).find((c) => c.Language === r.SourceLanguage);
    const tag = languageInfo(r.TargetLanguage).tag;
    for (const block of source ? captionText(session, source).split(/\n{2,}/) : []) {
      const cue = block.split('\n');
      const at = cue.findIndex((l) => l.includes('-->'));
      // Cues under the emulated notice (its first 4 s) are left out, so the two never overlap.
      if (at < 0 || secondsOf(cue[at].trim().split(/\s+/)[0]) < 4) continue;
      lines.push(cue[at], ...cue.slice(at + 1).map((t) => `[${tag}] ${t}`), '');
    }
  } else {
    for (let start = 4, n = 1; start < duration; start += 4, n++) {
      const stamp = (s: number): string =>
        `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
      lines.push(
        `${stamp(start)} --> ${stamp(Math.min(duration, start + 4))}`,
        `${session.Name}: emulated caption ${n}`,
        '',
      );
    }
  }
  return lines.join('\n');
}

function secondsOf(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
