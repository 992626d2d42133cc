import { SchematicsException, Tree } from '@angular-devkit/schematics';
import { ProjectDefinition, getWorkspace } from '@schematics/angular/utility/workspace';

/** The application the schematic sets up. */
export interface TargetApplication {
  readonly name: string;
  /** The `main` of its build target (`src/main.ts`), or null when the workspace does not name one. */
  readonly mainPath: string | null;
}

function isApplication(project: ProjectDefinition): boolean {
  return project.extensions['projectType'] === 'application';
}

function mainOf(project: ProjectDefinition): string | null {
  const main = project.targets.get('build')?.options?.['main'];
  return typeof main === 'string' ? main : null;
}

/**
 * The application named by `--project`; without it, the workspace's `defaultProject` when that is an
 * application, else its first application. A wrong name fails with the list of applications.
 */
export async function findApplication(tree: Tree, requested: string | undefined): Promise<TargetApplication> {
  const workspace = await getWorkspace(tree);
  const applications = [...workspace.projects].filter(([, project]) => isApplication(project));
  const names = applications.map(([name]) => name);
  if (requested !== undefined) {
    const project = workspace.projects.get(requested);
    if (!project || !isApplication(project)) {
      const known = names.length > 0 ? names.join(', ') : 'none';
      throw new SchematicsException(
        `panopto-ng ng-add: \`project\` '${requested}' is not an application of this workspace (applications: ${known}).`,
      );
    }
    return { name: requested, mainPath: mainOf(project) };
  }
  const defaultName = workspace.extensions['defaultProject'];
  const chosen = applications.find(([name]) => name === defaultName) ?? applications[0];
  if (!chosen) {
    throw new SchematicsException(
      'panopto-ng ng-add: this workspace has no application to set up; create one with `ng generate application`.',
    );
  }
  return { name: chosen[0], mainPath: mainOf(chosen[1]) };
}
