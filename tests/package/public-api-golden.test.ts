// The public API is pinned: every entry point of the built package has a golden report under
// goldens/public-api/ (api-extractor on dist/panopto-ng's .d.ts, see scripts/lib/public-api-report.mjs), and a
// change to what an entry point exports fails here until its golden is updated in the same commit.
// PANOPTO_NG_API_DIST=<folder> checks another build of the package instead of dist/panopto-ng.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuiltDist } from './built-dist';
import {
  buildReports,
  compareWithGoldens,
  entryPoints,
  goldenFile,
  UPDATE_HINT,
} from '../../scripts/lib/public-api-report.mjs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

type Report = { entry: { name: string }; text: string };
type Problem = { entry: string | null; file: string; message: string };

let dist = '';
let reports = new Map<string, Report>();
let problems: Problem[] = [];
before(async () => {
  dist = process.env['PANOPTO_NG_API_DIST'] || (await ensureBuiltDist());
  reports = await buildReports(dist);
  problems = compareWithGoldens(reports);
});

test('every entry point of the package has a report, the primary and core included', () => {
  const names = entryPoints(dist).map((e: { name: string }) => e.name);
  assert.deepEqual([...reports.keys()].sort(), [...names].sort());
  assert.ok(names.includes('panopto-ng'), 'the primary entry point is covered');
  for (const [name, report] of reports) assert.match(report.text, /^export /m, `${name} exports something`);
});

test('the public API of every entry point matches its golden', () => {
  // All differences at once, each with its diff, so one run shows everything to review.
  assert.equal(problems.length, 0, `\n${problems.map((p) => p.message).join('\n\n')}\n\n(${UPDATE_HINT}.)`);
});

test('no golden is left over from an entry point that no longer exists', () => {
  const stale = problems.filter((p) => p.entry === null);
  assert.deepEqual(
    stale.map((p) => p.file),
    [],
    UPDATE_HINT,
  );
});

test('a removed or renamed export is reported with its diff and the way to update', () => {
  // The goldens as they would be had `isGuid` (core) been renamed: written to a scratch folder, compared.
  const scratch = mkdtempSync(join(tmpdir(), 'public-api-goldens-'));
  for (const { entry, text } of reports.values()) {
    const file = goldenFile(entry, scratch);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text.replace(/\bisGuid\b/g, 'isPanoptoGuid'));
  }
  const found = compareWithGoldens(reports, scratch) as Problem[];
  const core = found.find((p) => p.entry === 'panopto-ng/core');
  assert.ok(core, 'the core golden differs');
  assert.match(core.message, /^-export function isPanoptoGuid\(/m);
  assert.match(core.message, /^\+export function isGuid\(/m);
  assert.match(core.message, /run npm run goldens:update and commit the golden/);
});
