// The element wrappers in a real DOM, registered with @angular/elements as the bundles do: attributes reach the
// components' inputs, outputs arrive as CustomEvents with their detail, methods are forwarded, removing an
// element destroys its component, shadow roots keep the page's CSS out. The Embed API is panopto-ng/testing's fake.
import { reflectComponentType, Type } from '@angular/core';
import { PanoptoAnalyticsModule } from 'panopto-ng/analytics';
import { PanoptoConfigError } from 'panopto-ng/core';
import * as folders from 'panopto-ng/folders';
import * as live from 'panopto-ng/live';
import * as player from 'panopto-ng/player';
import * as upload from 'panopto-ng/upload';
import { FakeEmbedApi, installFakeEmbedApi } from 'panopto-ng/testing';
import { ALL_ELEMENTS } from './element-definitions';
import { PANOPTO_ELEMENT_NAMES, PANOPTO_ELEMENT_PREFIX } from './element-names';
import { wrappedInstance } from './element-wrapper';
import { ElementsRuntime } from './elements-runtime';
import { PanoptoElementsApi, startPanoptoElements } from './panopto-elements-api';
import { ELEMENTS_AUTH_SUPPORT } from './sign-in/auth-support';
import { PANOPTO_ELEMENTS_VERSION } from '../version';

const SESSION = '8d8ec2a4-9c0a-4b57-9a1e-b0f1010e6a11';
// Nothing listens on port 1: a sign-in's discovery request fails at once, offline too.
const SERVER = 'http://localhost:1';

let fake: FakeEmbedApi;
let api: PanoptoElementsApi;
const added: HTMLElement[] = [];

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.appendChild(el);
  added.push(el);
  return el;
}

/** Resolves after Angular Elements' scheduled work (inputs are applied before the next frame). */
function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function events(el: HTMLElement, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

beforeAll(async () => {
  fake = installFakeEmbedApi();
  api = startPanoptoElements(ALL_ELEMENTS, PANOPTO_ELEMENTS_VERSION, ELEMENTS_AUTH_SUPPORT);
  await api.whenDefined();
  await api.configure({
    serverUrl: SERVER,
    retry: { maxRetries: 0 },
    auth: { clientId: 'panopto-ng-test', redirectUri: `${location.origin}/auth/callback` },
  });
});

afterAll(() => fake.uninstall());

afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

describe('element names', () => {
  it('registers every element under the panopto-wc- prefix', () => {
    for (const name of Object.values(PANOPTO_ELEMENT_NAMES)) {
      expect(name.startsWith(PANOPTO_ELEMENT_PREFIX)).withContext(name).toBeTrue();
      expect(customElements.get(name)).withContext(name).toBeDefined();
    }
    expect(api.elements).toEqual(ALL_ELEMENTS.map((d) => d.name) as typeof api.elements);
  });

  it("never clashes with a selector of the library's components", () => {
    const exported = [player, folders, live, upload, { PanoptoAnalyticsModule }].flatMap((m) => Object.values(m));
    const selectors = exported
      .map((value) => (typeof value === 'function' ? reflectComponentType(value as Type<unknown>) : null))
      .filter((mirror) => mirror !== null)
      .map((mirror) => mirror?.selector ?? '');
    expect(selectors).toContain('panopto-player');
    expect(selectors).toContain('panopto-folder-browser');
    for (const selector of selectors) {
      expect(selector.startsWith(PANOPTO_ELEMENT_PREFIX)).withContext(selector).toBeFalse();
    }
  });

  it('is configured once per page', () => {
    expect(api.configured).toBeTrue();
    expect(() => api.configure({ serverUrl: SERVER })).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('once'),
    );
  });
});

