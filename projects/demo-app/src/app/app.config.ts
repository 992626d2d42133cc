import { ApplicationConfig } from '@angular/platform-browser';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { provideAnimations } from '@angular/platform-browser/animations';
import { NgZone } from '@angular/core';
import { PANOPTO_CLOCK, providePanopto, providePanoptoLanguages } from 'panopto-ng';
import { PANOPTO_ANALYTICS_AR, PANOPTO_ANALYTICS_FR } from 'panopto-ng/analytics';
import { PANOPTO_CAPTIONS_AR, PANOPTO_CAPTIONS_FR } from 'panopto-ng/captions';
import { PANOPTO_FOLDERS_AR, PANOPTO_FOLDERS_FR } from 'panopto-ng/folders';
import { PANOPTO_LIVE_AR, PANOPTO_LIVE_FR } from 'panopto-ng/live';
import { PANOPTO_PROVISIONING_AR, PANOPTO_PROVISIONING_FR } from 'panopto-ng/provisioning';
import { PANOPTO_UPLOAD_AR, PANOPTO_UPLOAD_FR } from 'panopto-ng/upload';
import { panoptoAuthInterceptor, withPanoptoAuth } from 'panopto-ng/auth';
import { withPanoptoPlayer } from 'panopto-ng/player';
import { APP_ROUTES } from './app.routes';
import { DEMO_SETTINGS } from './demo-settings';
import { demoAuthMode } from './auth/demo-auth-settings';
import { demoClock } from './auth/demo-clock';

export const appConfig: ApplicationConfig = {
  providers: [
    provideRouter(APP_ROUTES, withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideAnimations(),
    provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
    providePanopto(
      { serverUrl: DEMO_SETTINGS.serverUrl },
      // Sign in with Panopto: public mode by default, broker mode when chosen on the Sign-in page.
      // `profile` puts the user's name into the ID token.
      withPanoptoAuth({
        redirectUri: DEMO_SETTINGS.redirectUri,
        scopes: ['openid', 'profile', 'api', 'offline_access'],
        ...(demoAuthMode() === 'broker'
          ? { clientId: 'panopto-ng-broker', mode: 'broker' as const, brokerUrl: DEMO_SETTINGS.brokerUrl }
          : { clientId: DEMO_SETTINGS.clientId }),
      }),
      // The emulator serves its own Embed API script, with the same surface as Panopto's.
      withPanoptoPlayer({ scriptUrl: `${DEMO_SETTINGS.serverUrl}/scripts/embedapi.min.js` }),
    ),
    // The translations the header's language switch offers (shell/demo-languages.ts); English is the default.
    providePanoptoLanguages(
      PANOPTO_CAPTIONS_FR,
      PANOPTO_CAPTIONS_AR,
      PANOPTO_ANALYTICS_FR,
      PANOPTO_ANALYTICS_AR,
      PANOPTO_LIVE_FR,
      PANOPTO_LIVE_AR,
      PANOPTO_PROVISIONING_FR,
      PANOPTO_PROVISIONING_AR,
      PANOPTO_UPLOAD_FR,
      PANOPTO_UPLOAD_AR,
      PANOPTO_FOLDERS_FR,
      PANOPTO_FOLDERS_AR,
    ),
    // A clock the Sign-in page can move forward to show sleep/resume (see auth/demo-clock.ts).
    { provide: PANOPTO_CLOCK, useFactory: demoClock, deps: [NgZone] },
  ],
};
