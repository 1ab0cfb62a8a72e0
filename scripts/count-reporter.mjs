// A node:test reporter that writes only the final tally as JSON, for scripts/test.mjs to add up.
// Suites (describe) are not counted: only the tests inside them are what a reader calls a test.
export default async function* countReporter(source) {
  const tally = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, a crash) must still fail the run.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType !== 'subtestsFailed') tally.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) tally.skipped += 1;
    else if (event.type === 'test:pass') tally.passed += 1;
    else tally.failed += 1;
  }
  yield JSON.stringify(tally);
}
