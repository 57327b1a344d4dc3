/**
 * The widgets' texts as one translation per language: the built-in ones (English, French, German)
 * and `registerTranslation`, by which a host adds its own language (or adjusts a built-in one),
 * as Shoelace's `registerTranslation` does. The badge is not covered: it has its own languages.
 */
import type { BuiltInLocale } from './core/data/types.js';
import { en as common } from './core/i18n/en.js';
import type { Messages } from './core/i18n/messages.js';
import { addTranslation, type TranslationSection } from './core/i18n/registry.js';
import { benefitsListEnglish, type BenefitsListMessages } from './components/benefits-list/benefits-list.messages.js';
import { contactFormEnglish, type ContactFormMessages } from './components/contact-form/contact-form.messages.js';
import {
  highlightsTimelineEnglish,
  type HighlightsTimelineMessages,
} from './components/highlights-timeline/highlights-timeline.messages.js';
import { partnerGridEnglish, type PartnerGridMessages } from './components/partner-grid/partner-grid.messages.js';
import { de } from './translations/de.js';
import { fr } from './translations/fr.js';

/**
 * Every text of `<coe-partner-grid>`, `<coe-highlights-timeline>`, `<coe-benefits-list>` and
 * `<coe-contact-form>` in one language: what `registerTranslation` takes. Typed in full, so that
 * TypeScript names any text a translation misses; at run time a missing text shows in English.
 * The partner data's own texts are not here: a data text with no translation in the language shows
 * in the language it has (English first), marked with its `lang`.
 */
export interface Translation {
  /**
   * The language, as a BCP 47 language code (`it`). A widget speaks it when its `lang` (or its closest
   * ancestor's, or the document's) is that language, in any regional form (`it`, `it-CH`). A tag with a
   * region (`pt-BR`) registers its language (`pt`): one translation per language, as for the built-in ones.
   */
  readonly $code: string;
  /** The language's name in that language (`Italiano`), for language pickers. */
  readonly $name: string;
  /** The texts every widget shares: loading, errors, partner kinds, dates joined. */
  readonly common: Messages;
  readonly partnerGrid: PartnerGridMessages;
  readonly highlightsTimeline: HighlightsTimelineMessages;
  readonly benefitsList: BenefitsListMessages;
  /** The contact form's texts; `errors` are the words for each problem with a field. */
  readonly contactForm: ContactFormMessages;
}

/** The English texts, from beside each component (French and German: src/translations/). */
// `satisfies`: a section the widgets read but `Translation` lacks fails here.
const en = {
  $code: 'en',
  $name: 'English',
  common,
  partnerGrid: partnerGridEnglish,
  highlightsTimeline: highlightsTimelineEnglish,
  benefitsList: benefitsListEnglish,
  contactForm: contactFormEnglish,
} satisfies Translation & Record<TranslationSection, unknown>;

const BUILT_IN: Readonly<Record<BuiltInLocale, Translation>> = { en, fr, de };

/**
 * A built-in translation, to start a new language from (`{ ...builtInTranslation('en'), $code: 'it', … }`)
 * or to read the texts the widgets show.
 */
export function builtInTranslation(locale: BuiltInLocale): Translation {
  return { ...BUILT_IN[locale] };
}

/**
 * Adds a language to every widget on the page (or replaces the texts of one, built-in languages
 * included): widgets whose `lang` asks for it, already rendered or not, show it at once. Any text the
 * translation misses shows in English (for a built-in language, in that language's built-in text).
 * Throws a `RangeError` when `$code` is not a BCP 47 language tag.
 *
 * ```js
 * import { registerTranslation } from 'coe-partnership-widgets';
 * registerTranslation({ $code: 'it', $name: 'Italiano', common: { loading: 'Caricamento…', … }, … });
 * ```
 */
export function registerTranslation(translation: Translation): void {
  const [tag] = Intl.getCanonicalLocales(translation.$code);
  if (!tag) throw new RangeError('registerTranslation needs a $code, such as "it"');
  addTranslation(new Intl.Locale(tag).language, translation);
}
