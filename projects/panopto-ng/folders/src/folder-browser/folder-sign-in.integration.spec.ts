// Integration (issue 16, point 6): a signed-out <panopto-folder-browser> against the running emulator, which
// answers 401 with an APIError meant for developers ("send Authorization: Bearer …"). The browser shows a
// sign-in prompt instead: with panopto-ng/auth configured its button starts the real sign-in; without it, the
// button is the app's (`signInRequested`), and there is none when nobody listens.
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import {
  MemoryTokenStorage,
  PANOPTO_AUTH_REDIRECT,
  PANOPTO_TOKEN_STORAGE,
  panoptoAuthInterceptor,
  withPanoptoAuth,
} from 'panopto-ng/auth';
import { emulatorUrl } from '../../../testing-support/emulator';
import { PanoptoFolderBrowserComponent } from './folder-browser.component';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS as TEXTS } from '../i18n/folders-texts';

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  template: `<panopto-folder-browser (signInRequested)="requests = requests + 1"></panopto-folder-browser>`,
})
class ListeningHostComponent {
  requests = 0;
}

@Component({
  standalone: true,
  imports: [PanoptoFolderBrowserComponent],
  template: `<panopto-folder-browser></panopto-folder-browser>`,
})
class SilentHostComponent {}

describe('<panopto-folder-browser> signed out, against the emulator (integration)', () => {
  let emulator: string;
  let redirects: string[];

  beforeAll(() => (emulator = emulatorUrl()));
  beforeEach(() => (redirects = []));

  function configure(withAuth: boolean): void {
    TestBed.configureTestingModule({
      providers: withAuth
        ? [
            provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
            providePanopto(
              { serverUrl: emulator },
              withPanoptoAuth({ clientId: 'panopto-ng-test', redirectUri: 'http://localhost/auth/callback' }),
            ),
            { provide: PANOPTO_TOKEN_STORAGE, useValue: new MemoryTokenStorage() },
            { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
          ]
        : [provideHttpClient(), providePanopto({ serverUrl: emulator })],
    });
  }

  /** Renders `host` and waits until the top-level load has failed (the emulator answers over real HTTP). */
  async function render<T>(host: new () => T): Promise<{ fixture: ComponentFixture<T>; el: HTMLElement }> {
    const fixture = TestBed.createComponent(host);
    const el: HTMLElement = fixture.nativeElement;
    const until = Date.now() + 15000;
    for (;;) {
      fixture.detectChanges();
      await fixture.whenStable();
      if (el.querySelector('[data-panopto="sign-in-prompt"], .pfb-row--error')) return { fixture, el };
      if (Date.now() > until) throw new Error(`No sign-in prompt and no error row: ${el.textContent}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const promptOf = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-panopto="sign-in-prompt"]');

  it('with panopto-ng/auth: a sign-in prompt, not Panopto’s 401 text, and its button starts sign-in', async () => {
    configure(true);
    const { fixture, el } = await render(SilentHostComponent);
    const prompt = promptOf(el);
    expect(prompt?.textContent).toContain(TEXTS.signInMessage);
    expect(el.textContent).not.toContain('Authorization');
    expect(el.querySelector('.pfb-row--error')).withContext('no Retry row: signing in fixes this').toBeNull();
    const button = prompt?.querySelector('button');
    expect(button?.textContent?.trim()).toBe(TEXTS.signInButton);
    button?.click();
    const until = Date.now() + 10000;
    while (!redirects.length && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    const authorize = new URL(redirects[0]);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${emulator}/Panopto/oauth2/connect/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe('panopto-ng-test');
    fixture.destroy();
  });

  it('without panopto-ng/auth: the button is the app’s (signInRequested), and absent when nobody listens', async () => {
    configure(false);
    const listening = await render(ListeningHostComponent);
    expect(promptOf(listening.el)?.textContent).toContain(TEXTS.signInMessage);
    promptOf(listening.el)?.querySelector('button')?.click();
    expect(listening.fixture.componentInstance.requests).toBe(1);
    listening.fixture.destroy();

    const silent = await render(SilentHostComponent);
    expect(promptOf(silent.el)?.textContent).toContain(TEXTS.signInMessage);
    expect(promptOf(silent.el)?.querySelector('button')).toBeNull();
    silent.fixture.destroy();
  });
});
