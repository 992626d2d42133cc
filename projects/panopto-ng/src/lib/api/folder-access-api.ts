import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { AccessSettings } from 'panopto-ng/core';
import { AccessSettingsUpdate, getAccessSettings, putAccessSettings } from './access-requests';

/**
 * Who may watch a folder's recordings: `GET`/`PUT /folders/{id}/settings/access`. `FoldersApi` has these methods;
 * reach them as `inject(PanoptoApi).folders`.
 *
 * @example
 * ```ts
 * api.folders.updateAccessSettings(courseFolderId, { Level: AccessLevel.Organization }).subscribe();
 * ```
 */
export class FolderAccessApi {
  constructor(protected readonly http: PanoptoHttp) {}

  /** `GET /folders/{id}/settings/access`: the level, and whether it comes from a parent folder. */
  accessSettings(id: string, options?: PanoptoCallOptions): Observable<AccessSettings> {
    return getAccessSettings(this.http, 'folders', id, options);
  }

  /**
   * `PUT /folders/{id}/settings/access`: set a `Level`, or `IsInherited: true` to take the parent's again (not on a
   * top-level folder, which has none).
   */
  updateAccessSettings(id: string, settings: AccessSettingsUpdate, options?: PanoptoCallOptions): Observable<AccessSettings> {
    return putAccessSettings(this.http, 'folders', id, settings, options);
  }
}
