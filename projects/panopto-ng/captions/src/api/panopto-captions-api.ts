import { Injectable, inject } from '@angular/core';
import { Observable, concatMap, defer, from, map } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp, PanoptoPageOptions, allPages, PanoptoAllPagesOptions } from 'panopto-ng';
import { PanoptoListResponse, assertGuid } from 'panopto-ng/core';
import { CaptionCheckOptions } from '../checker/caption-findings';
import { checkCaptionFile } from '../checker/check-caption-text';
import { PanoptoCaptionFileError } from './caption-file-error';
import {
  AccessibilityBulkPreviewRequest,
  AccessibilityBulkPreviewResponse,
  AccessibilityBulkScheduleRequest,
  AccessibilityBulkScheduleResponse,
  CONTENT_LANGUAGES,
  ContentLanguage,
  FolderSettings,
  TranscriptionProviderInstance,
  TranscriptionProviderInstanceSortField,
  isContentLanguage,
} from './caption-models';

/** Options of a caption upload. */
export interface CaptionUploadOptions extends PanoptoCallOptions {
  /** The checker's options; `false` sends the file unchecked (not recommended). */
  check?: CaptionCheckOptions | false;
}

/** Panopto's documented limit of sessions per bulk accessibility call. */
export const MAX_BULK_ACCESSIBILITY_SESSIONS = 100;

/**
 * The typed client of Panopto's caption operations: upload (checked first: a file with problems is never sent)
 * and delete captions of a session or stream, list caption providers, preview and schedule bulk caption,
 * translation and audio-description requests, and a folder's automatic caption provider. Retries, rate limits
 * and errors are the REST core's (`PanoptoHttp`).
 *
 * @example
 * ```ts
 * const captions = inject(PanoptoCaptionsApi);
 * captions.uploadSessionCaptions(sessionId, file, 'English_USA').subscribe({
 *   complete: () => announce('Captions uploaded'),
 *   error: (e) => (e instanceof PanoptoCaptionFileError ? showFindings(e.findings) : showError(e)),
 * });
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoCaptionsApi {
  private readonly http = inject(PanoptoHttp);

  /** `POST /sessions/{id}/captions`: an SRT or WebVTT file for one language, timed to the edited session. */
  uploadSessionCaptions(
    sessionId: string,
    file: Blob,
    language: ContentLanguage,
    options?: CaptionUploadOptions,
  ): Observable<void> {
    return this.upload('/sessions/{id}/captions', sessionId, `session ${sessionId}`, file, language, options);
  }

  /** `POST /streams/{id}/captions`: the same for one stream, timed to the unedited stream. */
  uploadStreamCaptions(
    streamId: string,
    file: Blob,
    language: ContentLanguage,
    options?: CaptionUploadOptions,
  ): Observable<void> {
    return this.upload('/streams/{id}/captions', streamId, `stream ${streamId}`, file, language, options);
  }

  /** `DELETE /sessions/{id}/captions`: every caption of the session. Not reversible. */
  deleteSessionCaptions(sessionId: string, options?: PanoptoCallOptions): Observable<void> {
    return this.http
      .request<unknown>(() => ({
        method: 'DELETE',
        path: '/sessions/{id}/captions',
        pathParams: { id: sessionId },
        resource: `the captions of session ${sessionId}`,
        ...callOptions(options),
      }))
      .pipe(map(() => undefined));
  }

  /**
   * `DELETE /sessions/{id}/captions/languages/{language}`; `null` deletes the "Default" captions. Not reversible.
   */
  deleteSessionCaptionLanguage(
    sessionId: string,
    language: ContentLanguage | null,
    options?: PanoptoCallOptions,
  ): Observable<void> {
    return this.http
      .request<unknown>(() => {
        if (language !== null) requireLanguage(language, 'language');
        const segment = language ?? 'null';
        return {
          method: 'DELETE',
          path: `/sessions/{id}/captions/languages/${segment}`,
          pathParams: { id: sessionId },
          resource: `the ${language ?? 'default'} captions of session ${sessionId}`,
          ...callOptions(options),
        };
      })
      .pipe(map(() => undefined));
  }

  /** `GET /captionproviders`: one page of the site's caption providers. */
  captionProviders(
    options?: PanoptoPageOptions<TranscriptionProviderInstanceSortField>,
  ): Observable<PanoptoListResponse<TranscriptionProviderInstance>> {
    return this.http
      .request<PanoptoListResponse<TranscriptionProviderInstance> | null>(() => ({
        method: 'GET',
        path: '/captionproviders',
        query: { sortField: options?.sortField, sortOrder: options?.sortOrder, pageNumber: pageNumberOf(options) },
        resource: 'the caption providers',
        ...callOptions(options),
      }))
      .pipe(map((page) => ({ Results: page && Array.isArray(page.Results) ? page.Results : [] })));
  }

  /** Every caption provider, page by page. */
  allCaptionProviders(
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<TranscriptionProviderInstanceSortField>>,
  ): Observable<TranscriptionProviderInstance> {
    return allPages((pageNumber) => this.captionProviders({ ...options, pageNumber }));
  }

  /** `POST /accessibility/bulk/preview` (administrators): which sessions are eligible, which not and why. */
  previewBulkRequest(
    request: AccessibilityBulkPreviewRequest,
    options?: PanoptoCallOptions,
  ): Observable<AccessibilityBulkPreviewResponse> {
    return this.http.request<AccessibilityBulkPreviewResponse>(() => ({
      method: 'POST',
      path: '/accessibility/bulk/preview',
      body: checkedBulk(request),
      resource: 'the accessibility preview',
      ...callOptions(options),
    }));
  }

  /** `POST /accessibility/bulk/schedule` (administrators): creates the requests. */
  scheduleBulkRequest(
    request: AccessibilityBulkScheduleRequest,
    options?: PanoptoCallOptions,
  ): Observable<AccessibilityBulkScheduleResponse> {
    return this.http.request<AccessibilityBulkScheduleResponse>(() => {
      const body = checkedBulk(request);
      if (!Number.isInteger(request.ProviderInstanceId)) {
        throw new TypeError(
          `panopto-ng: \`ProviderInstanceId\` must be a whole number (a preview's Providers[].ProviderInstanceId); got ${JSON.stringify(
            request.ProviderInstanceId,
          )}.`,
        );
      }
      if (request.SourceLanguage !== undefined) requireLanguage(request.SourceLanguage, 'SourceLanguage');
      request.TargetLanguages?.forEach((l, i) => requireLanguage(l, `TargetLanguages[${i}]`));
      return {
        method: 'POST',
        path: '/accessibility/bulk/schedule',
        body,
        resource: 'the accessibility requests',
        ...callOptions(options),
      };
    });
  }

  /** `GET /folders/{id}/settings`: the folder's automatic caption provider. */
  folderSettings(folderId: string, options?: PanoptoCallOptions): Observable<FolderSettings> {
    return this.http.request<FolderSettings>(() => ({
      method: 'GET',
      path: '/folders/{id}/settings',
      pathParams: { id: folderId },
      resource: `the settings of folder ${folderId}`,
      ...callOptions(options),
    }));
  }

  /** `PUT /folders/{id}/settings`: sets (or, with the empty GUID, clears) the automatic caption provider. */
  updateFolderSettings(
    folderId: string,
    settings: FolderSettings,
    options?: PanoptoCallOptions,
  ): Observable<FolderSettings> {
    return this.http.request<FolderSettings>(() => ({
      method: 'PUT',
      path: '/folders/{id}/settings',
      pathParams: { id: folderId },
      body: { AutomaticCaptionProviderId: settings.AutomaticCaptionProviderId },
      guids: { AutomaticCaptionProviderId: settings.AutomaticCaptionProviderId },
      resource: `the settings of folder ${folderId}`,
      ...callOptions(options),
    }));
  }

  private upload(
    path: string,
    id: string,
    resource: string,
    file: Blob,
    language: ContentLanguage,
    options: CaptionUploadOptions | undefined,
  ): Observable<void> {
    const name = fileNameOf(file);
    return defer(() => {
      assertGuid(id, 'id');
      requireLanguage(language, 'language');
      const check = options?.check === false ? null : checkCaptionFile(file, options?.check ?? {});
      return from(check ?? Promise.resolve(null));
    }).pipe(
      concatMap((result) => {
        if (result && !result.ok) throw new PanoptoCaptionFileError(name, result);
        return this.http.request<unknown>(() => {
          const form = new FormData();
          form.set('language', language);
          form.set('file', file, name);
          return { method: 'POST', path, pathParams: { id }, body: form, resource, ...callOptions(options) };
        });
      }),
      map(() => undefined),
    );
  }
}

