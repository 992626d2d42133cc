import { Tree } from '@angular-devkit/schematics';
import { getWorkspace, writeWorkspace } from '@schematics/angular/utility/workspace';

/**
 * The CDK's a11y styles: `.cdk-visually-hidden`, which keeps the texts panopto-ng's components announce to
 * screen readers (`LiveAnnouncer`'s live region: "Folders: 4 folders loaded.") off the screen.
 */
export const CDK_A11Y_STYLES = '@angular/cdk/a11y-prebuilt.css';

/**
 * Adds the CDK's a11y styles first in the app's build `styles` (before the app's own, so the app can still
 * restyle). Returns what was added, or null when they are there already or the app has no build target.
 */
export async function addA11yStyles(tree: Tree, appName: string): Promise<string | null> {
  const workspace = await getWorkspace(tree);
  const build = workspace.projects.get(appName)?.targets.get('build');
  if (!build) return null;
  const options = (build.options ??= {});
  const styles = Array.isArray(options['styles']) ? options['styles'] : [];
  const present = styles.some((entry) => {
    const input = typeof entry === 'string' ? entry : (entry as { input?: unknown } | null)?.input;
    return typeof input === 'string' && input.includes('cdk/a11y-prebuilt');
  });
  if (present) return null;
  options['styles'] = [CDK_A11Y_STYLES, ...styles];
  await writeWorkspace(tree, workspace);
  return `${CDK_A11Y_STYLES} to the styles of '${appName}' in angular.json (keeps screen-reader announcements visually hidden)`;
}