describe('<panopto-wc-player>', () => {
  it('passes kebab-case attributes to the inputs, coerced', async () => {
    const el = add('panopto-wc-player', { 'session-id': SESSION, 'show-title': 'false', 'start-time': '30' });
    await until(() => fake.players.some((p) => p.options.sessionId === SESSION), 'the Embed API player');
    const options = fake.last.options;
    expect(options.serverName).toBe('localhost:1');
    expect(options.videoParams?.['showtitle']).toBe('false');
    expect(options.videoParams?.['start']).toBe('30');
    expect(wrappedInstance<player.PanoptoPlayerComponent>(el)?.sessionId).toBe(SESSION);
  });

  it('dispatches outputs as CustomEvents with kebab-case names and typed detail', async () => {
    const el = add('panopto-wc-player', { 'session-id': SESSION });
    const ready = events(el, 'ready');
    const states = events(el, 'state-change');
    const rates = events(el, 'playback-rate-change');
    await until(() => fake.players.some((p) => p.options.sessionId === SESSION && !p.destroyed), 'the player');
    fake.last.fireIframeReady();
    fake.last.fireReady();
    await until(() => ready.length === 1, 'ready');
    fake.last.fireStateChange(1);
    fake.last.firePlaybackRateChange(1.5);
    await until(() => states.length === 1 && rates.length === 1, 'state-change and playback-rate-change');
    expect(states[0].detail).toBe(1);
    expect(rates[0].detail).toBe(1.5);
    expect(states[0].bubbles).toBeFalse();
  });

  it('forwards methods to the player; before it is connected they say so', async () => {
    const detached = document.createElement('panopto-wc-player') as HTMLElement & { play(): void };
    expect(() => detached.play()).toThrowMatching((e) => /not ready yet/.test((e as Error).message));
    const el = add('panopto-wc-player', { 'session-id': SESSION }) as HTMLElement & {
      play(): void;
      seekTo(s: number): void;
    };
    await until(() => fake.players.some((p) => p.options.sessionId === SESSION && !p.destroyed), 'the player');
    fake.last.fireIframeReady();
    fake.last.fireReady();
    el.play();
    el.seekTo(42);
    expect(fake.last.count('playVideo')).toBe(1);
    expect(fake.last.calls.find((c) => c.method === 'seekTo')?.args[0]).toBe(42);
  });

  it('rebuilds when session-id changes after start', async () => {
    const other = 'aaaaaaaa-9c0a-4b57-9a1e-b0f1010e6a11';
    const el = add('panopto-wc-player', { 'session-id': SESSION });
    await until(() => fake.players.some((p) => p.options.sessionId === SESSION && !p.destroyed), 'the first player');
    el.setAttribute('session-id', other);
    await until(() => fake.players.some((p) => p.options.sessionId === other), 'the second player');
  });

  it('uses its own server-url for this element only', async () => {
    add('panopto-wc-player', { 'session-id': SESSION, 'server-url': 'https://otheruni.hosted.panopto.com' });
    await until(
      () => fake.players.some((p) => p.options.serverName === 'otheruni.hosted.panopto.com'),
      'a player on the other site',
    );
  });

  it('cleans up when removed: the Embed API player is destroyed and events stop', async () => {
    const el = add('panopto-wc-player', { 'session-id': SESSION });
    const states = events(el, 'state-change');
    await until(() => fake.players.some((p) => p.options.sessionId === SESSION && !p.destroyed), 'the player');
    const embed = fake.last;
    el.remove();
    // Angular Elements destroys a disconnected element's component after a short delay (it may be moved back).
    await until(() => embed.destroyed, 'the Embed API player destroyed');
    expect(wrappedInstance(el)).toBeNull();
    expect(el.querySelector('panopto-player')).toBeNull();
    embed.fireStateChange(1);
    await frame();
    expect(states.length).toBe(0);
  });

  it("is not restyled by the page's generic rules", async () => {
    const style = document.createElement('style');
    style.textContent = 'div { padding: 23px; } iframe { border: 7px solid red; }';
    document.head.appendChild(style);
    try {
      const el = add('panopto-wc-player', { 'session-id': SESSION });
      await until(() => !!el.querySelector('.panopto-player__embed'), 'the player container');
      expect(getComputedStyle(el.querySelector('.panopto-player__embed') as HTMLElement).paddingTop).toBe('0px');
    } finally {
      style.remove();
    }
  });
});

