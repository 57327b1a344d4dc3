import type { Locale } from '../data/types.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from './locales.js';

/** `fr-CA` → `fr`; an unsupported or empty tag → `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === primary);
}

/** The nearest `lang` attribute from `element` upwards, crossing shadow roots, stopping below `<html>`. */
export function closestLang(element: Element): string | undefined {
  let node: Node | null = element;
  const root = element.ownerDocument.documentElement;
  while (node && node !== root) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * PRODUCT.md's order: the widget's own `lang`, then the closest ancestor's
 * (a `<coe-partnership lang>` provider is always an ancestor of the widgets it
 * serves), then the document's. The first one found decides; a language
 * without a catalog falls back to English.
 */
export function resolveLocale(element: Element): Locale {
  const tag = closestLang(element) || element.ownerDocument.documentElement.lang;
  return matchLocale(tag) ?? DEFAULT_LOCALE;
}
