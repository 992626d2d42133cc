import { Routes } from '@angular/router';
import { panoptoAuthCallbackGuard } from 'panopto-ng/auth';

/**
 * One entry per demo page. `title` and `summary` drive the navigation and the home page; add a page here
 * when its feature lands. Pages are lazy so each one shows what its entry point costs on its own.
 */
export interface DemoPage {
  path: string;
  title: string;
  summary: string;
  load: () => Promise<unknown>;
}

export const DEMO_PAGES: DemoPage[] = [
  {
    path: 'player',
    title: 'Player',
    summary: 'A responsive <panopto-player> with live controls and an event log.',
    load: () => import('./pages/player/player-page.component').then((m) => m.PlayerPageComponent),
  },
  {
    path: 'player-grid',
    title: 'Player grid',
    summary: 'Facade players in a responsive grid: thumbnails first, the player on click.',
    load: () => import('./pages/player/player-grid-page.component').then((m) => m.PlayerGridPageComponent),
  },
  {
    path: 'player-states',
    title: 'Player states',
    summary: 'Loading, ready, login required, not viewable, error and fallback, side by side.',
    load: () => import('./pages/player/player-states-page.component').then((m) => m.PlayerStatesPageComponent),
  },
  {
    path: 'folders',
    title: 'Library',
    summary: 'Folder tree and session list side by side: lazy, virtualised, keyboard-first, with search and management.',
    load: () => import('./pages/folders/library-page.component').then((m) => m.LibraryPageComponent),
  },
  {
    path: 'folders-gallery',
    title: 'Folder states',
    summary: 'The folder tree and session list loading, empty, failing, with 3,000 children, narrow and dark.',
    load: () => import('./pages/folders/folders-gallery-page.component').then((m) => m.FoldersGalleryPageComponent),
  },
  {
    path: 'folders-bench',
    title: 'Folder benchmark',
    summary: '10,000 folders rendered with virtual scrolling next to a plain list: first rows, DOM size, keystrokes.',
    load: () => import('./pages/folders/folders-bench-page.component').then((m) => m.FoldersBenchPageComponent),
  },
  {
    path: 'recordings',
    title: 'Recordings',
    summary: 'Continue watching, and one recording managed: who can watch, viewers, tags, copies and delete.',
    load: () => import('./pages/recordings/recordings-page.component').then((m) => m.RecordingsPageComponent),
  },
  {
    path: 'recordings-states',
    title: 'Recording states',
    summary: 'Session details and continue watching loading, empty, forbidden, failing, narrow and dark.',
    load: () =>
      import('./pages/recordings/recordings-states-page.component').then((m) => m.RecordingsStatesPageComponent),
  },
  {
    path: 'rest',
    title: 'REST core',
    summary: 'Typed Panopto REST v1 client with retries, rate limiting and a live event stream.',
    load: () => import('./pages/rest/rest-page.component').then((m) => m.RestPageComponent),
  },
  {
    path: 'auth',
    title: 'Sign-in',
    summary: 'Sign in with Panopto (PKCE, public or broker mode), token refresh, and a 20-call refresh storm.',
    load: () => import('./pages/auth/auth-page.component').then((m) => m.AuthPageComponent),
  },
  {
    path: 'upload',
    title: 'Upload',
    summary: 'Resumable uploads into a folder: parallel parts, retries, pause/resume/cancel, then play the result.',
    load: () => import('./pages/upload/upload-page.component').then((m) => m.UploadPageComponent),
  },
  {
    path: 'analytics',
    title: 'Analytics',
    summary: 'Engagement from the player (heatmap, seeks, speeds), consent-gated batches, Panopto viewer statistics.',
    load: () => import('./pages/analytics/analytics-page.component').then((m) => m.AnalyticsPageComponent),
  },
  {
    path: 'live',
    title: 'Live',
    summary: 'On air now, scheduling a broadcast on a remote recorder, and a player that goes live and then on demand.',
    load: () => import('./pages/live/live-page.component').then((m) => m.LivePageComponent),
  },
  {
    path: 'captions',
    title: 'Captions',
    summary: 'Upload, check, delete and request captions; a caption picker for the player; every state, light and dark.',
    load: () => import('./pages/captions/captions-page.component').then((m) => m.CaptionsPageComponent),
  },
  {
    path: 'provisioning',
    title: 'Provisioning',
    summary: 'Course folders and enrolments kept in sync: a minimal, explained plan, dry run, resumable apply.',
    load: () =>
      import('./pages/provisioning/provisioning-page.component').then((m) => m.ProvisioningPageComponent),
  },
];

export const APP_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'panopto-ng',
    loadComponent: () => import('./pages/home/home-page.component').then((m) => m.HomePageComponent),
  },
  ...DEMO_PAGES.map((page) => ({
    path: page.path,
    title: `${page.title} · panopto-ng`,
    loadComponent: page.load as Routes[number]['loadComponent'],
  })),
  {
    path: 'auth/callback',
    title: 'Signing in · panopto-ng',
    canActivate: [panoptoAuthCallbackGuard],
    loadComponent: () => import('./auth/auth-callback.component').then((m) => m.AuthCallbackComponent),
  },
  { path: '**', redirectTo: '' },
];
