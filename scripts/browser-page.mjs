// One page in any of the three engines, driven the same way: `goto(url)`, `evaluate(fn, ...args)`,
// `close()`. Chromium and Firefox through puppeteer-core (CDP, WebDriver BiDi), WebKit through
// webdriverio and a WebKitWebDriver (see browsers.mjs). Only what every engine's driver can do is
// offered, so a script written against it runs in all three.
import * as puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, FIREFOX_PREFS, requireEngine, startWebKitDriver } from './browsers.mjs';

async function puppeteerPage(launchOptions) {
  const browser = await puppeteer.launch({ headless: true, ...launchOptions });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load', timeout: 30000 }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    close: () => browser.close(),
  };
}

async function webkitPage() {
  const driver = await startWebKitDriver();
  const browser = await remote(driver.options);
  await browser.setWindowSize(1280, 900).catch(() => {});
  return {
    goto: (url) => browser.url(url),
    evaluate: (fn, ...args) => browser.execute(fn, ...args),
    close: async () => {
      await browser.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

/** Opens a browser of `engine` with one page. */
export function openPage(engine) {
  if (engine === 'chromium') return puppeteerPage({ executablePath: requireEngine('chromium').executablePath, args: CHROMIUM_ARGS });
  if (engine === 'firefox')
    return puppeteerPage({ browser: 'firefox', executablePath: requireEngine('firefox').executablePath, extraPrefsFirefox: FIREFOX_PREFS });
  if (engine === 'webkit') return webkitPage();
  throw new Error(`Unknown engine "${engine}"`);
}
