// The CDN build: the one-file builds (lit inlined, production mode, minified), one module per element with their
// shared chunks and the loader, then the badge's language files beside them and a JSON file of every file's SRI
// hash (sha384).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build as esbuild } from 'esbuild';
import { minify } from 'rolldown/utils';
import { minify as terserMinify } from 'terser';
import { build } from 'vite';
import { LOADER_OWN_FILES } from './cdn-snippet.js';
import { cdnEntries, elementEntries, ELEMENTS_FOLDER, ELEMENTS_GRAPH, LOADER_FILE } from './entries.mjs';
import { minifyLiteralsPlugin } from './minify-literals.mjs';
import { writeBadgeLanguages } from './badge-languages.mjs';
import { designTokensModule } from './source-module.mjs';

const outDir = 'dist/cdn';
const hashes = {};

/**
 * A built file as a CDN serves it: Lit's licence notices, each once at the end of the file (Rolldown's output keeps
 * them only inline, where coe-widgets.js carried 18 copies of 5 notices: 164 B gzip), with the same minifier (oxc),
 * printing only; then Terser, a second compressor over the whole file: measured, 66 B gzip off the badge and 517 off
 * the widgets beyond Rolldown's minifier (npm run size). It keeps the licence notices where they now are, at the end.
 * A third pass and \u escapes for non-ASCII text (é, –, ’ compress better as escapes): measured, -18 B gzip off the
 * badge and -74 off the widgets beyond two passes. Returns the file's integrity hash.
 */
async function finishCdnFile(file) {
  const { code: printed } = await minify(file, readFileSync(file, 'utf8'), {
    compress: false,
    mangle: false,
    codegen: { legalComments: 'eof' },
  });
  const { code } = await terserMinify(printed, {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: /@license|@preserve|^!/, ascii_only: true },
  });
  writeFileSync(file, code);
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The CDN build's shared settings: production mode, ES2022, minified, template literals minified. */
const cdnBuild = (build) => ({
  configFile: false,
  logLevel: 'warn',
  plugins: [minifyLiteralsPlugin()],
  ...build,
});

/**
 * In a one-file build, the code the widgets import on demand (the data checks, the French and German texts) is in
 * the file anyway: each of those `import('./…')` becomes a static import, which spares the bundler's lazy wrappers
 * around every module it reaches (measured: coe-widgets.js weighed 46,887 B gzip with the data checks' import
 * inlined as the bundler does it, 46,387 with it made static). The files and how many imports each has are listed,
 * and checked: a change there fails the build rather than growing the file unseen.
 */
const ON_DEMAND_IMPORTS = { 'src/lit/data-checks-loader.ts': 1, 'src/lit/language-texts.ts': 2 };
const staticOnDemandPlugin = () => ({
  name: 'coe-static-on-demand',
  transform(code, id) {
    const file = relative('.', id).split('\\').join('/');
    if (!(file in ON_DEMAND_IMPORTS)) return undefined;
    const imports = [];
    const rewritten = code.replace(/(?<!typeof\s*)\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_, quote, path) => {
      imports.push(`import * as onDemand${imports.length} from ${quote}${path}${quote};`);
      return `Promise.resolve(onDemand${imports.length - 1})`;
    });
    if (imports.length !== ON_DEMAND_IMPORTS[file])
      throw new Error(`${file}: ${imports.length} on-demand imports, ${ON_DEMAND_IMPORTS[file]} expected: update ON_DEMAND_IMPORTS`);
    return `${imports.join('\n')}\n${rewritten}`;
  },
});

// 1. One file per entry, self-contained (lit inlined): coe-widgets.js and coe-partner-badge.js, for those who want one file.
for (const [name, entry] of Object.entries(cdnEntries)) {
  await build(
    cdnBuild({
      plugins: [staticOnDemandPlugin(), minifyLiteralsPlugin()],
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
        // Vite keeps whitespace in ES library output; a CDN file is an end product, so minify it fully.
        rolldownOptions: { output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
      },
    }),
  );
  hashes[`${name}.js`] = await finishCdnFile(`${outDir}/${name}.js`);
}

