// The minimal Angular 15 apps the bundle benchmark builds. They differ only in what AppComponent shows,
// so the size differences are what each player costs an app.

const SESSION_ID = '0c1cf096-5260-5251-be3d-d99c5bb4cbb0';
const FOLDER_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const CONFIG = `{ serverUrl: 'https://myuni.hosted.panopto.com' }`;
const HTTP = `import { provideHttpClient } from '@angular/common/http';`;

const mainFile = (imports, componentImports, template, providers, classBody = '') => `
import { Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
${imports}

@Component({
  selector: 'bench-root',
  standalone: true,
  imports: [${componentImports}],
  template: \`${template}\`,
})
class AppComponent {${classBody}}

bootstrapApplication(AppComponent, { providers: [${providers}] }).catch((err) => console.error(err));
`;

/** name → main.ts source */
export const APPS = {
  baseline: mainFile('', '', '<h1>Lectures</h1><p>No player.</p>', ''),
  // The player alone, its site given by its `server` input.
  'panopto-player': mainFile(
    `import { PanoptoPlayerComponent } from 'panopto-ng/player';`,
    'PanoptoPlayerComponent',
    `<h1>Lectures</h1><panopto-player server="myuni.hosted.panopto.com" sessionId="${SESSION_ID}"></panopto-player>`,
    '',
  ),
  // The usual set-up: the site configured once with providePanopto() (shared by every panopto-ng feature).
  'panopto-player+config': mainFile(
    `import { providePanopto } from 'panopto-ng';\nimport { PanoptoPlayerComponent } from 'panopto-ng/player';`,
    'PanoptoPlayerComponent',
    `<h1>Lectures</h1><panopto-player sessionId="${SESSION_ID}"></panopto-player>`,
    `providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' })`,
  ),
  // The same player with the facade directive: what thumbnail-first pages pay on top.
  'panopto-player+facade': mainFile(
    `import { PanoptoPlayerComponent, PanoptoPlayerFacadeDirective } from 'panopto-ng/player';`,
    'PanoptoPlayerComponent, PanoptoPlayerFacadeDirective',
    `<h1>Lectures</h1><panopto-player facade server="myuni.hosted.panopto.com" sessionId="${SESSION_ID}"></panopto-player>`,
    '',
  ),
  // Every feature registered at the root, no panopto-ng component on the page: what configuration alone costs.
  // Registering a feature must not pull its entry point's components into the initial bundle.
  'panopto-features': mainFile(
    [
      `import { providePanopto } from 'panopto-ng';`,
      `import { withPanoptoAuth } from 'panopto-ng/auth';`,
      `import { withPanoptoUpload } from 'panopto-ng/upload';`,
      `import { withPanoptoAnalytics } from 'panopto-ng/analytics';`,
      `import { withPanoptoLive } from 'panopto-ng/live';`,
    ].join('\n'),
    '',
    '<h1>Lectures</h1><p>No player.</p>',
    `providePanopto(
      { serverUrl: 'https://myuni.hosted.panopto.com' },
      withPanoptoAuth({ clientId: 'bench-client', redirectUri: 'https://app.example.edu/auth/callback' }),
      withPanoptoUpload(),
      withPanoptoAnalytics(),
      withPanoptoLive(),
    )`,
  ),
  'youtube-player': mainFile(
    `import { YouTubePlayerModule } from '@angular/youtube-player';`,
    'YouTubePlayerModule',
    `<h1>Lectures</h1><youtube-player videoId="M7lc1UVf-VE"></youtube-player>`,
    '',
  ),
};

/**
 * One app per entry point as the README uses it, each with `providePanopto()` and HttpClient where the entry point
 * needs them: what adding that entry point costs a minimal app. `npm test` holds each to its budget
 * (budgets.json, tests/package/bundle-budgets.test.ts).
 */
