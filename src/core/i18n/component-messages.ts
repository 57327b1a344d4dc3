import type { Locale } from '../data/types.js';
import { registeredSection, type TranslationSection } from './registry.js';

/**
 * A component's messages in `locale`: the `section` of the translation a host registered for it, over the built-in
 * texts of that language (French and German, src/translations/, once loaded), over the component's `english` texts
 * wherever they miss a key. Each component carries its English texts beside it, so a page only carries the texts it
 * shows.
 */
export function messagesIn<T>(english: T, section: TranslationSection, locale: Locale): T {
  return registeredSection(locale, section, english);
}