// 2. One module per element in elements/, with the chunks they share (Lit, the base classes, the data rules) in
// elements/chunks/, and the loader that loads what a page shows (src/cdn/loader.ts), with every file's hash.
const elementsDir = `${outDir}/${ELEMENTS_FOLDER}`;
rmSync(elementsDir, { recursive: true, force: true });

/**
 * The source files an element's module runs before it draws: its static imports, not what it imports on demand
 * (esbuild's metafile, with code splitting so that an `import()` stays a chunk of its own).
 */
async function modulesRunBy(entry) {
  const { metafile } = await esbuild({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
  });
  const files = new Set();
  const visit = (output) => {
    if (files.has(output)) return;
    files.add(output);
    for (const { path, kind } of metafile.outputs[output].imports) if (kind === 'import-statement') visit(path);
  };
  visit(Object.keys(metafile.outputs).find((output) => metafile.outputs[output].entryPoint === entry));
  return new Set([...files].flatMap((output) => Object.keys(metafile.outputs[output].inputs)));
}
const sourcePath = (id) => relative('.', id).split('\\').join('/');
/** Each element's modules (`modulesRunBy`), by tag, read once. */
const elementSources = Object.fromEntries(
  await Promise.all(Object.entries(elementEntries).map(async ([tag, entry]) => [tag, await modulesRunBy(entry)])),
);
/** The grid is the widget pages show most (and the one issue 22 measures alone). */
const gridModules = elementSources['coe-partner-grid'];

/**
 * Shared code in two chunks, not one per set of elements that share it: each module a page imports is a request, an
 * integrity check and a task (the automatic chunking gave the grid 13 chunks, and its page cost more main-thread time
 * than the one-file build's, npm run bench:boot). `widgets`: what the grid shares with another element (Lit, the
 * base classes, texts and styles); `lists`: what the other widgets share and the grid does not use (headings, icons:
 * 1,426 B gzip that a grid-only page fetched for nothing). The data checks and the languages stay chunks of their
 * own, imported when a widget needs them.
 */
const sharedChunks = {
  groups: [
    { name: 'widgets', test: (id) => gridModules.has(sourcePath(id)), minShareCount: 2, priority: 2 },
    { name: 'lists', minShareCount: 2, priority: 1 },
  ],
};
const [elementsOutput] = [].concat(
  await build(
    cdnBuild({
      build: {
        outDir: elementsDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        // Library mode, as the one-file builds: Vite then leaves out its preload helper, which wrapped each
        // on-demand import in the widgets chunk with code that adds <link rel=modulepreload> tags to the host's
        // <head> and fires a vite:preloadError event on its window (measured: 3,419 B before minifying).
        lib: { entry: elementEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        rolldownOptions: {
          preserveEntrySignatures: 'exports-only',
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            codeSplitting: sharedChunks,
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
          },
        },
      },
    }),
  ),
);
const chunks = elementsOutput.output.filter((item) => item.type === 'chunk');
const integrity = {};
for (const chunk of chunks) integrity[chunk.fileName] = await finishCdnFile(`${elementsDir}/${chunk.fileName}`);
/** A module and every chunk it imports, each once: what a page fetches for one element. */
const graphOf = (fileName, seen = new Set()) => {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of chunks.find((chunk) => chunk.fileName === fileName).imports) graphOf(imported, seen);
  return seen;
};
const elementModules = Object.fromEntries(
  chunks
    .filter((chunk) => chunk.isEntry)
    .map((chunk) => [chunk.name, [...graphOf(chunk.fileName)].map((file) => [`${ELEMENTS_FOLDER}/${file}`, integrity[file]])]),
);
/**
 * The built-in languages' texts (src/translations/), each a chunk the widgets import when they first speak it
 * (src/lit/language-texts.ts), and the tags whose modules run that import: the loader starts fetching a widget's
 * texts with its module, not one round trip after it.
 */
