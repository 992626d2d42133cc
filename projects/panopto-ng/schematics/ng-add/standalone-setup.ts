import { Tree } from '@angular-devkit/schematics';
import { Change, InsertChange } from '@schematics/angular/utility/change';
import { ProvidersTarget, findBootstrapProviders } from './bootstrap-providers';
import { addArrayProperty, appendToArray, indentAt, multilineArray } from './code-layout';
import { PanoptoSetup } from './options';
import { planProviders } from './provider-plan';
import { standaloneSnippet } from './provider-code';
import { SetupResult, manualOnly, shown } from './setup-result';
import { addImports, applyChanges, ts } from './source-file';

function insertProviders(target: ProvidersTarget, items: readonly string[]): Change {
  switch (target.kind) {
    case 'array':
      return appendToArray(target.path, target.source, target.array, items);
    case 'object':
      return addArrayProperty(target.path, target.source, target.object, 'providers', items);
    case 'call': {
      const indent = indentAt(target.source, target.call.getStart(target.source));
      const config = `{\n${indent}  providers: ${multilineArray(items, `${indent}  `)},\n${indent}}`;
      return new InsertChange(target.path, target.call.arguments[0].getEnd(), `, ${config}`);
    }
  }
}

/** Adds the providers to the standalone app bootstrapped by `call` in `mainPath`. */
export function setUpStandalone(
  tree: Tree,
  mainPath: string,
  main: ts.SourceFile,
  call: ts.CallExpression,
  setup: PanoptoSetup,
): SetupResult {
  const target = findBootstrapProviders(tree, mainPath, main, call);
  if (target.kind === 'unknown')
    return manualOnly(`panopto-ng was not added: ${target.reason}`, standaloneSnippet(setup));

  const plan = planProviders(target.path, target.source, setup, 'standalone');
  const changes = plan.edits.map((edit) => edit.change);
  if (plan.providers.length > 0)
    changes.push(
      insertProviders(
        target,
        plan.providers.map((p) => p.code),
      ),
    );
  applyChanges(tree, target.path, changes);
  addImports(
    tree,
    target.path,
    [...plan.providers, ...plan.edits].flatMap((piece) => piece.imports),
  );

  const added = plan.providers.map((p) => `${p.code} to the providers in ${shown(target.path)}`);
  for (const edit of plan.edits) added.push(`${edit.what} in ${shown(target.path)}`);
  return { added, manual: plan.manual, differences: plan.differences };
}
