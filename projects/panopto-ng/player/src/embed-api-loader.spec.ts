import { NgFor } from '@angular/common';
import { Component } from '@angular/core';
import { TestBed, fakeAsync, tick } from '@angular/core/testing';
import { PANOPTO_SITE, PanoptoConfigError, PanoptoError, providePanopto, validatePanoptoSite } from 'panopto-ng';
import { FakeEmbedApi, installFakeEmbedApi } from 'panopto-ng/testing';
import { PanoptoEmbedWindow } from './embed-api-types';
import { PanoptoEmbedApiLoader } from './embed-api-loader';
import { PanoptoPlayerComponent } from './panopto-player.component';
import {
  PANOPTO_CSP_NONCE,
  PANOPTO_PLAYER_CONFIG,
  providePanoptoPlayer,
  validatePanoptoPlayerConfig,
  withPanoptoPlayer,
} from './player-config';
import { PanoptoPlayerError } from './player-error';
import { isPanoptoSessionId } from './guid';
import { isGuid } from 'panopto-ng/core';

const ID = '11111111-2222-4333-8444-555555555555';
const win = window as unknown as Window & PanoptoEmbedWindow;

@Component({
  standalone: true,
  imports: [PanoptoPlayerComponent, NgFor],
  template: `<panopto-player *ngFor="let i of [1, 2, 3]" [sessionId]="id"></panopto-player>`,
})
class ThreePlayersComponent {
  id = ID;
}

