import { EnvironmentProviders, ModuleWithProviders, NgModule, Provider, makeEnvironmentProviders } from '@angular/core';
import { PANOPTO_CONFIG, PanoptoConfig } from './panopto-config';
import { validatePanoptoConfig } from './validate-config';

/** Kinds of optional features that `providePanopto()` accepts after the config. */
export type PanoptoFeatureKind = 'logger' | 'auth' | 'other';

/**
 * An optional feature for `providePanopto(config, ...features)`, built by a `with…()` function such as
 * `withPanoptoLogger()`; the same shape as `provideHttpClient(withInterceptors(...))`.
 */
export interface PanoptoFeature {
  readonly kind: PanoptoFeatureKind;
  readonly providers: Provider[];
}

/**
 * Sets up panopto-ng for a standalone app. The config is validated immediately, so a wrong value fails at
 * startup with a message naming the field.
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
  const resolved = validatePanoptoConfig(config);
  return makeEnvironmentProviders([
    { provide: PANOPTO_CONFIG, useValue: resolved },
    ...features.flatMap((feature) => feature.providers),
  ]);
}

/**
 * The NgModule form of `providePanopto()` for apps that bootstrap an NgModule.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [HttpClientModule, PanoptoModule.forRoot({ serverUrl: 'https://myuni.hosted.panopto.com' })] })
 * export class AppModule {}
 * ```
 */
@NgModule()
export class PanoptoModule {
  static forRoot(config: PanoptoConfig, ...features: PanoptoFeature[]): ModuleWithProviders<PanoptoModule> {
    const resolved = validatePanoptoConfig(config);
    return {
      ngModule: PanoptoModule,
      providers: [{ provide: PANOPTO_CONFIG, useValue: resolved }, ...features.flatMap((f) => f.providers)],
    };
  }
}
