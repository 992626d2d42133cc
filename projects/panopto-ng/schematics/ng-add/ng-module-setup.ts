import { Tree } from '@angular-devkit/schematics';
import {
  addSymbolToNgModuleMetadata,
  getDecoratorMetadata,
  getMetadataField,
} from '@schematics/angular/utility/ast-utils';
import { PanoptoSetup } from './options';
import { CodePiece, ngModuleSnippet } from './provider-code';
import { planProviders } from './provider-plan';
import { SetupResult, manualOnly, shown } from './setup-result';
import { addImports, applyChanges, readSource, ts } from './source-file';

type ModuleField = 'imports' | 'providers';

/** The `@NgModule({...})` metadata of the file, or null when there is none. */
function ngModuleMetadata(source: ts.SourceFile): ts.ObjectLiteralExpression | null {
  const node = getDecoratorMetadata(source, 'NgModule', '@angular/core')[0];
  return node && ts.isObjectLiteralExpression(node) ? node : null;
}

/** A field the schematic can add to: absent, or an array written out. */
function isEditable(metadata: ts.ObjectLiteralExpression, field: ModuleField): boolean {
  const property = getMetadataField(metadata, field)[0];
  return !property || (ts.isPropertyAssignment(property) && ts.isArrayLiteralExpression(property.initializer));
}

/** Adds one entry to a metadata field with the Angular helper, re-reading the file so edits never overlap. */
function addToField(tree: Tree, path: string, field: ModuleField, piece: CodePiece): void {
  applyChanges(tree, path, addSymbolToNgModuleMetadata(readSource(tree, path), path, field, piece.code, null));
  addImports(tree, path, piece.imports);
}

/** Adds the providers (and `HttpClientModule` when missing) to the app's root NgModule at `modulePath`. */
export function setUpNgModule(tree: Tree, modulePath: string, setup: PanoptoSetup): SetupResult {
  const source = readSource(tree, modulePath);
  const metadata = ngModuleMetadata(source);
  if (!metadata)
    return manualOnly(`panopto-ng was not added: ${shown(modulePath)} has no @NgModule`, ngModuleSnippet(setup));

  const plan = planProviders(modulePath, source, setup, 'ngModule');
  const fieldsToAdd: ModuleField[] = [];
  if (plan.moduleImports.length > 0) fieldsToAdd.push('imports');
  if (plan.providers.length > 0) fieldsToAdd.push('providers');
  const blocked = fieldsToAdd.find((field) => !isEditable(metadata, field));
  if (blocked) {
    return manualOnly(
      `panopto-ng was not added: \`${blocked}\` of the NgModule in ${shown(modulePath)} is not an array literal`,
      ngModuleSnippet(setup),
    );
  }

  applyChanges(
    tree,
    modulePath,
    plan.edits.map((edit) => edit.change),
  );
  addImports(
    tree,
    modulePath,
    plan.edits.flatMap((edit) => edit.imports),
  );
  for (const piece of plan.moduleImports) addToField(tree, modulePath, 'imports', piece);
  for (const piece of plan.providers) addToField(tree, modulePath, 'providers', piece);

  const added = [
    ...plan.moduleImports.map((p) => `${p.code} to the imports of ${shown(modulePath)}`),
    ...plan.providers.map((p) => `${p.code} to the providers of ${shown(modulePath)}`),
  ];
  for (const edit of plan.edits) added.push(`${edit.what} in ${shown(modulePath)}`);
  return { added, manual: plan.manual, differences: plan.differences };
}
