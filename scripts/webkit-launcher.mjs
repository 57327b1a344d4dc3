// web-test-runner's WebDriver launcher for WebKitGTK's MiniBrowser (see browsers.mjs).
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { startWebKitDriver } from './browsers.mjs';

/**
 * Types with one explicit keyDown/keyUp pair per key. webdriverio's `keys()`, which the stock
 * launcher uses, drops a repeated key and most spaces here: "Hello no such" arrived as "Helo nosuch".
 */
class WebKitLauncher extends WebdriverLauncher {
  sendKeys(sessionId, keys) {
    const values = keys.map((key) => Key[key] ?? key);
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }
}

/** Starts Xvfb and WebKitWebDriver (with `env` added to theirs), and returns a launcher that drives a MiniBrowser through them. */
export async function webkitLauncher(env = {}) {
  const { options } = await startWebKitDriver(env);
  return new WebKitLauncher(options);
}
