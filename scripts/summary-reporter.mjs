// Prints web-test-runner's result as a plain "N passed, N failed" line (", N skipped" when a test
// was skipped: each such test names its reason in its title), alone on a line, last.
function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countTests(child, counts);
}

/** The summary line of counts, as CI reads it. */
export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (!session.passed && session.errors?.length) brokenFiles++;
      }
      // A test file that failed to load counts as a failure, not as zero tests.
      counts.failed += brokenFiles;
      setTimeout(() => process.stdout.write(`\n${summaryLine(counts)}\n`), 0);
    },
  };
}