describe('elements in a shadow root', () => {
  it('<panopto-wc-folder-browser> keeps the tree in its shadow root; --panopto-* properties reach it', async () => {
    const style = document.createElement('style');
    style.textContent = '[role=tree] { display: none !important; } .themed { --panopto-color-accent: rgb(1, 2, 3); }';
    document.head.appendChild(style);
    const wrapper = document.createElement('div');
    wrapper.className = 'themed';
    document.body.appendChild(wrapper);
    try {
      const el = document.createElement('panopto-wc-folder-browser');
      el.setAttribute('hide-search', '');
      wrapper.appendChild(el);
      await until(() => !!el.shadowRoot?.querySelector('[role=tree]'), 'the tree in the shadow root');
      const tree = el.shadowRoot?.querySelector('[role=tree]') as HTMLElement;
      expect(getComputedStyle(tree).display).not.toBe('none');
      expect(wrappedInstance<folders.PanoptoFolderBrowserComponent>(el)?.hideSearch).toBeTrue();
      expect(getComputedStyle(tree).getPropertyValue('--panopto-color-accent').trim()).toBe('rgb(1, 2, 3)');
      expect(document.querySelector('[role=tree]')).toBeNull();
    } finally {
      wrapper.remove();
      style.remove();
    }
  });

  it('reports a wrong attribute value naming the attribute, and keeps working', async () => {
    const errors = spyOn(console, 'error');
    const el = add('panopto-wc-folder-browser', { 'row-height': 'tall' });
    await until(() => !!el.shadowRoot?.querySelector('panopto-folder-browser'), 'the folder browser');
    const reported = errors.calls.allArgs().flat();
    expect(
      reported.some(
        (e) => e instanceof PanoptoConfigError && e.message.includes('<panopto-wc-folder-browser row-height>'),
      ),
    ).toBeTrue();
    expect(wrappedInstance<folders.PanoptoFolderBrowserComponent>(el)?.rowHeight).toBe(36);
  });

  it('<panopto-wc-upload folder-id> reaches the upload component', async () => {
    const folderId = 'b1f4c0de-0000-4000-8000-000000000001';
    const el = add('panopto-wc-upload', { 'folder-id': folderId, 'auto-start': '' });
    await until(() => !!wrappedInstance(el), 'the upload component');
    const component = wrappedInstance<upload.PanoptoUploadComponent>(el);
    expect(component?.folderId).toBe(folderId);
    expect(component?.autoStart).toBeTrue();
    expect(el.shadowRoot?.querySelector('input[type=file]')).not.toBeNull();
  });

  it('<panopto-wc-sign-in> offers sign-in and reports a failed start as sign-in-error', async () => {
    const el = add('panopto-wc-sign-in', { 'sign-in-label': 'Log in to video' });
    const failures = events(el, 'sign-in-error');
    await until(() => !!el.shadowRoot?.querySelector('button'), 'the sign-in button');
    const button = el.shadowRoot?.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Log in to video');
    button.click();
    await until(() => failures.length === 1, 'sign-in-error', 10000);
    expect(failures[0].detail.code).toEqual(jasmine.any(String));
    await until(() => !!el.shadowRoot?.querySelector('[role=alert]'), 'the failure shown');
  });
});

describe('ElementsRuntime', () => {
  it('makes elements without server-url wait for configure()', () => {
    const runtime = new ElementsRuntime();
    let got = false;
    const sub = runtime.injectorFor(null).subscribe(() => (got = true));
    expect(got).toBeFalse();
    sub.unsubscribe();
  });
});