const languageTexts = Object.fromEntries(
  chunks
    .map((chunk) => [
      /^src\/translations\/(\w+)\.ts$/.exec(chunk.facadeModuleId ? sourcePath(chunk.facadeModuleId) : '')?.[1],
      chunk.fileName,
    ])
    .filter(([language]) => language),
);
const speaks = (tag) => elementSources[tag].has('src/lit/language-texts.ts');
// The loader names each element's module from its tag.
for (const [tag, [[entry]]] of Object.entries(elementModules))
  if (entry !== `${ELEMENTS_FOLDER}/${tag}.js`)
    throw new Error(`<${tag}>'s module is ${entry}: the loader expects ${ELEMENTS_FOLDER}/${tag}.js`);
if (Object.keys(languageTexts).sort().join() !== 'de,fr')
  throw new Error(`The language chunks are ${Object.keys(languageTexts).join()}, fr and de expected`);
/** What the loader loads for each tag: `elements/<tag>.js` (1 when it imports the languages' texts, else 0), or a file. */
const loaderElements = {
  ...Object.fromEntries(Object.keys(elementModules).map((tag) => [tag, speaks(tag) ? 1 : 0])),
  ...LOADER_OWN_FILES,
};
// The same graph for the size report and the boot benchmark: each element's files, as the loader fetches them.
const loaderGraph = { ...elementModules };
for (const [tag, file] of Object.entries(LOADER_OWN_FILES)) {
  if (!hashes[file]) throw new Error(`The loader loads <${tag}> from ${file}, which this build did not write`);
  loaderGraph[tag] = [[file, hashes[file]]];
}
writeFileSync(`${elementsDir}/${ELEMENTS_GRAPH}`, `${JSON.stringify(loaderGraph, null, 2)}\n`);
await build(
  cdnBuild({
    define: {
      COE_ELEMENTS: JSON.stringify(loaderElements),
      COE_ELEMENTS_FOLDER: JSON.stringify(ELEMENTS_FOLDER),
      COE_LANGUAGE_TEXTS: JSON.stringify(
        Object.fromEntries(Object.entries(languageTexts).map(([language, file]) => [language, `${ELEMENTS_FOLDER}/${file}`])),
      ),
    },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: 'src/cdn/loader.ts', formats: ['es'], fileName: () => LOADER_FILE },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  }),
);
hashes[LOADER_FILE] = await finishCdnFile(`${outDir}/${LOADER_FILE}`);
for (const [file, hash] of Object.entries(integrity)) hashes[`${ELEMENTS_FOLDER}/${file}`] = hash;
console.log(
  `CDN elements: ${Object.entries(loaderGraph)
    .map(([tag, files]) => `<${tag}> ${files.length} files`)
    .join(', ')}`,
);
// Both files draw badges, which fetch their other languages from badge-languages/ beside the file.
writeBadgeLanguages(outDir);
writeFileSync(`${outDir}/sri.json`, `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`CDN files and SRI hashes written to ${outDir}/sri.json`);
// The JSON Schema of the data document beside them, from the npm build of the rule set (vite build ran first).
const { partnershipDataSchema, DATA_SCHEMA_FILE } = await import('../dist/core/data/schema.js');
writeFileSync(`${outDir}/${DATA_SCHEMA_FILE}`, `${JSON.stringify(partnershipDataSchema(), null, 2)}\n`);
console.log(`The data document's JSON Schema written to ${outDir}/${DATA_SCHEMA_FILE}`);
// The design tokens in the W3C Design Tokens format, for Style Dictionary and Tokens Studio for Figma, read from the
// CSS the widgets run (src/core/styles/design-tokens.ts).
const { dtcgTokens, DESIGN_TOKENS_FILE } = await designTokensModule();
writeFileSync(DESIGN_TOKENS_FILE, `${JSON.stringify(dtcgTokens(), null, 2)}\n`);
console.log(`The design tokens written to ${DESIGN_TOKENS_FILE}`);
