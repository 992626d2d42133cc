import { Change, InsertChange } from '@schematics/angular/utility/change';
import { appendToArray } from './code-layout';
import { CodePiece, interceptorFeature } from './provider-code';
import { ts } from './source-file';

const INTERCEPTOR_ADDED = 'panoptoAuthInterceptor to provideHttpClient()';

/** An edit and the imports it needs. */
export interface Edit {
  readonly change: Change;
  readonly imports: CodePiece['imports'];
  /** What the edit adds, for the report: `panoptoAuthInterceptor to provideHttpClient()`. */
  readonly what: string;
}

/**
 * Adds the functional auth interceptor to an existing `provideHttpClient(...)` call: into its
 * `withInterceptors([...])` list when it has one, else as a new `withInterceptors([...])` feature. `null` when
 * the list is not written out (`withInterceptors(myInterceptors)`), since adding to it means editing code
 * the schematic cannot see.
 */
export function addAuthInterceptor(path: string, source: ts.SourceFile, call: ts.CallExpression): Edit | null {
  const existing = call.arguments.find(
    (arg): arg is ts.CallExpression => ts.isCallExpression(arg) && arg.expression.getText() === 'withInterceptors',
  );
  if (existing) {
    const list = existing.arguments[0];
    if (!list || !ts.isArrayLiteralExpression(list)) return null;
    const imports = interceptorFeature.imports.filter((i) => i.symbol !== 'withInterceptors');
    return { change: appendToArray(path, source, list, ['panoptoAuthInterceptor']), imports, what: INTERCEPTOR_ADDED };
  }
  const args = call.arguments;
  const lastArg = args[args.length - 1];
  const change = lastArg
    ? new InsertChange(path, lastArg.getEnd(), `, ${interceptorFeature.code}`)
    : new InsertChange(path, args.pos, interceptorFeature.code);
  return { change, imports: interceptorFeature.imports, what: INTERCEPTOR_ADDED };
}

/**
 * Adds a feature (such as `withPanoptoAuth(...)`) as the last argument of an existing `providePanopto(...)` or
 * `PanoptoModule.forRoot(...)` call.
 */
export function addFeatureArgument(path: string, call: ts.CallExpression, feature: CodePiece): Edit {
  const args = call.arguments;
  const lastArg = args[args.length - 1];
  const change = lastArg
    ? new InsertChange(path, lastArg.getEnd(), `, ${feature.code}`)
    : new InsertChange(path, args.pos, feature.code);
  return { change, imports: feature.imports, what: `${feature.code} to ${call.expression.getText()}()` };
}
