import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { providePanopto } from 'panopto-ng';
import {
  MemoryTokenStorage,
  PANOPTO_AUTH_REDIRECT,
  providePanoptoAuth,
  withPanoptoTokenStorage,
} from 'panopto-ng/auth';
import { DEMO_SETTINGS } from '../demo-settings';
import { ShellComponent } from '../shell/shell.component';
import { nextRequest } from '../testing/wait-for';
import { DemoSignInService } from './demo-sign-in.service';

// The real auth service with the demo's settings; only the network is the test's (discovery is not configured,
// so sign-in fetches it first and can fail there, as it does when the emulator is not running).
describe('DemoSignInService and the shell’s sign-in alert', () => {
  let http: HttpTestingController;
  let redirects: string[];

  beforeEach(() => {
    redirects = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        providePanopto({ serverUrl: DEMO_SETTINGS.serverUrl, rateLimit: { enabled: false } }),
        providePanoptoAuth(
          { clientId: DEMO_SETTINGS.clientId, redirectUri: DEMO_SETTINGS.redirectUri },
          withPanoptoTokenStorage(new MemoryTokenStorage()),
        ),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  const isDiscovery = (url: string) => url.endsWith('/.well-known/openid-configuration');
  const issuer = `${DEMO_SETTINGS.serverUrl}/Panopto/oauth2`;

  it('shows why sign-in could not start as an alert under the header, and clears it when a new try works', async () => {
    const fixture = TestBed.createComponent(ShellComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const signIn = TestBed.inject(DemoSignInService);

    const failing = signIn.start('/folders');
    (await nextRequest(http, (r) => isDiscovery(r.url), 'discovery')).error(new ProgressEvent('error'));
    await failing;
    fixture.detectChanges();
    const alert = el.querySelector('[data-testid=sign-in-failure]') as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Sign-in could not start');
    expect(alert.textContent).toContain('openid-configuration');
    expect(redirects).toEqual([]);

    const working = signIn.start('/folders');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=sign-in-failure]')).toBeNull();
    (await nextRequest(http, (r) => isDiscovery(r.url), 'discovery')).flush({
      issuer,
      authorization_endpoint: `${issuer}/connect/authorize`,
      token_endpoint: `${issuer}/connect/token`,
      revocation_endpoint: `${issuer}/connect/revocation`,
      jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
    });
    await working;
    expect(redirects.length).toBe(1);
    expect(new URL(redirects[0]).pathname).toBe('/Panopto/oauth2/connect/authorize');
  });

  it('Dismiss hides the alert', async () => {
    const fixture = TestBed.createComponent(ShellComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const failing = TestBed.inject(DemoSignInService).start('/live');
    (await nextRequest(http, (r) => isDiscovery(r.url), 'discovery')).error(new ProgressEvent('error'));
    await failing;
    fixture.detectChanges();
    const dismiss = el.querySelector('[data-testid=sign-in-failure] button') as HTMLButtonElement;
    expect(dismiss.textContent?.trim()).toBe('Dismiss');
    dismiss.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid=sign-in-failure]')).toBeNull();
  });
});
