// Builds the change-detection benchmark page (app/main.ts) with the Angular CLI's production settings, in a
// scratch workspace under tmp/ (git-ignored; inside the repo so the workspace's node_modules resolve), against
// the library's sources. Returns the folder with index.html and the scripts.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');

export function buildCdBenchApp() {
  const work = join(root, 'tmp', 'bench-cd');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'src'), { recursive: true });
  cpSync(new URL('./app', import.meta.url).pathname, join(work, 'src'), { recursive: true });
  writeFileSync(
    join(work, 'src', 'index.html'),
    '<!doctype html><html><body><bench-root></bench-root></body></html>\n',
  );
  writeFileSync(
    join(work, 'src', 'tsconfig.app.json'),
    JSON.stringify({ extends: '../tsconfig.json', files: ['main.ts'] }),
  );
  const build = {
    builder: '@angular-devkit/build-angular:browser',
    options: {
      outputPath: 'dist',
      index: 'src/index.html',
      main: 'src/main.ts',
      polyfills: [],
      tsConfig: 'src/tsconfig.app.json',
      optimization: true,
      outputHashing: 'none',
      sourceMap: false,
      extractLicenses: false,
      aot: true,
      buildOptimizer: true,
      budgets: [],
    },
  };
  const project = { projectType: 'application', root: '', sourceRoot: 'src', architect: { build } };
  writeFileSync(
    join(work, 'angular.json'),
    JSON.stringify({ version: 1, projects: { bench: project }, cli: { analytics: false, cache: { enabled: false } } }),
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        baseUrl: '.',
        strict: true,
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'node',
        useDefineForClassFields: false,
        experimentalDecorators: true,
        importHelpers: true,
        skipLibCheck: true,
        lib: ['ES2022', 'dom'],
        paths: {
          'panopto-ng': [join(root, 'projects/panopto-ng/src/public-api.ts')],
          'panopto-ng/*': [join(root, 'projects/panopto-ng/*/public-api.ts')],
        },
      },
      angularCompilerOptions: { strictTemplates: true },
    }),
  );
  execFileSync(join(root, 'node_modules/.bin/ng'), ['build', 'bench', '--progress=false'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  const dist = join(work, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('The change-detection bench page did not build.');
  return dist;
}
