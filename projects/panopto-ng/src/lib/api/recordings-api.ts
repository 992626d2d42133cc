import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import { RemoteRecorder, RemoteRecorderSortField } from 'panopto-ng/core';
import { ScheduledRecording, ScheduledRecordingCreate, ScheduledRecordingUpdate } from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery, searchQueryOf } from './paging';
import { callOptions, deleteRequest, listRequest } from './request-helpers';

/**
 * `/remoteRecorders`: search.
 *
 * @example
 * ```ts
 * api.remoteRecorders.search('Room 101').subscribe(({ Results }) => pick(Results[0]));
 * ```
 */
export class RemoteRecordersApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /remoteRecorders/search` */
  search(
    searchQuery: string,
    options?: PanoptoPageOptions<RemoteRecorderSortField>,
  ): Observable<PanoptoListResponse<RemoteRecorder>> {
    return listRequest<RemoteRecorder>(this.http, () => ({
      method: 'GET',
      path: '/remoteRecorders/search',
      query: { searchQuery: searchQueryOf(searchQuery), ...pageQuery(options) },
      resource: 'the remote recorder search',
      ...callOptions(options),
    }));
  }

  /** Every matching recorder. */
  allSearch(
    searchQuery: string,
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<RemoteRecorderSortField>>,
  ): Observable<RemoteRecorder> {
    return allPages((pageNumber) => this.search(searchQuery, { ...options, pageNumber }));
  }
}

/** Options of `scheduledRecordings.create()`. */
export interface ScheduledRecordingCreateOptions extends PanoptoCallOptions {
  /** Required by Panopto: `true` lets it move conflicting recordings, `false` fails on a conflict. */
  resolveConflicts: boolean;
}

/**
 * `/scheduledRecordings`: get, create (optionally as a live broadcast), reschedule, cancel.
 *
 * @example
 * ```ts
 * api.scheduledRecordings
 *   .create({ Name: 'Lecture', FolderId, StartTime, EndTime, IsBroadcast: true,
 *             Recorders: [{ RemoteRecorderId, SuppressPrimary: false, SuppressSecondary: false }] },
 *           { resolveConflicts: false })
 *   .subscribe((recording) => console.log(recording.Id));
 * ```
 */
export class ScheduledRecordingsApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /scheduledRecordings/{id}` (`id` is the recording's session id). */
  get(id: string, options?: PanoptoCallOptions): Observable<ScheduledRecording> {
    return this.http.request<ScheduledRecording>(() => ({
      method: 'GET',
      path: '/scheduledRecordings/{id}',
      pathParams: { id },
      resource: `scheduled recording ${id}`,
      ...callOptions(options),
    }));
  }

  /** `POST /scheduledRecordings?resolveConflicts=…` */
  create(
    recording: ScheduledRecordingCreate,
    options: ScheduledRecordingCreateOptions,
  ): Observable<ScheduledRecording> {
    return this.http.request<ScheduledRecording>(() => {
      if (typeof options?.resolveConflicts !== 'boolean') {
        throw new TypeError('panopto-ng: scheduledRecordings.create() needs { resolveConflicts: true | false }.');
      }
      return {
        method: 'POST',
        path: '/scheduledRecordings',
        query: { resolveConflicts: options.resolveConflicts },
        body: recording,
        guids: Object.fromEntries([
          ['FolderId', recording.FolderId ?? ''],
          ...(recording.Recorders ?? []).map((r, i) => [`Recorders[${i}].RemoteRecorderId`, r.RemoteRecorderId ?? '']),
        ]),
        resource: `folder ${recording.FolderId}`,
        ...callOptions(options),
      };
    });
  }

  /** `PUT /scheduledRecordings/{id}`: new start/end times (UTC, in the future). */
  update(
    id: string,
    changes: ScheduledRecordingUpdate,
    options?: PanoptoCallOptions & { resolveConflicts?: boolean },
  ): Observable<ScheduledRecording> {
    return this.http.request<ScheduledRecording>(() => ({
      method: 'PUT',
      path: '/scheduledRecordings/{id}',
      pathParams: { id },
      query: { resolveConflicts: options?.resolveConflicts },
      body: changes,
      resource: `scheduled recording ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /scheduledRecordings/{id}`: cancels the recording. */
  delete(id: string, options?: PanoptoCallOptions): Observable<string | null> {
    return deleteRequest(this.http, () => ({
      path: '/scheduledRecordings/{id}',
      pathParams: { id },
      resource: `scheduled recording ${id}`,
      ...callOptions(options),
    }));
  }
}
