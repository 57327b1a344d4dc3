import type { Locale } from '../data/types.js';
import { BUILT_IN_LOCALES } from './locales.js';

/**
 * The translations a host registered (`registerTranslation` in src/translation.ts), by language code,
 * and the widgets to tell when one arrives. Lit-free and untyped here: the public, typed shape of a
 * translation lives above the components, which each read their own section of it.
 */
export type TranslationSection = 'common' | 'partnerGrid' | 'highlightsTimeline' | 'benefitsList' | 'contactForm';

type Sections = Partial<Readonly<Record<TranslationSection, unknown>>>;

const registered = new Map<string, Sections>();
/** The French and German texts, once a widget that speaks the language imported them (src/translations/). */
const builtIn = new Map<string, Sections>();
const merged = new Map<string, unknown>();
const listeners = new Set<() => void>();

/** Adds (or replaces) the texts of `language` (a lower-case language subtag, as `matchLocale` compares) and tells every subscribed widget. */
export function addTranslation(language: string, sections: Sections): void {
  registered.set(language, sections);
  merged.clear();
  listeners.forEach((listener) => listener());
}

/** Adds the built-in texts of `language` once they arrived, and tells every subscribed widget. */
export function addBuiltInTexts(language: string, sections: Sections): void {
  builtIn.set(language, sections);
  merged.clear();
  listeners.forEach((listener) => listener());
}

/** Whether a host registered a translation for `language`. */
export function isRegistered(language: string): boolean {
  return registered.has(language);
}

/** Whether the built-in texts of `language` are here. */
export function hasBuiltInTexts(language: string): boolean {
  return builtIn.has(language);
}

/** Every language the widgets speak now: the built-in ones, then those hosts registered (for `resolveLocale`). */
export function widgetLocales(): readonly Locale[] {
  return [...new Set([...BUILT_IN_LOCALES, ...registered.keys()])];
}

/** Calls `listener` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationAdded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `given` where it has a value of the right kind, else `fallback`, key by key through nested objects:
 * a registered translation that misses a key (or gives a text where a function is due) shows English there.
 */
function withFallback<T>(fallback: T, given: unknown): T {
  if (typeof given !== typeof fallback || given === null) return fallback;
  if (typeof fallback !== 'object' || fallback === null || Array.isArray(fallback)) return given as T;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fallback)) result[key] = withFallback(value, (given as Record<string, unknown>)[key]);
  return result as T;
}

/**
 * Section `section` in `locale`: the translation a host registered for it, over the built-in texts of that language
 * (once they arrived), over `english`, key by key; `english` when there is neither. `english` is the component's
 * own texts, kept beside it, so a page only carries the English it shows.
 */
export function registeredSection<T>(locale: Locale, section: TranslationSection, english: T): T {
  const base = (builtIn.get(locale)?.[section] as T | undefined) ?? english;
  const sections = registered.get(locale);
  if (!sections) return base;
  const key = `${locale}|${section}`;
  if (!merged.has(key)) merged.set(key, withFallback(base, sections[section]));
  return merged.get(key) as T;
}
