// The README's CDN snippets, written from the built files by the generator the Embedding page and the Partner
// kit share (scripts/cdn-snippet.js): the package's versioned jsDelivr address and each file's real sha384 hash,
// computed here from the bytes of dist/cdn/ (and checked against dist/cdn/sri.json).
//   node scripts/readme-snippets.mjs          rewrites the README's snippet section (npm run docs:snippets)
//   node scripts/readme-snippets.mjs --check  fails when the README's section is not what the built files give (npm test)
// Run `npm run build` first.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { badgeScriptSnippet, CDN_FILES, cdnBase, loaderImportMap, oneFileSnippet, SELF_HOSTING, widgetsSnippet } from './cdn-snippet.js';

// Paths are the repository's, wherever the command is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const README = 'README.md';
const START = '<!-- cdn-snippets: written by npm run docs:snippets from the built dist/cdn/ files; do not edit by hand -->';
const END = '<!-- /cdn-snippets -->';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The sha384 SRI hash of a built CDN file, from its bytes; agrees with dist/cdn/sri.json or stops. */
function builtHash(file) {
  const path = `dist/cdn/${file}`;
  if (!existsSync(path) || !existsSync('dist/cdn/sri.json')) {
    console.error(`${path} or dist/cdn/sri.json is missing: run npm run build first.`);
    process.exit(1);
  }
  const hash = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
  const published = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'))[file];
  if (published !== hash) {
    console.error(`dist/cdn/sri.json gives ${published} for ${file}, but the file's hash is ${hash}: run npm run build again.`);
    process.exit(1);
  }
  return hash;
}

/** Every CDN file's hash (dist/cdn/sri.json), each checked against the file's bytes. */
function builtHashes() {
  const hashes = JSON.parse(readFileSync('dist/cdn/sri.json', 'utf8'));
  return Object.fromEntries(Object.keys(hashes).map((file) => [file, builtHash(file)]));
}

/** The CSP source that allows the snippet's inline import map: the sha256 of its text. */
function importMapCspHash(base) {
  const text = /<script type="importmap">(.*)<\/script>/.exec(loaderImportMap(builtHashes(), base))[1];
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

const base = cdnBase(version);
const fence = (code) => `\`\`\`html\n${code.trimEnd()}\n\`\`\``;
const section = [
  START,
  fence(widgetsSnippet(builtHashes(), base)),
  '',
  `A page with a Content Security Policy allows the import map by its hash: add \`'${importMapCspHash(base)}'\` to \`script-src\`.`,
  '',
  'The loader fetches only the widgets a page shows, each checked against its hash. For every widget in one file instead:',
  '',
  fence(oneFileSnippet(builtHash(CDN_FILES.widgets), base)),
  '',
  'A partner site that shows only the badge loads its own, much smaller file (the Partner kit writes the whole badge snippet):',
  '',
  fence(badgeScriptSnippet(builtHash(CDN_FILES.badge), base)),
  '',
  SELF_HOSTING,
  END,
].join('\n');

const readme = readFileSync(README, 'utf8');
const [from, to] = [readme.indexOf(START), readme.indexOf(END)];
if (from < 0 || to < from) {
  console.error(`${README} has no snippet section: put the two lines\n${START}\n${END}\nwhere the CDN snippets go.`);
  process.exit(1);
}
const written = `${readme.slice(0, from)}${section}${readme.slice(to + END.length)}`;

if (process.argv.includes('--check')) {
  if (written !== readme) {
    console.error(
      `${README}: the CDN snippets are not those of the built files (version ${version}). Run npm run docs:snippets and commit README.md.`,
    );
    process.exit(1);
  }
  console.log(`${README}: the CDN snippets carry version ${version} and the built files' hashes.`);
} else {
  writeFileSync(README, written);
  console.log(`${README}: CDN snippets written for version ${version}.`);
}
