import type { Locale } from '../data/types.js';
import { intlLocaleOf } from './locales.js';
import { cachedPerKey } from './intl-cache.js';

/**
 * A word or a sentence in each plural category a language uses (CLDR's `zero`, `one`, `two`, `few`, `many`,
 * `other`: English and German use `one` and `other`, Polish also `few` and `many`). `other` is required.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** One `Intl.PluralRules` per language, made when a text first needs it. */
const pluralRulesOf = cachedPerKey((intlLocale) => new Intl.PluralRules(intlLocale));

/**
 * The form of `forms` for `count`, by the language's own plural rules (`Intl.PluralRules`), not `count === 1`:
 * French puts 0 with 1 ("0 caractère"), English does not ("0 characters"). The one helper for every catalogue,
 * the built-in ones and a host's own (`registerTranslation`); a category the forms leave out takes `other`.
 */
export function pluralForm(count: number, locale: Locale, forms: PluralForms): string {
  return forms[pluralRulesOf(intlLocaleOf(locale)).select(count)] ?? forms.other;
}
