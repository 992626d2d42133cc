import { readFileSync } from 'fs';
import { join } from 'path';

/** The parts of panopto-ng's own package.json that ng add reads. */
export interface OwnPackage {
  readonly version: string;
  readonly peerDependencies: Readonly<Record<string, string>>;
}

/**
 * panopto-ng's package.json: two folders up from this file, both in the package (schematics/ng-add/) and in the
 * source (projects/panopto-ng/schematics/ng-add/), so the peers ng add installs are the ones the package declares.
 */
export function ownPackage(): OwnPackage {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
  return { version: manifest.version, peerDependencies: manifest.peerDependencies ?? {} };
}
