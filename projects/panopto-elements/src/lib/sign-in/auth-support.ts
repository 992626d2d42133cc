import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { panoptoAuthInterceptor, withPanoptoAuth } from 'panopto-ng/auth';
import { ElementsAuthSupport } from '../elements-config';
import { completeSignInCallback } from './sign-in-callback';

/** Sign-in for the full bundle: the auth interceptor on every Panopto call, and the callback completed on load. */
export const ELEMENTS_AUTH_SUPPORT: ElementsAuthSupport = {
  providers: (auth) => ({
    http: provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
    feature: withPanoptoAuth(auth),
  }),
  complete: completeSignInCallback,
};
