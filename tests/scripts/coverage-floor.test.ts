// The coverage floor `npm test` holds the library to: a shortfall must be reported, and a missing summary too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERAGE_FLOOR, coverageShortfalls } from '../../scripts/lib/coverage-floor.mjs';

function summary(pct: Record<string, number>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'coverage-floor-')), 'coverage-summary.json');
  const total = Object.fromEntries(Object.entries(pct).map(([metric, value]) => [metric, { pct: value }]));
  writeFileSync(file, JSON.stringify({ total }));
  return file;
}

test('coverage at or above the floor passes', () => {
  assert.deepEqual(coverageShortfalls(summary({ ...COVERAGE_FLOOR })), []);
});

test('each metric under the floor is named with both figures', () => {
  const file = summary({ ...COVERAGE_FLOOR, branches: COVERAGE_FLOOR.branches - 0.5, lines: 12 });
  assert.deepEqual(coverageShortfalls(file), [
    `branches ${COVERAGE_FLOOR.branches - 0.5}% < ${COVERAGE_FLOOR.branches}%`,
    `lines 12% < ${COVERAGE_FLOOR.lines}%`,
  ]);
});

test('a missing summary or metric is a shortfall, not a pass', () => {
  assert.equal(coverageShortfalls('/nonexistent/coverage-summary.json').length, 1);
  const { statements, ...rest } = COVERAGE_FLOOR;
  assert.ok(statements > 0);
  assert.deepEqual(coverageShortfalls(summary(rest)), [`statements ?% < ${COVERAGE_FLOOR.statements}%`]);
});
