import { Rule, Tree } from '@angular-devkit/schematics';
import { NodePackageInstallTask } from '@angular-devkit/schematics/tasks';
import { addA11yStyles } from './a11y-styles';
import { addMissingPeers } from './app-dependencies';
import { setUpEmulator } from './emulator-setup';
import { TargetApplication, findApplication } from './find-application';
import { resolveSetup } from './options';
import { reportSetup } from './report';
import { NgAddOptions } from './schema';
import { setUpApplication } from './set-up-application';
import { SetupResult } from './setup-result';

/**
 * What every run installs, with or without `--skip-provider`: the peer dependencies the app lacks (the CLI
 * installs them once the schematic is done) and the CDK's a11y styles.
 */
async function installPrerequisites(tree: Tree, app: TargetApplication): Promise<SetupResult> {
  const peers = addMissingPeers(tree);
  const styles = await addA11yStyles(tree, app.name);
  return { added: [...peers.added, ...(styles ? [styles] : [])], manual: peers.manual, differences: [] };
}

function merge(...results: SetupResult[]): SetupResult {
  return {
    added: results.flatMap((r) => r.added),
    manual: results.flatMap((r) => r.manual),
    differences: results.flatMap((r) => r.differences),
  };
}

/**
 * `ng add panopto-ng`: installs the peer dependencies the app lacks and the CDK's a11y styles, then adds
 * `providePanopto({ serverUrl })` (and, with `--client-id`, sign-in with Panopto) to the app's bootstrap
 * providers, or to `AppModule` for NgModule apps. `--emulator` also sets the app up for the local emulator in
 * dev mode. Running it again changes nothing, and says which given values differ from those already in the
 * app; where it cannot tell where the providers go, it changes nothing and logs the code to paste.
 *
 * @example
 * ```bash
 * ng add panopto-ng --server-url=https://myuni.hosted.panopto.com --client-id=my-api-client --emulator
 * ```
 */
export function ngAdd(options: NgAddOptions): Rule {
  return async (tree, context) => {
    // Every option is checked before any file is touched.
    const setup = resolveSetup(options);
    const app = await findApplication(tree, options.project);
    const packageJsonBefore = tree.exists('/package.json') ? tree.readText('/package.json') : null;
    const prerequisites = await installPrerequisites(tree, app);
    if (!setup) {
      for (const line of prerequisites.added) context.logger.info(`panopto-ng: added ${line}`);
      for (const step of prerequisites.manual) context.logger.warn(step);
      context.logger.info(
        'panopto-ng: --skip-provider given, no source file changed. Add providePanopto({ serverUrl }) to your ' +
          'providers yourself (README: "Installing the library in an Angular 15 app").',
      );
    } else {
      const emulator = setup.emulator && setup.auth ? setUpEmulator(tree, setup.emulator, setup.auth.routePath) : null;
      const providers = setUpApplication(tree, app, setup);
      reportSetup(context.logger, merge(prerequisites, providers, ...(emulator ? [emulator] : [])), setup);
    }
    const packageJsonAfter = tree.exists('/package.json') ? tree.readText('/package.json') : null;
    if (packageJsonAfter !== packageJsonBefore) context.addTask(new NodePackageInstallTask());
  };
}
