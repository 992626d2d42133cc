// One consumer app of the matrix: the fresh-repo fixture (tests/fresh-repo/fixture) copied outside the workspace,
// its Angular packages moved to one major, the packed library and emulator added as the only non-registry
// packages, and pages that sign in, show the folder tree, play a session and use every public component.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDeclaring } from '../../tests/fresh-repo/readme-examples.ts';

const FIXTURE = new URL('../../tests/fresh-repo/fixture', import.meta.url).pathname;
/** The emulator's seeded public (PKCE) client; it accepts its redirect URI on any loopback port. */
const CLIENT_ID = 'panopto-ng-demo';

/**
 * Copies the fixture to `app` and points its package.json at one major: the framework's packages (released
 * together) at exactly `framework`, the newest @angular/core of that major; the CLI, its builder and the CDK (a peer
 * of the library, released on its own) at `^<major>.0.0`; TypeScript and zone.js at the ranges that major accepts;
 * and the two tarballs. No lockfile: each run resolves from the registry (the fixture's lockfile is Angular 15's
 * and is dropped).
 * @param {string} app
 * @param {import('./majors.mjs').Major} target
 * @param {string} framework e.g. `22.3.0`
 * @param {{ library: string, emulator: string }} tarballs paths relative to `app`
 */
export function createConsumerApp(app, target, framework, tarballs) {
  cpSync(FIXTURE, app, { recursive: true });
  rmSync(join(app, 'package-lock.json'));
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  const range = `^${target.major}.0.0`;
  // The app bootstraps with platform-browser's bootstrapApplication; platform-browser-dynamic (JIT) is not used,
  // and its releases can lag the framework's (22.2.3 beside core 22.3.0), whose exact compiler peer then conflicts.
  delete manifest.dependencies['@angular/platform-browser-dynamic'];
  for (const group of [manifest.dependencies, manifest.devDependencies]) {
    for (const name of Object.keys(group)) {
      if (name.startsWith('@angular')) group[name] = /^@angular\/(?!cli$)/.test(name) ? framework : range;
    }
  }
  Object.assign(manifest.dependencies, {
    '@angular/cdk': range,
    'zone.js': target.zone,
    'panopto-ng': `file:${tarballs.library}`,
  });
  Object.assign(manifest.devDependencies, {
    typescript: target.typescript,
    'panopto-ng-emulator': `file:${tarballs.emulator}`,
  });
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  const tsconfig = JSON.parse(readFileSync(join(app, 'tsconfig.json'), 'utf8'));
  for (const [option, value] of Object.entries(target.compilerOptions ?? {})) {
    if (value === null) delete tsconfig.compilerOptions[option];
    else tsconfig.compilerOptions[option] = value;
  }
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  // What `ng add panopto-ng` adds to the styles: the CDK's visually-hidden class for the live regions.
  const angularJson = JSON.parse(readFileSync(join(app, 'angular.json'), 'utf8'));
  angularJson.projects['fresh-app'].architect.build.options.styles.unshift('@angular/cdk/a11y-prebuilt.css');
  writeFileSync(join(app, 'angular.json'), JSON.stringify(angularJson, null, 2));
}

/**
 * Writes the app's pages: the README's folder browser and player examples as written, a page with every public
 * component (so each one is compiled by that major's compiler), and the providers for public-mode sign-in.
 * @param {string} app
 * @param {{ readme: string, emulatorUrl: string, appUrl: string }} urls
 * @param {import('./public-components.mjs').PublicComponent[]} components
 */
export function writeConsumerPages(app, { readme, emulatorUrl, appUrl }, components) {
  const src = join(app, 'src/app');
  writeFileSync(
    join(src, 'library.component.ts'),
    exampleDeclaring(readme, 'LibraryComponent', 'PanoptoFolderBrowserComponent'),
  );
  writeFileSync(join(src, 'lecture.component.ts'), exampleDeclaring(readme, 'LectureComponent', 'PanoptoPlayerError'));
  writeFileSync(join(src, 'every-component.component.ts'), everyComponentPage(components));
  writeFileSync(
    join(src, 'sign-in-failed.component.ts'),
    `import { Component } from '@angular/core';

@Component({ standalone: true, template: '<p>Sign-in failed.</p>' })
export class SignInFailedComponent {}
`,
  );
  // Links, not page loads: public mode keeps the session in this tab's storage, and navigating inside the app is
  // what a user does.
  writeFileSync(
    join(src, 'app.component.ts'),
    `import { Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-root',
  standalone: true,
  imports: [RouterLink, RouterOutlet],
  template: \`<nav><a routerLink="/library">Library</a> <a routerLink="/lecture">Lecture</a></nav>
    <router-outlet></router-outlet>\`,
})
export class AppComponent {}
`,
  );
  writeFileSync(
    join(src, 'app.routes.ts'),
    `import { Routes } from '@angular/router';
import { panoptoAuthCallbackGuard, panoptoAuthGuard } from 'panopto-ng/auth';
import { SignInFailedComponent } from './sign-in-failed.component';

export const routes: Routes = [
  { path: 'auth/callback', canActivate: [panoptoAuthCallbackGuard], component: SignInFailedComponent },
  { path: 'library', canActivate: [panoptoAuthGuard], loadComponent: () => import('./library.component').then((m) => m.LibraryComponent) },
  { path: 'lecture', canActivate: [panoptoAuthGuard], loadComponent: () => import('./lecture.component').then((m) => m.LectureComponent) },
  { path: 'every-component', loadComponent: () => import('./every-component.component').then((m) => m.EveryComponentPage) },
];
`,
  );
  writeFileSync(
    join(app, 'src/main.ts'),
    `import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { providePanopto } from 'panopto-ng';
import { panoptoAuthInterceptor, withPanoptoAuth } from 'panopto-ng/auth';
import { withPanoptoPlayer } from 'panopto-ng/player';
import { AppComponent } from './app/app.component';
import { routes } from './app/app.routes';

bootstrapApplication(AppComponent, {
  providers: [
    provideRouter(routes),
    provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
    providePanopto(
      { serverUrl: '${emulatorUrl}' },
      withPanoptoAuth({ clientId: '${CLIENT_ID}', redirectUri: '${appUrl}/auth/callback' }),
      withPanoptoPlayer({ scriptUrl: '${emulatorUrl}/scripts/embedapi.min.js' }),
    ),
  ],
}).catch((err) => console.error(err));
`,
  );
}

/** A standalone page whose template has one element of each public component. */
function everyComponentPage(components) {
  const byEntry = new Map();
  for (const c of components) byEntry.set(c.entryPoint, [...(byEntry.get(c.entryPoint) ?? []), c.className]);
  const imports = [...byEntry].map(([entry, names]) => `import { ${names.join(', ')} } from '${entry}';`);
  const template = components.map((c) => `<${c.selector}></${c.selector}>`).join('\n    ');
  return `import { Component } from '@angular/core';
${imports.join('\n')}

@Component({
  standalone: true,
  imports: [${components.map((c) => c.className).join(', ')}],
  template: \`
    ${template}
  \`,
})
export class EveryComponentPage {}
`;
}
