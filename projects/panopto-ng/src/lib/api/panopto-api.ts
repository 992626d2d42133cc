import { Injectable, inject } from '@angular/core';
import { PANOPTO_CLOCK } from '../clock/panopto-clock';
import { PanoptoHttp } from '../http/panopto-http';
import { FoldersApi } from './folders-api';
import { PlaylistsApi } from './playlists-api';
import { RemoteRecordersApi, ScheduledRecordingsApi } from './recordings-api';
import { SessionsApi } from './sessions-api';
import { GroupsApi, UsersApi } from './users-api';
import { TagsApi } from './tags-api';
import { ReportsApi } from './reports-api';
import { SearchIndexSyncApi } from './search-index-sync-api';
import { PortalUsersApi } from './portal-users-api';

/**
 * The typed Panopto REST v1 client: one object per resource. Every method returns a cold Observable (nothing is
 * sent until you subscribe; unsubscribing cancels), validates ids before building a URL, retries what is safe
 * to retry, keeps under the rate limit and fails with a `PanoptoError` that says what to do.
 *
 * @example
 * ```ts
 * export class FoldersComponent {
 *   private readonly api = inject(PanoptoApi);
 *   readonly folders$ = this.api.folders.children(ROOT_FOLDER_ID).pipe(map((page) => page.Results));
 * }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoApi {
  private readonly http = inject(PanoptoHttp);

  readonly folders = new FoldersApi(this.http);
  readonly sessions = new SessionsApi(this.http);
  readonly playlists = new PlaylistsApi(this.http);
  readonly users = new UsersApi(this.http);
  readonly groups = new GroupsApi(this.http);
  readonly remoteRecorders = new RemoteRecordersApi(this.http);
  readonly scheduledRecordings = new ScheduledRecordingsApi(this.http);
  readonly tags = new TagsApi(this.http);
  readonly reports = new ReportsApi(this.http);
  readonly searchIndexSync = new SearchIndexSyncApi(this.http, inject(PANOPTO_CLOCK));
  readonly portalUsers = new PortalUsersApi(this.http);
}
