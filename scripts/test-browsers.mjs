// Runs the Node tests (test/node/: what runs outside a browser, on the npm build), then the browser suite in each
// engine, one after another (two cores: engines side by side would fight for them), and ends with one plain
// "N passed, N failed" line counting every test. `COE_ENGINES=chromium,firefox npm run test:browser` runs a few
// engines for a quick local try.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { selectedEngines } from './browsers.mjs';
import { summaryLine } from './summary-reporter.mjs';

const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m;
const LABEL = { node: 'Node', chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** Node's test runner on test/node/, in TAP, counted from its closing `# pass`, `# fail` and `# skipped` lines. */
function runNodeTests() {
  return new Promise((resolve) => {
    const started = Date.now();
    // The files by name: Node 20 searches a folder given to --test, Node 22 and later take it for a module.
    const files = readdirSync('test/node')
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `test/node/${file}`);
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
      const counts = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') };
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      resolve({ engine: 'node', counts, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

function runEngine(engine) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['wtr', ...process.argv.slice(2)], {
      env: { ...process.env, COE_ENGINE: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const lines = output.split('\n').filter((line) => SUMMARY.test(line.trim()));
      const match = lines.at(-1)?.trim().match(SUMMARY);
      const counts = match ? { passed: +match[1], failed: +match[2], skipped: +(match[3] ?? 0) } : { passed: 0, failed: 1, skipped: 0 };
      // A run that exits non-zero with no failing test (the runner itself broke) is one failure.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      resolve({ engine, counts, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const results = [await runNodeTests()];
for (const engine of selectedEngines()) results.push(await runEngine(engine));

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\nPer engine:');
for (const { engine, counts, seconds } of results) {
  for (const key of Object.keys(total)) total[key] += counts[key];
  console.log(`  ${LABEL[engine].padEnd(9)} ${summaryLine(counts)} (${seconds} s)`);
}
console.log(`\n${summaryLine(total)}`);
process.exit(total.failed ? 1 : 0);
