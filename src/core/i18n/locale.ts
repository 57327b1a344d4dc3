import type { Locale } from '../data/types.js';
import { BUILT_IN_LOCALES, DEFAULT_LOCALE } from './locales.js';
import { normalizeLanguageTag, registeredLocales } from './registry.js';

/** Every language the widgets speak now: the built-in ones, then those hosts registered. */
export function widgetLocales(): readonly Locale[] {
  return [...new Set([...BUILT_IN_LOCALES, ...registeredLocales()])];
}

/**
 * The language of `available` (by default the widgets' languages) a tag asks for: the whole tag
 * (`pt-BR` → a registered `pt-br`), else its language (`fr-CA` → `fr`, `de-AT` → `de`);
 * an unknown or empty tag → `undefined`.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined;
export function matchLocale<L extends string>(tag: string | null | undefined, available: readonly L[]): L | undefined;
export function matchLocale(tag: string | null | undefined, available: readonly string[] = widgetLocales()): string | undefined {
  const wanted = tag ? normalizeLanguageTag(tag) : '';
  if (!wanted) return undefined;
  const language = wanted.split('-')[0];
  return available.find((locale) => locale === wanted) ?? available.find((locale) => locale === language);
}

/** The nearest `lang` attribute from `element` upwards, crossing shadow roots, stopping below `<html>`. */
export function closestLang(element: Element): string | undefined {
  const root = element.ownerDocument.documentElement;
  for (let node: Node | null = element; node && node !== root; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * On a server there is no DOM above an element: the server renderer (`src/ssr/`) puts here the `lang` the
 * element inherits from the page around it (its closest ancestor's, else the document's).
 */
export const INHERITED_LANG = Symbol.for('coe-partnership-widgets.inherited-lang');

type ServerElement = Pick<Element, 'getAttribute'> & { [INHERITED_LANG]?: string };

/**
 * The language of an element rendered on a server: its own `lang`, else the one it inherits from the page,
 * among `available` (by default the widgets' languages); English otherwise.
 */
export function resolveServerLocale(element: ServerElement): Locale;
export function resolveServerLocale<L extends string>(element: ServerElement, available: readonly L[]): L | typeof DEFAULT_LOCALE;
export function resolveServerLocale(element: ServerElement, available: readonly string[] = widgetLocales()): string {
  return matchLocale(element.getAttribute('lang') || element[INHERITED_LANG], available) ?? DEFAULT_LOCALE;
}

/**
 * The public order: the widget's own `lang`, then the closest ancestor's
 * (a `<coe-partnership lang>` provider is always an ancestor of the widgets it
 * serves), then the document's. The first one found decides, its region subtag
 * falling back to its language (`de-AT` → `de`); a language the widgets do not
 * speak (built in or registered), or `available` does not list, falls back to English.
 */
export function resolveLocale(element: Element): Locale;
export function resolveLocale<L extends string>(element: Element, available: readonly L[]): L | typeof DEFAULT_LOCALE;
export function resolveLocale(element: Element, available: readonly string[] = widgetLocales()): string {
  const tag = closestLang(element) || element.ownerDocument.documentElement.lang;
  return matchLocale(tag, available) ?? DEFAULT_LOCALE;
}
