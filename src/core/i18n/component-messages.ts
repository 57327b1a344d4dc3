import type { BuiltInLocale, Locale } from '../data/types.js';
import { isBuiltInLocale } from './locales.js';
import { registeredSection, type TranslationSection } from './registry.js';

/**
 * A component's own messages, one object per built-in language. Typed so that a missing
 * language or a missing key fails the typecheck; kept beside the component so
 * that a page (or the badge's CDN file) only carries the texts it shows.
 */
export type ComponentMessages<T> = Readonly<Record<BuiltInLocale, T>>;

/**
 * A component's messages in `locale`: the `section` of the translation a host registered for it, over
 * the built-in texts of that language (English for a language with none) wherever it misses a key;
 * else those built-in texts.
 */
export function messagesIn<T>(builtIn: ComponentMessages<T>, section: TranslationSection, locale: Locale): T {
  return registeredSection(locale, section, isBuiltInLocale(locale) ? builtIn[locale] : builtIn.en);
}
