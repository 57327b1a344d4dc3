// `npm run lint:manifest`, after `npm run build`: checks custom-elements.json and the package as other tools read them.
// 1. @wc-toolkit/cem-validator with every rule an error (so what it calls a warning fails the run too): schema
//    version, published module and definition paths, the types each element's API names exported beside it, tags.
// 2. Every module the manifest names is a file of the packed package (`npm pack`), and so is the manifest.
// 3. Every `--coe-` custom property an element's built CSS reads (directly or through the tokens' `--_` properties)
//    is in its `@cssprop` list with a default, and the list names no property the CSS does not read.
// 4. publint --strict, and @arethetypeswrong/cli --profile esm-only on the packed tarball (types for every export).
// Exits 1 when any check fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';
import { readProperties } from '../src/core/styles/css-vars.js';
import { elementCssText, NOT_APPLIED } from './manifest-shared.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const failures = [];

/** Runs a command, showing its output; a non-zero exit is a failure. */
function run(label, command, args) {
  console.log(`\n${label}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  try {
    process.stdout.write(execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    process.stdout.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    failures.push(`${label} failed`);
  }
}

// 1. The validator.
const EVERY_RULE_AN_ERROR = {
  packageJson: {
    packageType: 'error',
    main: 'error',
    module: 'error',
    types: 'error',
    exports: 'error',
    customElementsProperty: 'error',
    publishedCem: 'error',
  },
  manifest: {
    schemaVersion: 'error',
    modulePath: 'error',
    definitionPath: 'error',
    typeDefinitionPath: 'error',
    exportTypes: 'error',
    tagName: 'error',
  },
};
console.log('cem-validator: custom-elements.json and package.json');
try {
  await validateCem(manifest, { packageJsonPath: join(root, 'package.json'), rules: EVERY_RULE_AN_ERROR });
  console.log('cem-validator: 0 errors, 0 warnings');
} catch (error) {
  failures.push(`cem-validator: ${error.message}`);
}

// What a reader of the manifest sees for each element: its description, public members only, values as defaults.
const NAMED_CONSTANT = /^(?!(?:true|false|null|undefined)$)[A-Za-z_$][\w$]*(?:\.[\w$]+)*$/;
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.tagName) continue;
    if (!element.description) failures.push(`<${element.tagName}> has no description (@description)`);
    for (const member of element.members ?? []) {
      if ((member.privacy ?? 'public') !== 'public')
        failures.push(`<${element.tagName}> lists the ${member.privacy} member ${member.name}`);
    }
    for (const entry of [...(element.members ?? []), ...(element.attributes ?? [])]) {
      if (NAMED_CONSTANT.test(entry.default ?? ''))
        failures.push(`<${element.tagName}> ${entry.name} shows a constant's name as default: ${entry.default}`);
    }
  }
}

// 2. The packed package holds every module the manifest names.
const packDir = mkdtempSync(join(tmpdir(), 'coe-pack-'));
try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
  const packed = new Set(pack.files.map((file) => file.path));
  const named = [
    'custom-elements.json',
    ...manifest.modules.flatMap((module) => [
      module.path,
      ...(module.exports ?? []).map((entry) => entry.declaration?.module).filter((path) => path?.startsWith('dist/')),
    ]),
  ];
  const missing = [...new Set(named)].filter((path) => !packed.has(path));
  for (const path of missing) failures.push(`custom-elements.json names ${path}, which the package does not ship`);
  console.log(
    `\npackage: ${pack.files.length} files; the manifest's ${new Set(named).size} paths are ${missing.length ? 'not all' : 'all'} in it`,
  );

  // 4. publint and attw.
  run('publint', bin('publint'), ['--strict']);
  run('attw', bin('attw'), ['--profile', 'esm-only', join(packDir, pack.filename)]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

// 3. The custom properties each element reads.

await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const library = await import(join(root, 'dist/index.js'));
const { partnerBadgeCss } = await import(join(root, 'dist/components/partner-badge/partner-badge.styles.js'));
console.log('\ncustom properties: read by the built CSS / listed in the manifest');
for (const module of manifest.modules) {
  for (const element of module.declarations ?? []) {
    if (!element.tagName) continue;
    const read = readProperties(elementCssText(library, partnerBadgeCss, element.name));
    for (const name of NOT_APPLIED[element.tagName] ?? []) read.delete(name);
    const listed = new Map((element.cssProperties ?? []).map((property) => [property.name, property]));
    for (const name of read.keys()) if (!listed.has(name)) failures.push(`<${element.tagName}> reads ${name}, not in its @cssprop list`);
    for (const [name, property] of listed) {
      if (!read.has(name)) failures.push(`<${element.tagName}> lists ${name} (@cssprop), which its CSS does not read`);
      if (!property.default) failures.push(`<${element.tagName}> lists ${name} without a default (@cssprop [${name}=default])`);
    }
    console.log(`  <${element.tagName}>: ${read.size} / ${listed.size}`);
  }
}

if (failures.length > 0) {
  console.error(`\nlint:manifest: ${failures.length} failure(s)\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nlint:manifest: the manifest and the package pass every check');
