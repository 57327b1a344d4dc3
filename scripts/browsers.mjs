// The three browser engines the widgets are proven in, from Debian's packages:
// Chromium (`chromium`), Firefox (`firefox-esr`) and WebKit (`webkit2gtk-driver`: WebKitWebDriver
// driving WebKitGTK's MiniBrowser under `xvfb`). Test tools' own browser downloads fail here, so
// every engine is an installed binary: Chromium and Firefox are driven by puppeteer-core (CDP and
// WebDriver BiDi), WebKit by webdriverio through a WebKitWebDriver this module starts.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { TEST_HOSTS } from '../test/helpers/test-hosts.js';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

/** Flags for a quiet headless Chromium on a closed network, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium for the browser tests: every host name goes to this machine, so pages are served as www.microsoft.com. */
export const CHROMIUM_TEST_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * 127.0.0.1'];

/** Preferences that keep Firefox off the (closed) network and quiet, and send the tests' host names to this machine. */
export const FIREFOX_PREFS = {
  'network.dns.localDomains': TEST_HOSTS.join(','),
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
};

/**
 * Each engine started as on a system in dark mode (`prefers-color-scheme: dark` from the start, as a visitor's
 * system gives it, not emulated per page): Chromium's flag, Firefox's preference, WebKitGTK's GTK theme.
 */
export const DARK_SYSTEM = {
  chromiumArgs: ['--force-dark-mode'],
  firefoxPrefs: { 'ui.systemUsesDarkTheme': 1 },
  webkitEnv: { GTK_THEME: 'Adwaita:dark' },
};

const HOSTS_FILE = '/etc/hosts';
const HOSTS_MARK = '# coe-partnership-widgets test hosts';

/**
 * WebKitGTK resolves names through the system, so the tests' host names must be in /etc/hosts. Adds them
 * (one marked line) when they are missing and the file is writable (root, as in CI); else says how.
 */
export function ensureTestHostsResolve() {
  const hosts = readFileSync(HOSTS_FILE, 'utf8');
  const local = new Set(
    hosts
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
      .filter(([address]) => address === '127.0.0.1')
      .flatMap(([, ...names]) => names),
  );
  const missing = TEST_HOSTS.filter((host) => !local.has(host));
  if (missing.length === 0) return;
  try {
    appendFileSync(HOSTS_FILE, `${hosts.endsWith('\n') ? '' : '\n'}127.0.0.1 ${missing.join(' ')} ${HOSTS_MARK}\n`);
    console.log(`Added the test host names to ${HOSTS_FILE} for WebKit: ${missing.join(', ')}`);
  } catch {
    console.error(
      `WebKit needs the test host names in ${HOSTS_FILE}; as root run:\n  echo "127.0.0.1 ${missing.join(' ')}" >> ${HOSTS_FILE}\n(or COE_ENGINES=chromium,firefox npm test)`,
    );
    process.exit(1);
  }
}

/**
 * The Debian (and Ubuntu) packages of each engine: the one list that `npm test` (scripts/install-engines.mjs,
 * its pretest step) and .ci/run install from, and that the hints below name.
 */
export const DEBIAN_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** The one command that installs the packages of `engines`, as a person without root types it. */
export function installCommand(engines) {
  const packages = engines.flatMap((engine) => DEBIAN_PACKAGES[engine]);
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

function firstExisting(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** The MiniBrowser that WebKitWebDriver drives (its folder names the architecture and API version). */
function findMiniBrowser() {
  const candidates = [];
  for (const arch of readdirSync('/usr/lib', { withFileTypes: true })) {
    if (!arch.isDirectory()) continue;
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) candidates.push(`/usr/lib/${arch.name}/${api}/MiniBrowser`);
  }
  return candidates.find((path) => existsSync(path));
}

/** The binaries of one engine, or undefined when it is not installed. */
export function findEngine(engine) {
  if (engine === 'chromium') {
    const executablePath = firstExisting('CHROME_PATH', CHROMIUM_CANDIDATES);
    return executablePath && { executablePath };
  }
  if (engine === 'firefox') {
    const executablePath = firstExisting('FIREFOX_PATH', FIREFOX_CANDIDATES);
    return executablePath && { executablePath };
  }
  if (engine === 'webkit') {
    const miniBrowser = findMiniBrowser();
    return existsSync(WEBKIT_DRIVER) && existsSync(XVFB) && miniBrowser ? { driver: WEBKIT_DRIVER, miniBrowser } : undefined;
  }
  throw new Error(`Unknown engine "${engine}": use one of ${ENGINES.join(', ')}.`);
}

/**
 * The engines asked for: `COE_ENGINES=chromium,firefox` for a quick local run, all three otherwise (and
 * always on CI). Exits with a one-line hint on a name that is not an engine.
 */
export function requestedEngines() {
  const requested = process.env.COE_ENGINES?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (requested?.length && process.env.CI) console.warn(`CI ignores COE_ENGINES=${process.env.COE_ENGINES}: it runs all three engines.`);
  const engines = requested?.length && !process.env.CI ? requested : ENGINES;
  const unknown = engines.find((engine) => !ENGINES.includes(engine));
  if (unknown) {
    console.error(`COE_ENGINES names "${unknown}": use a comma-separated list of ${ENGINES.join(', ')}.`);
    process.exit(1);
  }
  return engines;
}

/** The engines of `engines` that are not installed. */
export const missingEngines = (engines) => engines.filter((engine) => !findEngine(engine));

/** What to do about missing engines: the command that installs them, or the run that leaves them out. */
export function missingEnginesHint(missing, engines) {
  const others = engines.filter((engine) => !missing.includes(engine));
  const without = others.length ? `, or leave ${missing.length > 1 ? 'them' : 'it'} out: COE_ENGINES=${others.join(',')} npm test` : '';
  return `No ${missing.join(', ')} found. Install ${missing.length > 1 ? 'them' : 'it'} (Debian/Ubuntu; npm test does it itself as root or with sudo):\n  ${installCommand(missing)}\n${without ? `(${without.slice(2)})` : ''}`.trim();
}

/** The engines to run (`requestedEngines`); exits with the install command when one of them is missing. */
export function selectedEngines() {
  const engines = requestedEngines();
  const missing = missingEngines(engines);
  if (missing.length) {
    console.error(missingEnginesHint(missing, engines));
    process.exit(1);
  }
  return engines;
}

/** The binaries of an engine, or exits with the command that installs it. */
export function requireEngine(engine) {
  const found = findEngine(engine);
  if (found) return found;
  console.error(missingEnginesHint([engine], [engine]));
  process.exit(1);
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself; resolves to { display, stop }. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let output = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, stop: () => xvfb.kill() });
    });
  });
}

async function waitForDriver(url, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/**
 * Starts Xvfb and a WebKitWebDriver on a free port (with `env` added to its environment, which the
 * MiniBrowser it starts inherits); resolves to the webdriverio connection options for a MiniBrowser
 * session, and `stop()`, which ends both (also called when the process exits).
 */
export async function startWebKitDriver(env = {}) {
  const { driver, miniBrowser } = requireEngine('webkit');
  const xvfb = await startXvfb();
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ...env, DISPLAY: xvfb.display },
  });
  const stop = () => {
    child.kill();
    xvfb.stop();
  };
  process.once('exit', stop);
  try {
    await waitForDriver(`http://127.0.0.1:${port}`, child);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    stop,
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    },
  };
}
