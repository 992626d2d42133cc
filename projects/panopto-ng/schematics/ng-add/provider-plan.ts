import { findExistingSetup } from './existing-setup';
import { Edit, addAuthInterceptor, addFeatureArgument } from './http-interceptor-edit';
import { PanoptoSetup } from './options';
import {
  CodePiece,
  authFeature,
  classInterceptorProvider,
  httpClientModule,
  httpClientProvider,
  panoptoProvider,
} from './provider-code';
import { settingDifferences } from './setting-differences';
import { shown } from './setup-result';
import { findCalls, ts } from './source-file';

/** What one file needs so that the app has HttpClient, panopto-ng and, when asked, sign-in. */
export interface ProviderPlan {
  /** New entries for the `providers` array, in order. */
  readonly providers: CodePiece[];
  /** New entries for an NgModule's `imports` (`HttpClientModule`). */
  readonly moduleImports: CodePiece[];
  /** Changes inside code already there (the interceptor into an existing `provideHttpClient`). */
  readonly edits: Edit[];
  /** Steps left to the developer, each with the code to write. */
  readonly manual: string[];
  /** Settings already in the file with other values than the ones given (left as they are). */
  readonly differences: string[];
}

/**
 * Compares what the file already sets up with what `setup` asks for. The library needs `HttpClient`, and
 * sign-in needs the interceptor on it, so both are added when missing: in the standalone form
 * (`provideHttpClient(withInterceptors([panoptoAuthInterceptor]))`) or the NgModule form (`HttpClientModule`
 * and the class interceptor), as the README shows.
 */
export function planProviders(
  path: string,
  source: ts.SourceFile,
  setup: PanoptoSetup,
  style: 'standalone' | 'ngModule',
): ProviderPlan {
  const existing = findExistingSetup(source);
  const plan: ProviderPlan = {
    providers: [],
    moduleImports: [],
    edits: [],
    manual: [],
    differences: settingDifferences(path, source, setup),
  };
  const needsInterceptor = setup.auth !== null && !existing.authInterceptor;
  const httpCalls = existing.provideHttpClientCalls;
  let classInterceptor = false;

  if (httpCalls.length === 0 && !existing.httpClientModule) {
    if (style === 'standalone') {
      plan.providers.push(httpClientProvider(needsInterceptor));
    } else {
      plan.moduleImports.push(httpClientModule);
      classInterceptor = needsInterceptor;
    }
  } else if (needsInterceptor) {
    const edit = httpCalls.length === 1 ? addAuthInterceptor(path, source, httpCalls[0]) : null;
    if (edit) plan.edits.push(edit);
    else if (httpCalls.length === 0) classInterceptor = true;
    else {
      plan.manual.push(
        `Add the sign-in interceptor to your HttpClient in ${shown(path)}: ` +
          `provideHttpClient(withInterceptors([panoptoAuthInterceptor])), with ` +
          `import { panoptoAuthInterceptor } from 'panopto-ng/auth';`,
      );
    }
  }

  const addAuth = setup.auth && !existing.auth ? setup.auth : null;
  if (!existing.panopto) plan.providers.push(panoptoProvider(setup, addAuth));
  else if (addAuth) {
    // Sign-in is a feature of the providePanopto() call already there: add it as its last argument.
    const calls = [...findCalls(source, 'providePanopto'), ...findCalls(source, 'PanoptoModule.forRoot')];
    const feature = authFeature(setup, addAuth);
    if (calls.length === 1) plan.edits.push(addFeatureArgument(path, calls[0], feature));
    else {
      plan.manual.push(
        `Add sign-in to your providePanopto(...) call in ${shown(path)}: ${feature.code}, with ` +
          `import { withPanoptoAuth } from 'panopto-ng/auth';`,
      );
    }
  }
  if (classInterceptor) plan.providers.push(classInterceptorProvider);
  return plan;
}
