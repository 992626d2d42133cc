// The gallery's "Signed out" card as the demo runs it: sign-in configured at the root (the header's widget has
// created the auth service), the folder tree answered 401 from memory. The card shows the library's sign-in
// prompt, and its button goes to Panopto's sign-in page through the real PanoptoAuthService.
import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import {
  MemoryTokenStorage,
  PANOPTO_AUTH_REDIRECT,
  PanoptoAuthService,
  providePanoptoAuth,
  withPanoptoTokenStorage,
} from 'panopto-ng/auth';
import { DEMO_SETTINGS } from '../../demo-settings';
import { waitUntil } from '../../testing/wait-for';
import { TEST_AUTH_ENDPOINTS } from '../provisioning/testing/test-sign-in';
import { FoldersSignedOutStateComponent } from './gallery-states';

describe('Folder states: signed out', () => {
  it('shows the sign-in prompt (not Panopto’s 401 text) whose button starts the gallery’s sign-in', async () => {
    const redirects: string[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: DEMO_SETTINGS.serverUrl }),
        providePanoptoAuth(
          { clientId: DEMO_SETTINGS.clientId, redirectUri: DEMO_SETTINGS.redirectUri, endpoints: TEST_AUTH_ENDPOINTS },
          withPanoptoTokenStorage(new MemoryTokenStorage()),
        ),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
      ],
    });
    TestBed.inject(PanoptoAuthService); // as the header's sign-in widget does at startup
    const fixture = TestBed.createComponent(FoldersSignedOutStateComponent);
    const el: HTMLElement = fixture.nativeElement;
    const prompt = () => el.querySelector<HTMLElement>('[data-panopto="sign-in-prompt"]');
    await waitUntil(() => {
      fixture.detectChanges();
      return !!prompt();
    }, 'the sign-in prompt');
    expect(el.textContent).not.toContain('Authorization');
    prompt()?.querySelector('button')?.click();
    await waitUntil(() => redirects.length === 1, 'the redirect to the sign-in page');
    expect(redirects[0].startsWith(TEST_AUTH_ENDPOINTS.authorization)).toBeTrue();
  });
});
