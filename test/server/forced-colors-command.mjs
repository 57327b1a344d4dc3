// `emulateMedia({ forcedColors })` of @web/test-runner-commands drops forcedColors under puppeteer (the
// Chromium launcher here), and puppeteer's emulateMediaFeatures refuses `forced-colors`: this command sets
// it through the DevTools protocol itself (Chromium only; the tests that use it say so in their titles).
const sessions = new WeakMap();

async function cdpSessionOf(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

export function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.toLowerCase().includes('chrom')) {
        throw new Error(`forced-colors emulation needs CDP (Chromium), not ${session.browser.name}`);
      }
      const value = payload?.forcedColors === 'active' ? 'active' : 'none';
      const client = await cdpSessionOf(session.browser.getPage(session.id));
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
