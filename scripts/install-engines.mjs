// Installs the browser engines the tests run in, from Debian's packages, when any is missing: `npm test`
// runs it first (its pretest step) and .ci/run calls it, so the list of packages (DEBIAN_PACKAGES in
// browsers.mjs) and the install are written once. As root, or where `sudo -n` works, it installs them and
// says so; otherwise it prints the one command to run and stops. `COE_ENGINES` limits it to those engines.
import { spawnSync } from 'node:child_process';
import { DEBIAN_PACKAGES, missingEngines, missingEnginesHint, requestedEngines } from './browsers.mjs';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** How this user runs a command as root: directly, through `sudo` without a password, or not at all. */
function asRoot() {
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return undefined;
}

/** Runs `apt-get …args` as root, with its output shown; exits when it fails. */
function aptGet(prefix, args) {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  const { status } = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${status}).`);
    process.exit(1);
  }
}

const engines = requestedEngines();
const missing = missingEngines(engines);
if (missing.length) {
  const prefix = asRoot();
  if (!prefix || !succeeds('apt-get', ['--version'])) {
    console.error(missingEnginesHint(missing, engines));
    process.exit(1);
  }
  const packages = missing.flatMap((engine) => DEBIAN_PACKAGES[engine]);
  const started = Date.now();
  console.log(`Installing the browser engines the tests need (${missing.join(', ')}): apt-get install ${packages.join(' ')}`);
  aptGet(prefix, ['update', '-qq']);
  aptGet(prefix, ['install', '-y', '-qq', ...packages]);
  const still = missingEngines(missing);
  if (still.length) {
    console.error(`apt-get installed ${packages.join(' ')}, but ${still.join(', ')} is still not found.`);
    process.exit(1);
  }
  console.log(`Installed ${packages.join(' ')} in ${Math.round((Date.now() - started) / 1000)} s.`);
}
