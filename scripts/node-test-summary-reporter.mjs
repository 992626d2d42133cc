// A reporter for Node's test runner that counts leaf tests (not suites) and writes them as JSON.
// Used next to the normal `spec` reporter so `npm test` can add these counts to its summary line.
export default async function* summaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
