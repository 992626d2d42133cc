import { dirname, join, normalize } from '@angular-devkit/core';
import { Tree } from '@angular-devkit/schematics';
import { shown } from './setup-result';
import { readSource, ts } from './source-file';

/**
 * Where new providers go for a `bootstrapApplication(...)` call: the `providers` array of its config, the
 * config object when it has no `providers` yet, or the call itself when it has no config.
 */
export type ProvidersTarget = { readonly path: string; readonly source: ts.SourceFile } & (
  | { readonly kind: 'array'; readonly array: ts.ArrayLiteralExpression }
  | { readonly kind: 'object'; readonly object: ts.ObjectLiteralExpression }
  | { readonly kind: 'call'; readonly call: ts.CallExpression }
);

/** The target, or the reason it cannot be found without guessing. */
export type ProvidersLookup = ProvidersTarget | { readonly kind: 'unknown'; readonly reason: string };

interface ObjectInFile {
  readonly path: string;
  readonly source: ts.SourceFile;
  readonly object: ts.ObjectLiteralExpression;
}

/** `(x)`, `x as ApplicationConfig`, `x satisfies ApplicationConfig` → `x`. */
function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current)) {
    current = current.expression;
  }
  return current;
}

/** The initializer of a top-level `const name = …` of the file. */
function topLevelInitializer(source: ts.SourceFile, name: string): ts.Expression | null {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) {
        return declaration.initializer;
      }
    }
  }
  return null;
}

/** The relative module and exported name a local name is imported from (`import { appConfig } from './app/app.config'`). */
function relativeImportOf(source: ts.SourceFile, localName: string): { module: string; name: string } | null {
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const specifier = bindings.elements.find((e) => e.name.text === localName);
    const module = statement.moduleSpecifier.text;
    if (specifier && module.startsWith('.')) return { module, name: (specifier.propertyName ?? specifier.name).text };
  }
  return null;
}

/** Follows the config argument to its object literal: inline, a local constant, or a constant in a relative import. */
function findConfigObject(tree: Tree, path: string, source: ts.SourceFile, config: ts.Expression): ObjectInFile | null {
  const expression = unwrap(config);
  if (ts.isObjectLiteralExpression(expression)) return { path, source, object: expression };
  if (!ts.isIdentifier(expression)) return null;
  const local = topLevelInitializer(source, expression.text);
  if (local) return findConfigObject(tree, path, source, local);
  const imported = relativeImportOf(source, expression.text);
  if (!imported) return null;
  const importedPath = normalize(join(dirname(normalize(path)), `${imported.module}.ts`));
  if (!tree.exists(importedPath)) return null;
  const importedSource = readSource(tree, importedPath);
  const initializer = topLevelInitializer(importedSource, imported.name);
  const object = initializer ? unwrap(initializer) : null;
  return object && ts.isObjectLiteralExpression(object) ? { path: importedPath, source: importedSource, object } : null;
}

function providersProperty(object: ts.ObjectLiteralExpression): ts.ObjectLiteralElementLike | undefined {
  return object.properties.find((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'providers');
}

/** Finds where the providers of `bootstrapApplication(...)` in `mainPath` are written. */
export function findBootstrapProviders(
  tree: Tree,
  mainPath: string,
  main: ts.SourceFile,
  call: ts.CallExpression,
): ProvidersLookup {
  const config = call.arguments[1];
  if (!config) return { kind: 'call', path: mainPath, source: main, call };
  const found = findConfigObject(tree, mainPath, main, config);
  if (!found) {
    return {
      kind: 'unknown',
      reason: `the configuration passed to bootstrapApplication() in ${shown(
        mainPath,
      )} (${config.getText()}) is not an object the schematic can follow`,
    };
  }
  const property = providersProperty(found.object);
  if (!property) return { kind: 'object', ...found };
  const value = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : null;
  if (!value || !ts.isArrayLiteralExpression(value)) {
    return { kind: 'unknown', reason: `\`providers\` in ${shown(found.path)} is not an array literal` };
  }
  return { kind: 'array', path: found.path, source: found.source, array: value };
}
