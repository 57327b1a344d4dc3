// The badge's language files (src/components/partner-badge/badge-languages/*.json, one per language other
// than English and French): where the builds put them, beside the code that fetches them (the badge looks
// for `badge-languages/` next to its own module), written without whitespace.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BADGE_LANGUAGE_SOURCE = fileURLToPath(new URL('../src/components/partner-badge/badge-languages', import.meta.url));

/** Each language file: its name (`de.json`) and its minified text. */
export function badgeLanguageFiles() {
  return readdirSync(BADGE_LANGUAGE_SOURCE)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: JSON.stringify(JSON.parse(readFileSync(`${BADGE_LANGUAGE_SOURCE}/${name}`, 'utf8'))) }));
}

/** Writes the language files into `folder`/badge-languages/. */
export function writeBadgeLanguages(folder) {
  mkdirSync(`${folder}/badge-languages`, { recursive: true });
  for (const { name, text } of badgeLanguageFiles()) writeFileSync(`${folder}/badge-languages/${name}`, text);
}

/**
 * For Vite builds that bundle the badge into their own files (the demo, Storybook): the language files in the
 * assets folder beside the bundled code, where the badge looks for them. (The dev server serves them from src/.)
 * A host that bundles the npm build itself copies `dist/components/partner-badge/badge-languages/` the same way.
 */
export function badgeLanguagesPlugin() {
  let assetsDir = 'assets';
  return {
    name: 'coe-badge-languages',
    apply: 'build',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
    },
    generateBundle() {
      for (const { name, text } of badgeLanguageFiles())
        this.emitFile({ type: 'asset', fileName: `${assetsDir}/badge-languages/${name}`, source: text });
    },
  };
}
