import { Routes } from '@angular/router';

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
    path: 'rest',
    title: 'REST core',
    summary: 'Typed Panopto REST v1 client with retries, rate limiting and a live event stream.',
    load: () => import('./pages/rest/rest-page.component').then((m) => m.RestPageComponent),
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
  { path: '**', redirectTo: '' },
];
