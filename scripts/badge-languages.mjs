// The badge's language files (src/components/partner-badge/badge-languages/*.json, one per language other
// than English and French): where the builds put them, beside the code that fetches them (the badge looks
// for `badge-languages/` next to its own module), written without whitespace.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

export const BADGE_LANGUAGE_SOURCE = 'src/components/partner-badge/badge-languages';

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
