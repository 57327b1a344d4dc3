import type { Locale } from '../core/data/types.js';
import { addBuiltInTexts, hasBuiltInTexts, isRegistered } from '../core/i18n/registry.js';
import type { Translation } from '../translation.js';
import { OnDemand } from './on-demand.js';

/** The built-in languages whose texts a page imports when a widget first speaks them; English is in every widget. */
const LANGUAGES: Readonly<Record<string, OnDemand<Translation>>> = {
  fr: new OnDemand(() => import('../translations/fr.js').then(({ fr }) => fr)),
  de: new OnDemand(() => import('../translations/de.js').then(({ de }) => de)),
};

/** Languages whose texts were asked for (once each), and those that could not be imported: their widgets speak English (the console says why). */
const requested = new Set<Locale>();
const unavailable = new Set<Locale>();

/**
 * Whether the widgets' texts in `locale` are here: English, a language with no built-in texts, or a built-in one
 * already imported, or one a host registered a translation for (it shows at once, the built-in texts filling what
 * it misses when they arrive). When they are not, starts importing them, and every widget re-renders once they do.
 */
export function hasTextsFor(locale: Locale): boolean {
  const language = LANGUAGES[locale];
  if (!language || hasBuiltInTexts(locale) || unavailable.has(locale)) return true;
  if (!requested.has(locale)) {
    requested.add(locale);
    language.load().then(
      (texts) => addBuiltInTexts(locale, texts),
      (error: unknown) => {
        console.error(`coe-partnership-widgets: the ${locale} texts could not be loaded, the widgets speak English:`, error);
        unavailable.add(locale);
        addBuiltInTexts(locale, {});
      },
    );
  }
  return isRegistered(locale);
}

/**
 * Whether `locale`'s texts failed to load and no host translated it, so its widgets speak English (and say so with
 * `lang`).
 */
export function isUnavailable(locale: Locale): boolean {
  return unavailable.has(locale) && !isRegistered(locale);
}
