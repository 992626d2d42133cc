import {
  ApplicationRef,
  EnvironmentInjector,
  EnvironmentProviders,
  Provider,
  createEnvironmentInjector,
  ɵINJECTOR_SCOPE as INJECTOR_SCOPE,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { PANOPTO_CONFIG } from 'panopto-ng';
import { PanoptoConfigError, PanoptoError } from 'panopto-ng/core';
import { BehaviorSubject, Observable, filter, map, take } from 'rxjs';
import { ElementsAuthSupport, PanoptoElementsConfig, elementsProviders } from './elements-config';

/** The shared Panopto site once `configure()` has run, with its injector. */
interface SharedSite {
  readonly serverUrl: string;
  readonly injector: EnvironmentInjector;
  readonly config: PanoptoElementsConfig;
}

/**
 * The one Angular application behind every element of the page, and the injectors of the Panopto sites the
 * elements talk to: the shared one from `PanoptoElements.configure()`, plus one per other `server-url` an
 * element names (without sign-in: signing in is configured once, for the shared site).
 */
export class ElementsRuntime {
  private app?: Promise<ApplicationRef>;
  private pending = false;
  private authSupport: ElementsAuthSupport | null = null;
  private readonly shared = new BehaviorSubject<SharedSite | null>(null);
  private readonly sites = new Map<string, EnvironmentInjector>();
  private readonly signInFailure = new BehaviorSubject<PanoptoError | null>(null);

  /** Why completing a sign-in on this page failed (state mismatch, denied, …), or null. */
  readonly signInFailure$ = this.signInFailure.asObservable();

  /** Gives this runtime sign-in (the full bundle does, before anything else). */
  useAuth(support: ElementsAuthSupport): void {
    this.authSupport = support;
  }

  /** Starts the application (once) and resolves with it. */
  start(): Promise<ApplicationRef> {
    return (this.app ??= createApplication({ providers: [] }).then((app) => (this.appRef = app)));
  }

  /** Whether `configure()` has run. */
  get configured(): boolean {
    return this.shared.value !== null;
  }

  /**
   * Sets what every element shares. Validates at once (a `PanoptoConfigError` names the field), then completes
   * a sign-in when this page is the redirect URI with Panopto's answer in its address.
   */
  configure(config: PanoptoElementsConfig): Promise<void> {
    if (this.shared.value || this.pending) {
      throw new PanoptoConfigError(
        'PanoptoElements.configure()',
        'was already called on this page; call it once, before or after the elements are in the page.',
      );
    }
    // Validated here, synchronously, so a wrong value throws where the page called configure().
    const providers = elementsProviders(config, this.authSupport);
    this.pending = true;
    return this.install(config, providers);
  }

  private async install(config: PanoptoElementsConfig, providers: ReturnType<typeof elementsProviders>): Promise<void> {
    const app = await this.start();
    const injector = siteInjector(providers, app.injector, 'panopto-elements');
    const serverUrl = injector.get(PANOPTO_CONFIG).serverUrl;
    this.sites.set(serverUrl, injector);
    if (config.auth && this.authSupport) {
      const failure = await this.authSupport.complete(injector, config.auth.redirectUri);
      if (failure) this.signInFailure.next(failure);
    }
    this.shared.next({ serverUrl, injector, config });
  }

  /** The shared site's injector, when configured (null otherwise). */
  get sharedInjector(): EnvironmentInjector | null {
    return this.shared.value?.injector ?? null;
  }

  /**
   * The injector for an element: the shared site's when the element names no `server-url` (waiting for
   * `configure()` if needed) or names the same one; else one of its own for that site.
   */
  injectorFor(serverUrl: string | null): Observable<EnvironmentInjector> {
    return this.shared.pipe(
      filter((site) => site !== null || !!serverUrl),
      take(1),
      map((site) => {
        if (!serverUrl) return (site as SharedSite).injector;
        return this.ownSiteInjector(serverUrl, site);
      }),
    );
  }

  private ownSiteInjector(serverUrl: string, site: SharedSite | null): EnvironmentInjector {
    const parent = this.appInjector();
    // Validated like configure()'s serverUrl; the resolved form is the cache key (trailing slash, case).
    const own = siteInjector(
      elementsProviders({ serverUrl, ...(site?.config.player ? { player: site.config.player } : {}) }, null),
      parent,
      `panopto-elements ${serverUrl}`,
    );
    const resolved = own.get(PANOPTO_CONFIG).serverUrl;
    const known = this.sites.get(resolved);
    if (known) {
      own.destroy();
      return known;
    }
    this.sites.set(resolved, own);
    return own;
  }

  private appInjector(): EnvironmentInjector {
    if (!this.appRef) throw new PanoptoError('panopto-elements: the application is not started yet.');
    return this.appRef.injector;
  }

  /** Set once `start()` resolved; the elements are only defined after that. */
  appRef?: ApplicationRef;
}

/**
 * The injector of one Panopto site, a child of the application's. It is a `root`-scoped injector: the library's
 * `providedIn: 'root'` services (`PanoptoApi`, `PanoptoAuthService`, the upload and live services) are then made
 * here, next to this site's `PANOPTO_CONFIG`, rather than in the application's injector, which has none, and two
 * sites on one page get a client each. (Angular's own `createApplication()` marks its injector the same way.)
 */
function siteInjector(
  providers: (Provider | EnvironmentProviders)[],
  parent: EnvironmentInjector,
  name: string,
): EnvironmentInjector {
  return createEnvironmentInjector([{ provide: INJECTOR_SCOPE, useValue: 'root' }, ...providers], parent, name);
}

/** The page's one runtime (one per loaded bundle). */
export const elementsRuntime = new ElementsRuntime();
