// The bundle budgets (budgets.json) as one pure check, shared by `npm test` (tests/package/bundle-budgets.test.ts)
// and `npm run bench:bundle`, so both judge the same figures the same way.
import { readFileSync } from 'node:fs';

export const BUDGETS = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));

const kB = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;

/**
 * Compares built apps with the budgets. `results` maps app name → { gzip } and must hold `baseline` and
 * `youtube-player`. Returns one row per budget with its verdict and a sentence that names the figure and the budget.
 * `ratioKey` picks the ratio table: `ratioToYoutubePlayer` (what `npm test` holds) or `goalRatioToYoutubePlayer`.
 */
export function checkBudgets(results, budgets = BUDGETS, ratioKey = 'ratioToYoutubePlayer') {
  const base = results['baseline']?.gzip;
  const youtube = results['youtube-player']?.gzip;
  if (base === undefined || youtube === undefined)
    throw new Error('checkBudgets needs the baseline and youtube-player');
  const rows = [];
  for (const [name, budget] of Object.entries(budgets.gzipBytes)) {
    if (!results[name]) continue;
    const cost = results[name].gzip - base;
    const ok = cost <= budget;
    rows.push({
      name,
      ok,
      text: `${name} adds ${kB(cost)} gzip (${cost} B); budget ${kB(budget)} (${budget} B)${ok ? '' : ': OVER BUDGET'}`,
    });
  }
  for (const [name, limit] of Object.entries(budgets[ratioKey] ?? {})) {
    if (!results[name]) continue;
    const ratio = (results[name].gzip - base) / (youtube - base);
    const ok = ratio <= limit;
    rows.push({
      name: `${name} / youtube-player`,
      ok,
      text:
        `${name} adds ${ratio.toFixed(3)} × what @angular/youtube-player adds (${kB(youtube - base)}, same run); ` +
        `limit ${limit}${ok ? '' : ': OVER'}`,
    });
  }
  return rows;
}
