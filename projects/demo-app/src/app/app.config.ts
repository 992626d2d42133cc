import { ApplicationConfig } from '@angular/platform-browser';
import { provideHttpClient } from '@angular/common/http';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { provideAnimations } from '@angular/platform-browser/animations';
import { providePanopto } from 'panopto-ng';
import { providePanoptoPlayer } from 'panopto-ng/player';
import { APP_ROUTES } from './app.routes';
import { DEMO_SETTINGS } from './demo-settings';

export const appConfig: ApplicationConfig = {
  providers: [
    provideRouter(APP_ROUTES, withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideAnimations(),
    provideHttpClient(),
    providePanopto({ serverUrl: DEMO_SETTINGS.serverUrl }),
    // The emulator serves its own Embed API script, with the same surface as Panopto's.
    providePanoptoPlayer({ scriptUrl: `${DEMO_SETTINGS.serverUrl}/scripts/embedapi.min.js` }),
  ],
};
