import { executeServerCommand } from '@web/test-runner-commands';

/** The browser engine this test file runs in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
export const ENGINE: Engine = agent.includes('Firefox/') ? 'firefox' : agent.includes('Chrome/') ? 'chromium' : 'webkit';

/**
 * A test that needs an API only some engines give to a test (CDP media emulation, for one).
 * Elsewhere it is reported as skipped, with the reason in its title, never left out silently.
 */
export function itIn(engines: readonly Engine[], reason: string, title: string, test: Mocha.AsyncFunc): void {
  if (engines.includes(ENGINE)) it(title, test);
  else
    it(`${title} (not run in ${ENGINE}: ${reason})`, function () {
      this.skip();
    });
}

/** The media emulation of @web/test-runner-commands works through CDP, so in Chromium only. */
export const MEDIA_EMULATION = ['chromium'] as const satisfies readonly Engine[];
export const NEEDS_CDP = 'media emulation needs CDP';

export const FORCED_COLORS_NEED_CDP = 'forced-colors emulation needs CDP';

/**
 * Forced colours (Windows High Contrast) on or off, through the DevTools protocol (Chromium only:
 * test/server/forced-colors-command.mjs; `emulateMedia` drops `forcedColors` under puppeteer).
 */
export async function emulateForcedColors(forcedColors: 'active' | 'none'): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { forcedColors });
}
