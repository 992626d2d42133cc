import { Tree } from '@angular-devkit/schematics';
import {
  NodeDependencyType,
  addPackageJsonDependency,
  getPackageJsonDependency,
} from '@schematics/angular/utility/dependencies';
import { ownPackage } from './own-package';

/** What adding the dependencies did: one line per package added, and what is left to the developer. */
export interface DependencyResult {
  readonly added: string[];
  readonly manual: string[];
}

/** The major version in a range such as `^15.2.0`, `~15.2.10` or `15.2.9`; null for `latest`, a tag or a path. */
function majorOf(range: string): number | null {
  const match = /^[\^~>=v\s]*(\d+)\./.exec(range);
  return match ? Number(match[1]) : null;
}

/**
 * The Angular majors a peer range such as `^15.2.0 || ^16.0.0 || ^22.0.0` accepts: the majors `npm run test:matrix`
 * passes, each listed on its own, so a major between them (19) is not assumed to work.
 */
function majorsOf(peerRange: string): number[] {
  return [...peerRange.matchAll(/\^(\d+)\./g)].map((match) => Number(match[1]));
}

/**
 * Adds panopto-ng's peer dependencies the app lacks to its package.json (the CLI installs them after the
 * schematic). Angular's packages are added at the app's Angular major, read from its `@angular/core`: the CDK
 * as `^<major>.0.0` (it follows the framework's majors), the framework's own packages with `@angular/core`'s range.
 * On a major the peers do not accept, nothing Angular is added: npm would refuse panopto-ng's peers anyway, and the
 * message says which majors work.
 */
export function addMissingPeers(tree: Tree): DependencyResult {
  const result: DependencyResult = { added: [], manual: [] };
  if (!tree.exists('/package.json')) {
    result.manual.push('panopto-ng: no package.json at the workspace root, so no peer dependency was added.');
    return result;
  }
  const core = getPackageJsonDependency(tree, '@angular/core');
  const major = core ? majorOf(core.version) : null;
  const supported = majorsOf(ownPackage().peerDependencies['@angular/core'] ?? '');
  for (const [name, peerRange] of Object.entries(ownPackage().peerDependencies)) {
    if (getPackageJsonDependency(tree, name)) continue;
    let version = peerRange;
    if (name.startsWith('@angular/')) {
      if (!core || major === null) {
        result.manual.push(
          `panopto-ng needs ${name} (${peerRange}); install it at your Angular version: ` +
            `@angular/core in package.json is ${core ? `'${core.version}'` : 'missing'}, so ng add did not guess.`,
        );
        continue;
      }
      if (!supported.includes(major)) {
        result.manual.push(
          `panopto-ng needs ${name} (${peerRange}) and works with Angular ${supported.join(', ')}; ` +
            `the app's @angular/core is '${core.version}' (Angular ${major}), so ng add did not add ${name}.`,
        );
        continue;
      }
      version = name === '@angular/cdk' ? `^${major}.0.0` : core.version;
    }
    addPackageJsonDependency(tree, { type: NodeDependencyType.Default, name, version });
    result.added.push(`${name}@${version} to the dependencies in package.json (a peer dependency of panopto-ng)`);
  }
  return result;
}

/** Adds `name` to devDependencies unless the app has it already; true when it was added. */
export function addDevDependency(tree: Tree, name: string, version: string): boolean {
  if (!tree.exists('/package.json') || getPackageJsonDependency(tree, name)) return false;
  addPackageJsonDependency(tree, { type: NodeDependencyType.Dev, name, version });
  return true;
}