function callOptions(options: PanoptoCallOptions | undefined): PanoptoCallOptions {
  return { priority: options?.priority, retry: options?.retry };
}

function pageNumberOf(options: PanoptoPageOptions<string> | undefined): number | undefined {
  const n = options?.pageNumber;
  if (n !== undefined && (!Number.isInteger(n) || n < 0)) {
    throw new TypeError(`panopto-ng: \`pageNumber\` must be a whole number from 0; got ${JSON.stringify(n)}.`);
  }
  return n;
}

function requireLanguage(value: unknown, field: string): ContentLanguage {
  if (isContentLanguage(value)) return value;
  throw new TypeError(
    `panopto-ng: \`${field}\` must be a ContentLanguage (${CONTENT_LANGUAGES.slice(0, 4).join(
      ', ',
    )}, …); got ${JSON.stringify(value)}.`,
  );
}

function checkedBulk<T extends AccessibilityBulkPreviewRequest>(request: T): T {
  const types = ['Transcription', 'Translation', 'AudioDescription'];
  if (!types.includes(request?.Type)) {
    throw new TypeError(
      `panopto-ng: \`Type\` must be one of ${types.join(', ')}; got ${JSON.stringify(request?.Type)}.`,
    );
  }
  const ids = request.SessionIds;
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_BULK_ACCESSIBILITY_SESSIONS) {
    throw new TypeError(
      `panopto-ng: \`SessionIds\` must hold 1 to ${MAX_BULK_ACCESSIBILITY_SESSIONS} session ids; got ${
        Array.isArray(ids) ? ids.length : JSON.stringify(ids)
      }.`,
    );
  }
  ids.forEach((id, i) => assertGuid(id, `SessionIds[${i}]`));
  return request;
}

function fileNameOf(file: Blob): string {
  const name = (file as Blob & { name?: unknown }).name;
  return typeof name === 'string' && name ? name : 'captions';
}
