import { EnvironmentProviders, ModuleWithProviders, NgModule, Provider, makeEnvironmentProviders } from '@angular/core';
import { PanoptoConfigError } from 'panopto-ng/core';
import { PANOPTO_GIVEN_CONFIG, PANOPTO_SITE, PanoptoConfig } from './panopto-config';
import { validatePanoptoConfig, validatePanoptoSite } from './validate-config';

/**
 * Kinds of optional features that `providePanopto()` accepts after the config; each kind may be given once
 * (`other` any number of times).
 */
export type PanoptoFeatureKind =
  | 'logger'
  | 'auth'
  | 'player'
  | 'upload'
  | 'analytics'
  | 'live'
  | 'provisioning'
  | 'other';

/**
 * An optional feature for `providePanopto(config, ...features)` and `PanoptoModule.forRoot(config, ...features)`,
 * built by a `withPanoptoX()` function of its entry point (`withPanoptoAuth()`, `withPanoptoUpload()`, …); the
 * same shape as `provideHttpClient(withInterceptors(...))`. A feature carries configuration only: registering it
 * at the root adds no component to the app's initial bundle.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl }, withPanoptoLogger('console'), withPanoptoUpload({ concurrency: 4 }))
 * ```
 */
export interface PanoptoFeature {
  readonly kind: PanoptoFeatureKind;
  readonly providers: Provider[];
}

// Angular's development flag: production builds define it as false and drop the check it guards. A feature given
// twice is a mistake in code, the same in every build, so development builds are where it is caught.
declare const ngDevMode: boolean | undefined;

/** Throws when a feature kind (but `other`) is given twice; called in development builds only. */
function assertKindsOnce(features: readonly PanoptoFeature[]): void {
  const seen = new Set<PanoptoFeatureKind>();
  for (const feature of features) {
    if (feature.kind !== 'other' && seen.has(feature.kind)) {
      throw new PanoptoConfigError(feature.kind, `feature is given twice: pass each withPanopto…() once.`);
    }
    seen.add(feature.kind);
  }
}

/** The providers of all features (checked for duplicates in development builds, where the minifier keeps it). */
function featureProviders(features: readonly PanoptoFeature[]): Provider[] {
  if (typeof ngDevMode === 'undefined' || ngDevMode) assertKindsOnce(features);
  return features.flatMap((feature) => feature.providers);
}

/**
 * The config's providers. The site is checked here, at startup, in every build; a development build checks every
 * option here too, so a wrong `retry` fails at once. A production build leaves the REST options to
 * `PANOPTO_CONFIG`'s factory, run when the REST core first starts, so that an app that shows only players does not
 * ship their rules (issue 22's bundle line). The error names the field either way.
 */
function configProviders(config: PanoptoConfig, features: readonly PanoptoFeature[]): Provider[] {
  const site =
    typeof ngDevMode === 'undefined' || ngDevMode ? validatePanoptoConfig(config) : validatePanoptoSite(config);
  return [
    { provide: PANOPTO_SITE, useValue: site },
    { provide: PANOPTO_GIVEN_CONFIG, useValue: config },
    ...featureProviders(features),
  ];
}

/**
 * Sets up panopto-ng for a standalone app. The config is validated immediately, so a wrong value fails at
 * startup with a message naming the field (in a production build, the REST options when the REST core starts).
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideHttpClient(),
 *     providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }),
 *   ],
 * });
 * ```
 */
export function providePanopto(config: PanoptoConfig, ...features: PanoptoFeature[]): EnvironmentProviders {
  return makeEnvironmentProviders(configProviders(config, features));
}

/**
 * The NgModule form of `providePanopto()` for apps that bootstrap an NgModule, with the same features.
 *
 * @example
 * ```ts
 * @NgModule({
 *   imports: [HttpClientModule, PanoptoModule.forRoot({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoUpload())],
 * })
 * export class AppModule {}
 * ```
 */
@NgModule()
export class PanoptoModule {
  static forRoot(config: PanoptoConfig, ...features: PanoptoFeature[]): ModuleWithProviders<PanoptoModule> {
    return { ngModule: PanoptoModule, providers: configProviders(config, features) };
  }
}
