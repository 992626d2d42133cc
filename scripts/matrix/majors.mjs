// The Angular majors `npm run test:matrix` builds a consumer app on: 15 (the workspace's own), the majors after it
// that have long-term-support releases, and the newest on the registry. For each, the TypeScript and zone.js ranges
// that major's @angular/compiler-cli and @angular/core accept as peers, and the Node major its @angular/cli needs
// when the workspace's Node (20) is below its `engines` range.

/**
 * @typedef {object} Major
 * @property {number} major the Angular major; every @angular/* package is installed at `^<major>.0.0`
 * @property {string} typescript the range @angular/compiler-cli of that major accepts
 * @property {string} zone the zone.js range @angular/core of that major accepts
 * @property {number} [node] a Node major from the npm registry's `node` package, for a CLI whose engines exclude 20
 * @property {Record<string, string | null>} [compilerOptions] changes to the fixture's (Angular 15) tsconfig.json
 *   that major's TypeScript needs, `null` removing an option
 */

/** @type {Major[]} */
export const MAJORS = [
  { major: 15, typescript: '~4.9.4', zone: '~0.12.0' },
  { major: 16, typescript: '~5.1.0', zone: '~0.13.0' },
  { major: 17, typescript: '~5.4.0', zone: '~0.14.0' },
  { major: 18, typescript: '~5.5.0', zone: '~0.14.10' },
  // @angular/cli 22 needs Node ^22.22.3 || ^24.15.0. @angular/common 22 declares its subpaths (`/http`) only in its
  // exports map, which TypeScript's `node` (node10) resolution does not read, so `bundler` as `ng new` apps have;
  // TypeScript 6 fails on the deprecated `baseUrl` and `downlevelIteration` of Angular 15's `ng new`.
  {
    major: 22,
    typescript: '~6.0.0',
    zone: '~0.16.0',
    node: 22,
    compilerOptions: { moduleResolution: 'bundler', baseUrl: null, downlevelIteration: null },
  },
];