export const ENTRY_APPS = {
  auth: mainFile(
    [
      `import { inject } from '@angular/core';`,
      `import { provideHttpClient, withInterceptors } from '@angular/common/http';`,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoAuthService, panoptoAuthInterceptor, withPanoptoAuth } from 'panopto-ng/auth';`,
    ].join('\n'),
    '',
    '<h1>Lectures</h1><button type="button" (click)="auth.login()">Sign in with Panopto</button>',
    `provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
    providePanopto(${CONFIG}, withPanoptoAuth({ clientId: 'bench-client', redirectUri: 'https://app.example.edu/auth/callback' }))`,
    ' readonly auth = inject(PanoptoAuthService); ',
  ),
  folders: mainFile(
    [
      HTTP,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoFolderBrowserComponent } from 'panopto-ng/folders';`,
    ].join('\n'),
    'PanoptoFolderBrowserComponent',
    '<h1>Lectures</h1><panopto-folder-browser></panopto-folder-browser>',
    `provideHttpClient(), providePanopto(${CONFIG})`,
  ),
  upload: mainFile(
    [
      HTTP,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoUploadComponent } from 'panopto-ng/upload';`,
      `import { withPanoptoUpload } from 'panopto-ng/upload/feature';`,
    ].join('\n'),
    'PanoptoUploadComponent',
    `<h1>Lectures</h1><panopto-upload folderId="${FOLDER_ID}"></panopto-upload>`,
    `provideHttpClient(), providePanopto(${CONFIG}, withPanoptoUpload())`,
  ),
  analytics: mainFile(
    [
      HTTP,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoCompletionSummaryComponent, withPanoptoAnalytics } from 'panopto-ng/analytics';`,
    ].join('\n'),
    'PanoptoCompletionSummaryComponent',
    '<h1>Lectures</h1><panopto-completion-summary [completions]="[10, 80, 100]"></panopto-completion-summary>',
    `provideHttpClient(), providePanopto(${CONFIG}, withPanoptoAnalytics())`,
  ),
  live: mainFile(
    [
      HTTP,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoLiveNowComponent, withPanoptoLive } from 'panopto-ng/live';`,
    ].join('\n'),
    'PanoptoLiveNowComponent',
    '<h1>Lectures</h1><panopto-live-now></panopto-live-now>',
    `provideHttpClient(), providePanopto(${CONFIG}, withPanoptoLive())`,
  ),
  provisioning: mainFile(
    [
      `import { inject } from '@angular/core';`,
      HTTP,
      `import { providePanopto } from 'panopto-ng';`,
      `import { PanoptoSyncReportComponent, PanoptoSyncService, withPanoptoProvisioning } from 'panopto-ng/provisioning';`,
    ].join('\n'),
    'PanoptoSyncReportComponent',
    '<h1>Courses</h1><panopto-sync-report [plan]="null"></panopto-sync-report>',
    `provideHttpClient(), providePanopto(${CONFIG}, withPanoptoProvisioning({ managedRootId: '${FOLDER_ID}' }))`,
    ' readonly sync = inject(PanoptoSyncService); ',
  ),
};
Object.assign(APPS, ENTRY_APPS);

/**
 * Strings that only the auth, upload and folders entry points contain (checked against their sources before
 * use, so their absence from the player build means something).
 */
export const FORBIDDEN_MARKERS = [
  { entry: 'auth', marker: 'code_verifier' },
  { entry: 'upload', marker: 'sessionUpload' },
  { entry: 'upload', marker: 'UploadTarget' },
  // The root folder id moved to panopto-ng/core (which the player may use); the folder browser's selector did not.
  { entry: 'folders', marker: 'panopto-folder-browser' },
];

/**
 * Selectors of the components of the entry points that `panopto-features` registers (each checked against its
 * sources before use). None may be in that app's initial JavaScript: a feature registered at the root carries
 * configuration only, and its components come with the pages that use them.
 */
export const FEATURE_COMPONENT_MARKERS = [
  { entry: 'upload', marker: 'panopto-upload' },
  { entry: 'analytics', marker: 'panopto-engagement-heatmap' },
  { entry: 'analytics', marker: 'panopto-completion-summary' },
  { entry: 'analytics', marker: 'panopto-viewer-table' },
  { entry: 'live', marker: 'panopto-live-now' },
  { entry: 'live', marker: 'panopto-live-player' },
  { entry: 'live', marker: 'panopto-schedule-broadcast' },
];