describe('PanoptoEmbedApiLoader', () => {
  let scripts: HTMLScriptElement[];
  let fake: FakeEmbedApi | null;

  beforeEach(() => {
    fake = null;
    scripts = [];
    // Capture the script instead of fetching it: the test plays the browser's part (load/error events).
    const realAppend = document.head.appendChild.bind(document.head);
    spyOn(document.head, 'appendChild').and.callFake(<T extends Node>(node: T): T => {
      if (node instanceof HTMLScriptElement && node.hasAttribute('data-panopto-embed-api')) {
        scripts.push(node);
        return node;
      }
      return realAppend(node);
    });
    TestBed.configureTestingModule({
      providers: [
        providePanoptoPlayer({ scriptUrl: 'https://scripts.example.test/embedapi.min.js', loadTimeoutMs: 5000 }),
        { provide: PANOPTO_CSP_NONCE, useValue: 'n0nce' },
        { provide: PANOPTO_SITE, useValue: validatePanoptoSite({ serverUrl: 'https://myuni.hosted.panopto.com' }) },
      ],
    });
  });

  afterEach(() => {
    fake?.uninstall();
    delete win.onPanoptoEmbedApiReady;
  });

  /** What Panopto's script does when it has run: define the globals, then call the page's callback. */
  function scriptRuns(): void {
    fake = installFakeEmbedApi();
    win.onPanoptoEmbedApiReady?.();
  }

  it('injects one script, with the nonce, for three players, and builds all three when it loads', async () => {
    const fixture = TestBed.createComponent(ThreePlayersComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(scripts.length).toBe(1);
    expect(scripts[0].src).toBe('https://scripts.example.test/embedapi.min.js');
    expect(scripts[0].getAttribute('nonce')).toBe('n0nce');
    expect(scripts[0].async).toBeTrue();

    scriptRuns();
    await fixture.whenStable();
    expect(fake?.players.length).toBe(3);
    expect(scripts.length).toBe(1);
  });

  it('keeps the page’s own onPanoptoEmbedApiReady: calls it, then puts it back', async () => {
    const pageCallback = jasmine.createSpy('pageCallback');
    win.onPanoptoEmbedApiReady = pageCallback;
    const loader = TestBed.inject(PanoptoEmbedApiLoader);
    const loaded = loader.load();
    expect(win.onPanoptoEmbedApiReady).not.toBe(pageCallback);
    scriptRuns();
    await expectAsync(loaded).toBeResolved();
    expect(pageCallback).toHaveBeenCalledTimes(1);
    expect(win.onPanoptoEmbedApiReady).toBe(pageCallback);
  });

  it('rejects every waiting caller on a load error, then retries with a fresh script', async () => {
    const loader = TestBed.inject(PanoptoEmbedApiLoader);
    const first = loader.load();
    const second = loader.load();
    expect(first).toBe(second);
    scripts[0].dispatchEvent(new Event('error'));
    await expectAsync(first).toBeRejectedWith(jasmine.any(PanoptoPlayerError));
    await expectAsync(second).toBeRejected();
    expect(win.onPanoptoEmbedApiReady).toBeUndefined();

    const retry = loader.load();
    expect(scripts.length).toBe(2);
    expect(retry).not.toBe(first);
    scriptRuns();
    const globals = await retry;
    expect(typeof globals.EmbedApi).toBe('function');
  });

  it('gives up after loadTimeoutMs and lets a later load try again', fakeAsync(() => {
    const loader = TestBed.inject(PanoptoEmbedApiLoader);
    let error: PanoptoPlayerError | undefined;
    loader.load().catch((e) => (error = e));
    tick(4999);
    expect(error).toBeUndefined();
    tick(1);
    expect(error?.code).toBe('scriptLoadFailed');
    expect(error?.message).toContain('5000 ms');
    loader.load().catch(() => undefined);
    expect(scripts.length).toBe(2);
    tick(5000);
  }));

  it('does not take a clobbered global (an element id) for the API', async () => {
    (win as unknown as Record<string, unknown>)['EmbedApi'] = document.createElement('div');
    try {
      const loader = TestBed.inject(PanoptoEmbedApiLoader);
      const loading = loader.load();
      expect(scripts.length).toBe(1);
      delete (win as unknown as Record<string, unknown>)['EmbedApi'];
      scriptRuns();
      await expectAsync(loading).toBeResolved();
    } finally {
      if (!fake) delete (win as unknown as Record<string, unknown>)['EmbedApi'];
    }
  });
});

describe('providePanoptoPlayer validation', () => {
  function fieldOf(config: unknown): string {
    try {
      validatePanoptoPlayerConfig(config as never);
    } catch (e) {
      if (e instanceof PanoptoConfigError) return e.field;
      throw e;
    }
    return '';
  }

  it('names the wrong field', () => {
    expect(fieldOf({ scriptUrl: 'http://evil.example.com/x.js' })).toBe('player.scriptUrl');
    expect(fieldOf({ scriptUrl: 'not a url' })).toBe('player.scriptUrl');
    expect(fieldOf({ loadTimeoutMs: 0 })).toBe('player.loadTimeoutMs');
    expect(fieldOf({ notViewableTimeoutMs: 'soon' })).toBe('player.notViewableTimeoutMs');
    expect(fieldOf({ scripturl: 'x' })).toBe('player.scripturl');
    expect(fieldOf({ loadApi: 'no' })).toBe('player.loadApi');
    expect(fieldOf({})).toBe('');
  });

  it('accepts the emulator’s script on localhost', () => {
    const c = validatePanoptoPlayerConfig({ scriptUrl: 'http://localhost:4300/scripts/embedapi.min.js' });
    expect(c.scriptUrl).toBe('http://localhost:4300/scripts/embedapi.min.js');
    expect(c.loadTimeoutMs).toBe(10000);
  });
});

describe('withPanoptoPlayer (and the deprecated providePanoptoPlayer)', () => {
  it('registers the validated options as a player feature of providePanopto()', () => {
    const feature = withPanoptoPlayer({ loadTimeoutMs: 7000 });
    expect(feature.kind).toBe('player');
    TestBed.configureTestingModule({
      providers: [providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature)],
    });
    expect(TestBed.inject(PANOPTO_PLAYER_CONFIG).loadTimeoutMs).toBe(7000);
  });

  it('still works through the deprecated providePanoptoPlayer()', () => {
    TestBed.configureTestingModule({ providers: [providePanoptoPlayer({ loadTimeoutMs: 6000 })] });
    expect(TestBed.inject(PANOPTO_PLAYER_CONFIG).loadTimeoutMs).toBe(6000);
  });

  it('fails at startup naming the field', () => {
    expect(() => withPanoptoPlayer({ loadTimeoutMs: -1 })).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.field === 'player.loadTimeoutMs',
    );
  });
});

describe('PanoptoPlayerError', () => {
  it('belongs to the PanoptoError family with its code', () => {
    const error = new PanoptoPlayerError('scriptLoadFailed', 'x');
    expect(error).toBeInstanceOf(PanoptoError);
    expect(error.code).toBe('scriptLoadFailed');
    expect(error.name).toBe('PanoptoPlayerError');
  });
});

describe('isPanoptoSessionId (deprecated alias of isGuid)', () => {
  it('still answers like isGuid', () => {
    expect(isPanoptoSessionId(ID)).toBeTrue();
    expect(isPanoptoSessionId('../users/me')).toBeFalse();
    expect(isPanoptoSessionId).toBe(isGuid);
  });
});
