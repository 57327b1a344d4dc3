import type { Locale } from '../data/types.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from './locales.js';

/** `fr-CA` → `fr`; an unsupported or empty tag → `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === primary);
}

/** The nearest `lang` attribute from `element` upwards, crossing shadow roots, up to `<html>`. */
export function closestLang(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
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

/** The language of an element rendered on a server: its own `lang`, else the one it inherits from the page. */
export function resolveServerLocale(element: Pick<Element, 'getAttribute'> & { [INHERITED_LANG]?: string }): Locale {
  return matchLocale(element.getAttribute('lang') || element[INHERITED_LANG]) ?? DEFAULT_LOCALE;
}

/**
 * The public order: the widget's own `lang`, then the closest ancestor's
 * (a `<coe-partnership lang>` provider is always an ancestor of the widgets it
 * serves), then the document's. The first one found decides; a language
 * without a catalog falls back to English.
 */
export function resolveLocale(element: Element): Locale {
  // The document's language also reaches an element that is not in the document (yet).
  const tag = closestLang(element) || element.ownerDocument.documentElement.lang;
  return matchLocale(tag) ?? DEFAULT_LOCALE;
}
