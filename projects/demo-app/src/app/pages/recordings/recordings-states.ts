import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Directive, Input, Provider } from '@angular/core';
import { PANOPTO_CONFIG, PanoptoApi, PanoptoHttp, PanoptoRateLimiter, validatePanoptoConfig } from 'panopto-ng';
import { PanoptoContinueWatchingComponent, PanoptoSessionDetailsComponent } from 'panopto-ng/folders';
import { InMemoryRecordings, RecordingsStateMode, SAMPLE_SESSION } from './in-memory-recordings';
import { DEMO_SETTINGS } from '../../demo-settings';

/*
 * Each state is one small component with its own in-memory Panopto: the real components and the real PanoptoApi,
 * with only the HTTP answered from memory (retries off, so the error state shows at once).
 */
function provideRecordingsState(mode: RecordingsStateMode): Provider[] {
  return [
    { provide: PANOPTO_CONFIG, useValue: validatePanoptoConfig({ serverUrl: DEMO_SETTINGS.serverUrl, retry: { maxRetries: 0 } }) },
    { provide: HttpClient, useFactory: () => new HttpClient(new InMemoryRecordings(mode)) },
    PanoptoRateLimiter,
    PanoptoHttp,
    PanoptoApi,
  ];
}

/** The session every state opens. */
@Directive()
abstract class RecordingsStateBase {
  @Input() sessionId: string | null = SAMPLE_SESSION;
}

@Component({
  selector: 'demo-recordings-loading',
  standalone: true,
  imports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
  providers: provideRecordingsState('loading'),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-continue-watching></panopto-continue-watching>
    <panopto-session-details [sessionId]="sessionId"></panopto-session-details>`,
  styles: [':host { display: grid; gap: 1rem; }'],
})
export class RecordingsLoadingStateComponent extends RecordingsStateBase {}

@Component({
  selector: 'demo-recordings-empty',
  standalone: true,
  imports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
  providers: provideRecordingsState('empty'),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-continue-watching></panopto-continue-watching>
    <panopto-session-details [sessionId]="sessionId"></panopto-session-details>`,
  styles: [':host { display: grid; gap: 1rem; }'],
})
export class RecordingsEmptyStateComponent extends RecordingsStateBase {}

@Component({
  selector: 'demo-recordings-forbidden',
  standalone: true,
  imports: [PanoptoSessionDetailsComponent],
  providers: provideRecordingsState('forbidden'),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-session-details [sessionId]="sessionId"></panopto-session-details>`,
})
export class RecordingsForbiddenStateComponent extends RecordingsStateBase {}

@Component({
  selector: 'demo-recordings-error',
  standalone: true,
  imports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
  providers: provideRecordingsState('error'),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-continue-watching></panopto-continue-watching>
    <panopto-session-details [sessionId]="sessionId"></panopto-session-details>`,
  styles: [':host { display: grid; gap: 1rem; }'],
})
export class RecordingsErrorStateComponent extends RecordingsStateBase {}

@Component({
  selector: 'demo-recordings-loaded',
  standalone: true,
  imports: [PanoptoSessionDetailsComponent, PanoptoContinueWatchingComponent],
  providers: provideRecordingsState('loaded'),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<panopto-continue-watching [limit]="2"></panopto-continue-watching>
    <panopto-session-details [sessionId]="sessionId"></panopto-session-details>`,
  styles: [':host { display: grid; gap: 1rem; }'],
})
export class RecordingsLoadedStateComponent extends RecordingsStateBase {}
