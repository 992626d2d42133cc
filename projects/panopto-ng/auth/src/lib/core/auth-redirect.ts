import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Sends the browser to the authorization endpoint; replace it in tests to capture the URL. */
export const PANOPTO_AUTH_REDIRECT = new InjectionToken<(url: string) => void>('PANOPTO_AUTH_REDIRECT', {
  providedIn: 'root',
  factory: () => {
    const doc = inject(DOCUMENT);
    return (url: string) => doc.location.assign(url);
  },
});
