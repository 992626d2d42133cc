// Builds some of the bundle benchmark's minimal apps (apps.mjs) with the Angular CLI's production settings, in a
// scratch workspace inside the repo (so the workspace's node_modules resolve; tmp/ is git-ignored), and measures
// their initial JavaScript. Used by run.mjs (`npm run bench:bundle`) and by tests/package/bundle-budgets.test.ts.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APPS } from './apps.mjs';

export const root = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');

/** tsconfig `paths` for panopto-ng: the built dist/panopto-ng, or the sources' public-api.ts files. */
function panoptoPaths(useDist) {
  if (useDist) {
    const dist = join(root, 'dist', 'panopto-ng');
    if (!existsSync(join(dist, 'package.json')))
      throw new Error('dist/panopto-ng is missing: run `npm run build` first.');
    return { 'panopto-ng': [dist], 'panopto-ng/*': [join(dist, '*')] };
  }
  return {
    'panopto-ng': [join(root, 'projects/panopto-ng/src/public-api.ts')],
    'panopto-ng/*': [join(root, 'projects/panopto-ng/*/public-api.ts')],
  };
}

/** Writes an Angular workspace with one application per name of `names` (keys of APPS) into `work`. */
export function writeWorkspace(work, names, { useDist = false } = {}) {
  rmSync(work, { recursive: true, force: true });
  const projects = {};
  for (const name of names) {
    if (!APPS[name]) throw new Error(`No bench app named ${name}`);
    const dir = join(work, 'src', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.ts'), APPS[name]);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><bench-root></bench-root></body></html>\n');
    writeFileSync(
      join(dir, 'tsconfig.app.json'),
      JSON.stringify({ extends: '../../tsconfig.json', files: ['main.ts'] }, null, 2),
    );
    projects[name] = {
      projectType: 'application',
      root: '',
      sourceRoot: `src/${name}`,
      architect: {
        build: {
          builder: '@angular-devkit/build-angular:browser',
          options: {
            outputPath: `dist/${name}`,
            index: `src/${name}/index.html`,
            main: `src/${name}/main.ts`,
            polyfills: ['zone.js'],
            tsConfig: `src/${name}/tsconfig.app.json`,
            optimization: true,
            outputHashing: 'none',
            sourceMap: !!process.env.BB_MAPS,
            namedChunks: false,
            extractLicenses: false,
            aot: true,
            buildOptimizer: true,
          },
        },
      },
    };
  }
  writeFileSync(
    join(work, 'angular.json'),
    JSON.stringify({ version: 1, projects, cli: { analytics: false, cache: { enabled: false } } }, null, 2),
  );
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify(
      {
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
          paths: panoptoPaths(useDist),
        },
        angularCompilerOptions: { strictTemplates: true },
      },
      null,
      2,
    ),
  );
}

/**
 * Builds one app of the workspace in `work` and measures its initial JavaScript: every .js file of the output
 * except lazy chunks (a production build names them by number), so main + polyfills + runtime.
 */
export function buildApp(work, name) {
  const started = Date.now();
  execFileSync(join(root, 'node_modules/.bin/ng'), ['build', name, '--progress=false'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  return measureApp(work, name, started);
}

/**
 * Builds the named apps of `work`, `parallel` at a time (the CLI's build is mostly one thread, so two builds use a
 * 2-core machine), and resolves with their measurements by name.
 */
export async function buildApps(work, names, parallel = 2) {
  const results = {};
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const started = Date.now();
      await promisify(execFile)(join(root, 'node_modules/.bin/ng'), ['build', name, '--progress=false'], {
        cwd: work,
        env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
        maxBuffer: 64 * 1024 * 1024,
      });
      results[name] = measureApp(work, name, started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, names.length) }, worker));
  return results;
}

/** Reads a built app's initial JavaScript and its lazy chunks. */
function measureApp(work, name, started) {
  const dir = join(work, 'dist', name);
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const initial = all.filter((f) => /^(main|polyfills|runtime|scripts)\b/.test(f));
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const f of initial) {
    const content = readFileSync(join(dir, f));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    text += content.toString('utf8');
  }
  const lazy = all.filter((f) => !initial.includes(f));
  return { name, raw, gzip, text, lazy, seconds: (Date.now() - started) / 1000 };
}

/**
 * Markers of the given kind (FEATURE_MARKERS) that occur in `text`, as a quoted string (so
 * `"panopto-upload"` counts and `panopto-upload__button` or `PANOPTO_UPLOAD_OPTIONS` do not).
 */
export function markersIn(text, markers) {
  return markers.filter(({ marker }) =>
    new RegExp(`["'\`]${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`]`).test(text),
  );
}

/** Throws unless each marker still occurs in its entry point's (non-spec) sources, so its absence means something. */
export function checkMarkersExist(markers) {
  for (const { entry, marker } of markers) {
    const dir = join(root, 'projects/panopto-ng', entry);
    if (!existsSync(dir)) throw new Error(`Entry point ${entry} is missing; cannot check for its code.`);
    let out = '';
    try {
      out = execFileSync('grep', ['-rlF', '--include=*.ts', '--exclude=*.spec.ts', marker, dir], { encoding: 'utf8' });
    } catch {
      out = '';
    }
    if (!out.trim()) throw new Error(`Marker '${marker}' no longer occurs in ${entry}; pick another one.`);
  }
}
