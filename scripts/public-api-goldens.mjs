// Public API goldens: goldens/public-api/panopto-ng/<entry point>/index.api.md, one per entry point of the built
// package, made by api-extractor from dist/panopto-ng's .d.ts (see scripts/lib/public-api-report.mjs).
//
// Usage: node scripts/public-api-goldens.mjs [--update] [--dist <folder>]
//   (no flag)  compare the build with the goldens; print a diff per changed entry point, exit 1 on a difference
//   --update   rewrite the goldens from the build (`npm run goldens:update` builds the library first)
//   --dist     the built package to read (default dist/panopto-ng)
import { join } from 'node:path';
import { buildReports, compareWithGoldens, writeGoldens } from './lib/public-api-report.mjs';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 ? args[distArg + 1] : join(root, 'dist', 'panopto-ng');

const reports = await buildReports(dist);
if (args.includes('--update')) {
  const changed = writeGoldens(reports);
  console.log(changed.length ? changed.join('\n') : 'Goldens already match the build.');
  console.log(`${reports.size} entry points: ${[...reports.keys()].join(', ')}`);
} else {
  const problems = compareWithGoldens(reports);
  for (const problem of problems) console.log(`${problem.message}\n`);
  if (problems.length) process.exitCode = 1;
  else console.log(`Public API of ${reports.size} entry points matches goldens/public-api.`);
}
