// One browser engine per run: `COE_ENGINE=firefox wtr`. `npm run test:browser`
// (scripts/test-browsers.mjs) runs the suite in Chromium, Firefox and WebKit one after another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_TEST_ARGS, ensureTestHostsResolve, FIREFOX_PREFS, requireEngine } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testEndpoints } from './test/server/test-endpoints.mjs';
import { contactEndpoints } from './test/server/contact-endpoints.mjs';
import { embedPages } from './test/server/embed-pages.mjs';
import { ssrPages } from './test/server/ssr-pages.mjs';
import { kitPages } from './test/server/kit-pages.mjs';
import { forcedColorsCommand } from './test/server/forced-colors-command.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const engine = process.env.COE_ENGINE ?? 'chromium';

async function launcherFor(name) {
  if (name === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: requireEngine('chromium').executablePath, headless: true, args: CHROMIUM_TEST_ARGS },
    });
  }
  if (name === 'firefox') {
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: requireEngine('firefox').executablePath,
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    });
  }
  if (name === 'webkit') {
    ensureTestHostsResolve();
    return webkitLauncher();
  }
  throw new Error(`COE_ENGINE=${name}: use chromium, firefox or webkit.`);
}

export default {
  // Each element's and core module's tests sit beside it; the cross-cutting suites (embedding, SSR, hosts) in test/.
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsCommand(),
    a11ySnapshotPlugin(),
  ],
  middleware: [testEndpoints(), contactEndpoints(), embedPages(), ssrPages(), kitPages()],
  browsers: [await launcherFor(engine)],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
