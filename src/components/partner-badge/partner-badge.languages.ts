/**
 * The languages the badge speaks: English and French (the Council of Europe's official languages, carried
 * in the badge's own file), the other 22 official languages of the European Union, Norwegian (`nb`, also
 * matched by `no` and `nn`), Turkish and Ukrainian. A region subtag falls back to its language (`de-AT` → `de`).
 */
export const BADGE_LANGUAGES = [
  'en',
  'fr',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
  'nb',
  'tr',
  'uk',
] as const;

/** A language the badge speaks. */
export type BadgeLanguage = (typeof BADGE_LANGUAGES)[number];

/** The badge's language for a BCP 47 tag: its language subtag when the badge speaks it (`de-AT` → `de`, `no` and `nn` → `nb`), else English. */
export function badgeLanguageOf(tag: string | null | undefined): BadgeLanguage {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const norwegian = language === 'no' || language === 'nn' ? 'nb' : language;
  return (BADGE_LANGUAGES as readonly string[]).includes(norwegian) ? (norwegian as BadgeLanguage) : 'en';
}
