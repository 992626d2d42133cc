// The caption client with scripted answers, for the gallery of states only (the live section above it talks to
// the emulator). Each state is what Panopto really answers in that situation, not a mock of the component.
import { Observable, NEVER, of, throwError, timer } from 'rxjs';
import { map } from 'rxjs/operators';
import { PanoptoApiError, PanoptoAuthError } from 'panopto-ng';
import {
  AccessibilityBulkPreviewRequest,
  AccessibilityBulkPreviewResponse,
  AccessibilityBulkScheduleRequest,
  AccessibilityBulkScheduleResponse,
  PanoptoCaptionTrackSource,
} from 'panopto-ng/captions';

export type DemoCaptionState = 'none' | 'uploading' | 'findings' | 'pending' | 'done' | 'forbidden' | 'error';

export const DEMO_SESSION = '11111111-2222-4333-8444-555555555555';

const forbidden = () =>
  new PanoptoAuthError('Panopto refused the request (403): User does not have permission to edit captions of this session.', {
    status: 403,
    method: 'POST',
    url: 'https://example.hosted.panopto.com/Panopto/api/v1/sessions/…/captions',
    endpoint: 'POST /sessions/{id}/captions',
    attempts: 1,
  });
const serverError = () =>
  new PanoptoApiError('Panopto answered 500 (Internal Server Error) for session …; tried 1 time. Try again later.', {
    status: 500,
    method: 'POST',
    url: 'https://example.hosted.panopto.com/Panopto/api/v1/sessions/…/captions',
    endpoint: 'POST /sessions/{id}/captions',
    attempts: 1,
  });

/** The subset of `PanoptoCaptionsApi` the components call, answering as Panopto does in `state`. */
export class ScriptedCaptionsApi {
  private previews = 0;
  /** Set by the gallery card before the component makes any call. */
  state: DemoCaptionState = 'none';

  uploadSessionCaptions(): Observable<void> {
    if (this.state === 'uploading') return NEVER;
    if (this.state === 'forbidden') return throwError(forbidden);
    if (this.state === 'error') return throwError(serverError);
    return timer(300).pipe(map(() => undefined));
  }

  deleteSessionCaptionLanguage(): Observable<void> {
    return this.state === 'forbidden' ? throwError(forbidden) : of(undefined);
  }

  previewBulkRequest(request: AccessibilityBulkPreviewRequest): Observable<AccessibilityBulkPreviewResponse> {
    // The first preview is before scheduling; later ones are the status checks of the scheduled requests.
    const pending = this.state === 'pending' && this.previews++ > 0;
    return of({
      Type: request.Type,
      SiteOverwriteBehavior: 'OverwriteASR',
      Providers: [{ ProviderInstanceId: 1, DisplayName: 'Automatic captions (machine)', PriceKnown: true, PricePerMinute: 0 }],
      SessionEvaluations: [
        { SessionId: DEMO_SESSION, SessionName: 'ENG200 Week 1 Lecture 1', DurationSeconds: 20, EligibilityState: pending ? 'Excluded' : 'Eligible', ReasonCode: pending ? 'PendingRequest' : 'None' },
        { SessionId: DEMO_SESSION.replace(/5$/, '6'), SessionName: 'ENG200 Week 1 Lecture 2', DurationSeconds: 24, EligibilityState: 'ConditionallyEligible', ReasonCode: 'AlreadyHasAsrCaptions' },
        { SessionId: DEMO_SESSION.replace(/5$/, '7'), SessionName: 'ENG200 Week 2 (still recording)', DurationSeconds: 0, EligibilityState: 'Excluded', ReasonCode: 'NoActiveDelivery' },
      ],
      Summary: { TotalSessions: 3, EligibleCount: 1, ConditionallyEligibleCount: 1, ExcludedCount: 1, TotalDurationSeconds: 44 },
    });
  }

  scheduleBulkRequest(request: AccessibilityBulkScheduleRequest): Observable<AccessibilityBulkScheduleResponse> {
    return of({
      Type: request.Type,
      Results: request.SessionIds.map((id) => ({ SessionId: id, Scheduled: true, ReasonCode: 'None' as const, RequestCount: 1 })),
      ScheduledCount: request.SessionIds.length,
      SkippedCount: 0,
    });
  }
}

/** A player's caption tracks, fixed: what the gallery's states list. */
export class FixedTracks implements PanoptoCaptionTrackSource {
  selected = -1;
  constructor(private readonly tracks: string[]) {}
  getCaptionTracks = () => this.tracks;
  getSelectedCaptionTrack = () => this.selected;
  enableCaptions = (i = 0) => (this.selected = i);
  disableCaptions = () => (this.selected = -1);
}
