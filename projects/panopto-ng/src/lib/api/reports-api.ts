import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { callOptions } from './request-helpers';

/**
 * `/reports/{id}`: a report's file (Panopto answers an attachment, not JSON). Reach it as `inject(PanoptoApi).reports`.
 *
 * @example
 * ```ts
 * api.reports.get(reportId).subscribe((file) => saveAs(file, 'viewing.csv'));
 * ```
 */
export class ReportsApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /reports/{id}`: 404 while the report is still being processed. */
  get(id: string, options?: PanoptoCallOptions): Observable<Blob> {
    return this.http.request<Blob>(() => ({
      method: 'GET',
      path: '/reports/{id}',
      pathParams: { id },
      responseType: 'blob',
      resource: `report ${id}`,
      ...callOptions(options),
    }));
  }
}
