// The CDN build: each file self-contained (lit inlined, production mode, minified),
// then the badge's language files beside them and a JSON file of their SRI hashes (sha384).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'rolldown/utils';
import { minify as terserMinify } from 'terser';
import { build } from 'vite';
import { cdnEntries } from './entries.mjs';
import { minifyLiteralsPlugin } from './minify-literals.mjs';
import { writeBadgeLanguages } from './badge-languages.mjs';
import { designTokensModule } from './source-module.mjs';

const outDir = 'dist/cdn';
const hashes = {};
for (const [name, entry] of Object.entries(cdnEntries)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyLiteralsPlugin()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // Vite keeps whitespace in ES library output; a CDN file is an end product, so minify it fully.
      rolldownOptions: { output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  });
  const file = `${outDir}/${name}.js`;
  // Lit's licence notices, each once at the end of the file: Rolldown's output keeps them only inline, where
  // coe-widgets.js carried 18 copies of 5 notices (164 B gzip). The same minifier (oxc), printing only.
  const { code: printed } = await minify(file, readFileSync(file, 'utf8'), {
    compress: false,
    mangle: false,
    codegen: { legalComments: 'eof' },
  });
  // Then Terser, a second compressor over the whole file: measured, 66 B gzip off the badge and 517 off the
  // widgets beyond Rolldown's minifier (npm run size). It keeps the licence notices where they now are, at the end.
  // A third pass and \u escapes for non-ASCII text (é, –, ’ compress better as escapes): measured, -18 B gzip
  // off the badge and -74 off the widgets beyond two passes.
  const { code } = await terserMinify(printed, {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: /@license|@preserve|^!/, ascii_only: true },
  });
  writeFileSync(file, code);
  hashes[`${name}.js`] = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}
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
