import { Rule } from '@angular-devkit/schematics';
import { findApplication } from './find-application';
import { resolveSetup } from './options';
import { reportSetup } from './report';
import { NgAddOptions } from './schema';
import { setUpApplication } from './set-up-application';

/**
 * `ng add panopto-ng`: adds `providePanopto({ serverUrl })` (and, with `--client-id`, sign-in with Panopto) to
 * the app's bootstrap providers, or to `AppModule` for NgModule apps. Running it again changes nothing; where
 * it cannot tell where the providers go, it changes nothing and logs the code to paste.
 *
 * @example
 * ```bash
 * ng add panopto-ng --server-url=https://myuni.hosted.panopto.com --client-id=my-api-client
 * ```
 */
export function ngAdd(options: NgAddOptions): Rule {
  return async (tree, context) => {
    const setup = resolveSetup(options);
    if (!setup) {
      context.logger.info(
        'panopto-ng: --skip-provider given, no source file changed. Add providePanopto({ serverUrl }) to your ' +
          'providers yourself (README: "Installing the library in an Angular 15 app").',
      );
      return;
    }
    const app = await findApplication(tree, options.project);
    reportSetup(context.logger, setUpApplication(tree, app, setup), setup);
  };
}
