import { Tree } from '@angular-devkit/schematics';
import { findBootstrapModuleCall, getAppModulePath } from '@schematics/angular/utility/ng-ast-utils';
import { TargetApplication } from './find-application';
import { setUpNgModule } from './ng-module-setup';
import { PanoptoSetup } from './options';
import { ngModuleSnippet, standaloneSnippet } from './provider-code';
import { SetupResult, manualOnly, shown } from './setup-result';
import { findCalls, readSource } from './source-file';
import { setUpStandalone } from './standalone-setup';

function eitherSnippet(setup: PanoptoSetup): string {
  return `For a standalone app (main.ts):\n\n${standaloneSnippet(
    setup,
  )}\n\nFor an NgModule app (AppModule):\n\n${ngModuleSnippet(setup)}`;
}

/** The root NgModule's file as main.ts imports it, or null when main.ts does not import it from a file. */
function appModulePath(tree: Tree, mainPath: string): string | null {
  try {
    const path = getAppModulePath(tree, mainPath);
    return tree.exists(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Sets the app up the way it bootstraps: `bootstrapApplication(...)` in main.ts (standalone) or
 * `bootstrapModule(AppModule)` (NgModule). Anything else is left to the developer, with the code to paste.
 */
export function setUpApplication(tree: Tree, app: TargetApplication, setup: PanoptoSetup): SetupResult {
  const mainPath = app.mainPath;
  if (!mainPath || !tree.exists(mainPath)) {
    const why = mainPath ? `${shown(mainPath)} does not exist` : `the build target of '${app.name}' names no main file`;
    return manualOnly(`panopto-ng was not added: ${why}`, eitherSnippet(setup));
  }
  const main = readSource(tree, mainPath);
  const bootstrapCalls = findCalls(main, 'bootstrapApplication');
  if (bootstrapCalls.length === 1) return setUpStandalone(tree, mainPath, main, bootstrapCalls[0], setup);
  if (bootstrapCalls.length === 0 && findBootstrapModuleCall(tree, mainPath)) {
    const modulePath = appModulePath(tree, mainPath);
    if (modulePath) return setUpNgModule(tree, modulePath, setup);
    return manualOnly(
      `panopto-ng was not added: the root NgModule's file was not found from ${shown(mainPath)}`,
      ngModuleSnippet(setup),
    );
  }
  const found = bootstrapCalls.length > 1 ? 'more than one bootstrapApplication() call' : 'no bootstrap call';
  return manualOnly(`panopto-ng was not added: ${shown(mainPath)} has ${found}`, eitherSnippet(setup));
}
