import { EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { PANOPTO_CALLBACK_ERROR, panoptoAuthCallbackGuard, panoptoAuthGuard } from './auth-guards';
import {
  FakeIdp,
  REDIRECT,
  createKit,
  flushJwks,
  isTokenRequest,
  signIn,
  waitForRequests,
} from '../testing-support/auth-test-kit';

function run<T>(fn: () => T): T {
  return TestBed.inject(EnvironmentInjector).runInContext(fn);
}
const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url } as RouterStateSnapshot);

describe('panoptoAuthGuard and panoptoAuthCallbackGuard', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  it('lets a signed-in user through', async () => {
    const kit = createKit({ extraProviders: [provideRouter([])] });
    await signIn(kit, idp);
    expect(await run(() => panoptoAuthGuard(route, state('/private')))).toBeTrue();
  });

  it('sends a signed-out user to sign-in with the requested URL and emits loginRequired', async () => {
    const kit = createKit({ extraProviders: [provideRouter([])] });
    expect(await run(() => panoptoAuthGuard(route, state('/private?tab=2')))).toBeFalse();
    expect(kit.events).toEqual([jasmine.objectContaining({ type: 'loginRequired', url: '/private?tab=2' })]);
    expect(kit.redirects.length).toBe(1);
    const pendingState = new URL(kit.redirects[0]).searchParams.get('state');
    expect(kit.storage.getItem(`panopto-ng.auth.spa-client.pending.${pendingState}`)).toContain(
      '"returnUrl":"/private?tab=2"',
    );
  });

  it('the callback guard completes sign-in and navigates to the return URL', async () => {
    const kit = createKit({ extraProviders: [provideRouter([])] });
    await kit.service.login('/after?x=1');
    const authorize = new URL(kit.redirects[0]);
    const original = location.pathname + location.search;
    // The guard reads the current location, as it would on the real /auth/callback page.
    history.replaceState(history.state, '', `${location.pathname}?code=c&state=${authorize.searchParams.get('state')}`);
    try {
      const result = run(() => panoptoAuthCallbackGuard(route, state('/auth/callback'))) as Promise<boolean | UrlTree>;
      const [req] = await waitForRequests(kit.http, isTokenRequest);
      req.flush({
        access_token: 'a',
        expires_in: 3600,
        id_token: await idp.idToken({ nonce: authorize.searchParams.get('nonce') }, kit.clock.now()),
      });
      await flushJwks(kit, idp);
      const tree = await result;
      expect(TestBed.inject(Router).serializeUrl(tree as UrlTree)).toBe('/after?x=1');
      expect(TestBed.inject(PANOPTO_CALLBACK_ERROR).value).toBeNull();
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('the callback guard renders the route with the error when sign-in fails', async () => {
    createKit({ extraProviders: [provideRouter([])] });
    const original = location.pathname + location.search;
    history.replaceState(history.state, '', `${location.pathname}?code=c&state=forged`);
    try {
      expect(await run(() => panoptoAuthCallbackGuard(route, state('/auth/callback')))).toBeTrue();
      expect(TestBed.inject(PANOPTO_CALLBACK_ERROR).value?.code).toBe('state_mismatch');
      expect(REDIRECT).toContain('/auth/callback');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });
});
