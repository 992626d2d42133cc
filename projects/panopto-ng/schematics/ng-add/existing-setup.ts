import { findCalls, hasAnyCall, ts, usesIdentifier } from './source-file';

/**
 * What a file already holds, so a second run adds nothing and a setup written by hand (in any of the library's
 * documented forms) is respected rather than duplicated.
 */
export interface ExistingSetup {
  readonly panopto: boolean;
  readonly auth: boolean;
  readonly authInterceptor: boolean;
  /** `HttpClientModule` is used somewhere (module imports or `importProvidersFrom`). */
  readonly httpClientModule: boolean;
  /** Every `provideHttpClient(...)` call in the file. */
  readonly provideHttpClientCalls: readonly ts.CallExpression[];
}

export function findExistingSetup(source: ts.SourceFile): ExistingSetup {
  return {
    panopto: hasAnyCall(source, ['providePanopto', 'PanoptoModule.forRoot']),
    auth: hasAnyCall(source, ['providePanoptoAuth', 'withPanoptoAuth', 'PanoptoAuthModule.forRoot']),
    authInterceptor:
      usesIdentifier(source, 'panoptoAuthInterceptor') || usesIdentifier(source, 'PanoptoAuthInterceptor'),
    httpClientModule: usesIdentifier(source, 'HttpClientModule'),
    provideHttpClientCalls: findCalls(source, 'provideHttpClient'),
  };
}
