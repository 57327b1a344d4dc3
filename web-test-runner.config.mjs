// One browser engine per run: `COE_ENGINE=firefox wtr`. `npm run test:browser`
// (scripts/test-browsers.mjs) runs the suite in Chromium, Firefox and WebKit one after another.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import * as puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_TEST_ARGS, DARK_SYSTEM, ensureTestHostsResolve, FIREFOX_PREFS, requireEngine } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testEndpoints } from './test/server/test-endpoints.mjs';
import { contactEndpoints } from './test/server/contact-endpoints.mjs';
import { designTokenPages } from './test/server/design-token-pages.mjs';
import { embedPages } from './test/server/embed-pages.mjs';
import { ssrPages } from './test/server/ssr-pages.mjs';
import { kitPages } from './test/server/kit-pages.mjs';
import { forcedColorsCommand } from './test/server/forced-colors-command.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const engine = process.env.COE_ENGINE ?? 'chromium';

/** A launcher of engine `name`; with `darkSystem`, the browser starts as on a system in dark mode. */
async function launcherFor(name, { darkSystem = false } = {}) {
  if (name === 'chromium') {
    const args = darkSystem ? [...CHROMIUM_TEST_ARGS, ...DARK_SYSTEM.chromiumArgs] : CHROMIUM_TEST_ARGS;
    return chromeLauncher({ launchOptions: { executablePath: requireEngine('chromium').executablePath, headless: true, args } });
  }
  if (name === 'firefox') {
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: requireEngine('firefox').executablePath,
        headless: true,
        extraPrefsFirefox: darkSystem ? { ...FIREFOX_PREFS, ...DARK_SYSTEM.firefoxPrefs } : FIREFOX_PREFS,
      },
    });
  }
  if (name === 'webkit') {
    ensureTestHostsResolve();
    return webkitLauncher(darkSystem ? DARK_SYSTEM.webkitEnv : {});
  }
  throw new Error(`COE_ENGINE=${name}: use chromium, firefox or webkit.`);
}

export default {
  // Each element's and core module's tests sit beside it; the cross-cutting suites (embedding, SSR, hosts) in test/.
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/dark-system/**'],
  // The same engine again, started with its system in dark mode, for the pages a visitor in dark mode sees.
  groups: [{ name: 'dark-system', files: ['test/dark-system/**/*.test.ts'], browsers: [await launcherFor(engine, { darkSystem: true })] }],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    forcedColorsCommand(),
    a11ySnapshotPlugin(),
  ],
  middleware: [testEndpoints(), contactEndpoints(), embedPages(), ssrPages(), kitPages(), designTokenPages()],
  browsers: [await launcherFor(engine)],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
