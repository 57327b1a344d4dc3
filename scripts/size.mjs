// Size report: gzip and brotli bytes of each CDN file and each npm entry (bundled with
// esbuild, minified, lit external), checked against size-budgets.json. Exits 1 when over.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnEntries, ELEMENTS_FOLDER, ELEMENTS_GRAPH, libraryEntries, LOADER_FILE } from './entries.mjs';
import { minifyLiteralsEsbuildPlugin } from './minify-literals.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * What a page that imports `entry` loads at start: its bundle (esbuild, minified, lit external), with code splitting
 * as an app's bundler does it, so that a module imported on demand (the data checks) is left out until a page needs
 * it; the entry and the chunks it imports statically, measured as one file.
 */
async function bundleEntry(entry) {
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    splitting: true,
    outdir: 'size-report',
    metafile: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // lit-html is lit's own template engine (Lit's hydration support imports it by that name): lit, not ours.
    external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    plugins: [minifyLiteralsEsbuildPlugin()],
  });
  const files = new Map(result.outputFiles.map((file) => [relative('.', file.path), file.contents]));
  const loaded = new Set();
  const visit = (path) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of result.metafile.outputs[path].imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit('size-report/entry.js');
  return Buffer.concat([...loaded].map((path) => files.get(path)));
}

const rows = [];
for (const name of Object.keys(cdnEntries)) {
  const file = `dist/cdn/${name}.js`;
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
  rows.push({ name: `cdn/${name}.js`, ...measure(readFileSync(file)) });
}
// What a page in another language fetches for the badge: the script, then its language's file (the largest counts).
const languageFolder = 'dist/cdn/badge-languages';
if (existsSync(languageFolder)) {
  const badge = measure(readFileSync('dist/cdn/coe-partner-badge.js'));
  const files = readdirSync(languageFolder).map((file) => ({ file, ...measure(readFileSync(`${languageFolder}/${file}`)) }));
  const largest = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  rows.push({
    name: 'cdn/coe-partner-badge.js + language',
    raw: badge.raw + largest.raw,
    gzip: badge.gzip + largest.gzip,
    brotli: badge.brotli + largest.brotli,
    note: `(with ${largest.file}, the largest of ${files.length})`,
  });
}
// What a page that uses the loader fetches: the loader, then each element's module and the chunks it imports (each
// file once), for the pages of the boot benchmark (npm run bench:boot).
const graphFile = `dist/cdn/${ELEMENTS_FOLDER}/${ELEMENTS_GRAPH}`;
if (existsSync(graphFile)) {
  const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
  const pageOf = (...tags) => [LOADER_FILE, ...new Set(tags.flatMap((tag) => graph[tag].map(([file]) => file)))];
  const loaderPages = {
    'cdn/loader page: grid': pageOf('coe-partner-grid'),
    'cdn/loader page: four widgets': pageOf(
      'coe-partnership',
      'coe-partner-grid',
      'coe-highlights-timeline',
      'coe-benefits-list',
      'coe-contact-form',
    ),
    'cdn/loader page: badge': pageOf('coe-partner-badge'),
  };
  for (const [name, files] of Object.entries(loaderPages)) {
    const sizes = files.map((file) => measure(readFileSync(`dist/cdn/${file}`)));
    const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
    rows.push({ name, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), note: `(${files.length} files, each gzipped)` });
  }
}
for (const [name, entry] of Object.entries(libraryEntries)) {
  rows.push({ name: `npm/${name}.js`, ...measure(await bundleEntry(entry)) });
}

const budgetOf = (name) => budgets[name] ?? budgets[`${name.split('/')[0]}/*`];
let over = 0;
const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(30)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 8)}  status`);
for (const row of rows) {
  const budget = budgetOf(row.name);
  const isOver = budget !== undefined && row.gzip > budget;
  if (isOver) over++;
  const share = budget ? `${Math.round((row.gzip / budget) * 100)}%` : '';
  console.log(
    `${row.name.padEnd(30)} ${pad(row.raw, 8)} ${pad(row.gzip, 8)} ${pad(row.brotli, 8)} ${pad(budget ?? '-', 8)}  ${isOver ? 'OVER' : 'ok'} ${share} ${row.note ?? ''}`.trimEnd(),
  );
}
console.log(over ? `${over} file(s) over budget (gzip bytes).` : 'All files within their gzip budgets.');
process.exit(over ? 1 : 0);
