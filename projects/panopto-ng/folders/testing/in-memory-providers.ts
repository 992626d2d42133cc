import { HttpClient } from '@angular/common/http';
import { Provider } from '@angular/core';
import { PanoptoApi, PanoptoHttp, PanoptoRateLimiter } from 'panopto-ng';
import { PanoptoApiFolderBackend, PanoptoFolderBackend } from 'panopto-ng/folders';
import { InMemoryPanoptoFolders } from './in-memory-panopto-folders';

/**
 * Providers that run the folder components on a real `PanoptoApi` (retries, rate limits, error mapping)
 * whose HTTP goes to an {@link InMemoryPanoptoFolders} instead of the network. Put them in a component's
 * `providers` to give just that part of the page its own in-memory Panopto (a design gallery, a story), or
 * in `TestBed` providers.
 *
 * @example
 * ```ts
 * @Component({
 *   selector: 'app-folders-story',
 *   standalone: true,
 *   imports: [PanoptoFolderBrowserComponent],
 *   providers: provideInMemoryPanoptoFolders(new InMemoryPanoptoFolders(courseTreeFixture())),
 *   template: '<panopto-folder-browser></panopto-folder-browser>',
 * })
 * export class FoldersStoryComponent {}
 * ```
 */
export function provideInMemoryPanoptoFolders(panopto: InMemoryPanoptoFolders): Provider[] {
  return [
    { provide: HttpClient, useFactory: () => new HttpClient(panopto) },
    PanoptoRateLimiter,
    PanoptoHttp,
    PanoptoApi,
    { provide: PanoptoFolderBackend, useClass: PanoptoApiFolderBackend },
  ];
}
