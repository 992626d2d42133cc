// `npm run lint` part 2: the library's one-home-per-concern boundaries that ESLint cannot express (one GUID
// pattern, one backoff formula, one Error base, one clock token, one visually-hidden rule, files of at most 450
// lines unless a measured reason is written at the top). The checks live in scripts/lib/boundaries.mjs.
//
// Usage: node scripts/check-boundaries.mjs   (prints each failure as file:line: [rule] message; exit 1 on any)
import { checkBoundaries, formatFailure } from './lib/boundaries.mjs';

const failures = checkBoundaries();
for (const failure of failures) console.log(formatFailure(failure));
if (failures.length) {
  const rules = [...new Set(failures.map((f) => f.rule))].join(', ');
  console.log(`\n${failures.length} boundary failure(s) (${rules}).`);
  process.exitCode = 1;
} else {
  console.log('Library boundaries hold: one home per concern.');
}
