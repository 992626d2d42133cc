// `npm run bench:bundle`: what <panopto-player> adds to an Angular 15 app, gzip, against a baseline app and
// against @angular/youtube-player, all three built in the same run with the same production settings.
//
// Usage: node scripts/bench/bundle/run.mjs [--dist]
//   --dist  resolve panopto-ng from the built dist/panopto-ng (run `npm run build` first) instead of source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APPS, FORBIDDEN_MARKERS } from './apps.mjs';

const root = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
// Inside the repo so the workspace's node_modules resolve; /tmp is git-ignored.
const work = join(root, 'tmp', 'bench-bundle');
const useDist = process.argv.includes('--dist');
const TARGET_GZIP_BYTES = 4.5 * 1024;

function panoptoPaths() {
  if (useDist) {
    const dist = join(root, 'dist', 'panopto-ng');
    if (!existsSync(join(dist, 'player')))
      throw new Error('dist/panopto-ng/player is missing: run `npm run build` first.');
    return { 'panopto-ng': [dist], 'panopto-ng/*': [join(dist, '*')] };
  }
  return {
    'panopto-ng': [join(root, 'projects/panopto-ng/src/public-api.ts')],
    'panopto-ng/*': [join(root, 'projects/panopto-ng/*/public-api.ts')],
  };
}

function writeWorkspace() {
  rmSync(work, { recursive: true, force: true });
  const projects = {};
  for (const name of Object.keys(APPS)) {
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
            sourceMap: false,
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
    JSON.stringify({ version: 1, projects, cli: { analytics: false } }, null, 2),
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
          paths: panoptoPaths(),
        },
        angularCompilerOptions: { strictTemplates: true },
      },
      null,
      2,
    ),
  );
}

function build(name) {
  const started = Date.now();
  execFileSync(join(root, 'node_modules/.bin/ng'), ['build', name, '--progress=false'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  const dir = join(work, 'dist', name);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  let text = '';
  for (const f of files) {
    const content = readFileSync(join(dir, f));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
    text += content.toString('utf8');
  }
  return { name, raw, gzip, text, seconds: (Date.now() - started) / 1000 };
}

function checkMarkersExist() {
  for (const { entry, marker } of FORBIDDEN_MARKERS) {
    const dir = join(root, 'projects/panopto-ng', entry);
    if (!existsSync(dir))
      throw new Error(`Entry point ${entry} is missing; cannot check that the player leaves it out.`);
    const out = execFileSync('grep', ['-rlF', '--include=*.ts', '--exclude=*.spec.ts', marker, dir], {
      encoding: 'utf8',
    });
    if (!out.trim()) throw new Error(`Marker '${marker}' no longer occurs in ${entry}; pick another one.`);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;

checkMarkersExist();
writeWorkspace();
console.log(
  `Building ${Object.keys(APPS).length} minimal Angular 15 apps in ${work} (panopto-ng from ${
    useDist ? 'dist' : 'source'
  })…`,
);
const results = {};
for (const name of Object.keys(APPS)) {
  results[name] = build(name);
  console.log(`  built ${name} in ${results[name].seconds.toFixed(0)} s`);
}

const base = results['baseline'];
console.log('\nInitial JavaScript (main + polyfills + runtime), production build:');
console.log('app                     raw          gzip        gzip vs baseline');
for (const r of Object.values(results)) {
  console.log(
    `${r.name.padEnd(22)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}  ${signed(r.gzip - base.gzip).padStart(
      12,
    )}`,
  );
}
const panoptoCost = results['panopto-player'].gzip - base.gzip;
const withConfigCost = results['panopto-player+config'].gzip - base.gzip;
const youtubeCost = results['youtube-player'].gzip - base.gzip;
const facadeCost = results['panopto-player+facade'].gzip - results['panopto-player'].gzip;
console.log(
  `\n<panopto-player> adds ${kb(panoptoCost)} gzip (${kb(withConfigCost)} with providePanopto()); ` +
    `@angular/youtube-player adds ${kb(youtubeCost)} (ratio ${(panoptoCost / youtubeCost).toFixed(2)}).`,
);
console.log(
  `The facade directive (PanoptoPlayerFacadeDirective) adds ${kb(facadeCost)} more, only to apps that import it.`,
);

const playerText = ['panopto-player', 'panopto-player+config', 'panopto-player+facade']
  .map((name) => results[name].text)
  .join('');
const leaked = FORBIDDEN_MARKERS.filter(({ marker }) => playerText.includes(marker));
if (leaked.length)
  console.log(`Player build contains code of: ${leaked.map((m) => `${m.entry} ('${m.marker}')`).join(', ')}`);
else {
  const markers = FORBIDDEN_MARKERS.map((m) => m.marker).join(', ');
  console.log(`Player builds contain no auth, upload or folders code (markers: ${markers}).`);
}

const failures = [];
if (panoptoCost >= TARGET_GZIP_BYTES)
  failures.push(`player adds ${kb(panoptoCost)}, target < ${kb(TARGET_GZIP_BYTES)}`);
if (withConfigCost >= youtubeCost) failures.push('player (with providePanopto) adds more than youtube-player');
if (leaked.length) failures.push('auth/upload/folders code in the player build');
writeFileSync(
  join(work, 'result.json'),
  JSON.stringify(
    { baseline: base.gzip, panoptoCost, withConfigCost, facadeCost, youtubeCost, leaked: leaked.map((m) => m.marker) },
    null,
    2,
  ),
);
if (failures.length) {
  console.log(`\nFAIL: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nPASS: under the 4.5 kB target and smaller than youtube-player.');
}
