import { DEFAULT_LOCALE } from './locales.js';

/**
 * The language of `available` (the widgets' `widgetLocales()`, the badge's own list) a tag asks for:
 * its language subtag (`fr-CA` → `fr`, `de-AT` → `de`, `EN_gb` → `en`); an unknown or empty tag → `undefined`.
 * Registry-free, so that the badge's file carries no more than it needs.
 */
export function matchLocale<L extends string>(tag: string | null | undefined, available: readonly L[]): L | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return available.find((locale) => locale === primary);
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

type ServerElement = Pick<Element, 'getAttribute'> & { [INHERITED_LANG]?: string };

/** The language of an element rendered on a server: its own `lang`, else the one it inherits from the page, among `available`; English otherwise. */
export function resolveServerLocale<L extends string>(element: ServerElement, available: readonly L[]): L | typeof DEFAULT_LOCALE {
  return matchLocale(element.getAttribute('lang') || element[INHERITED_LANG], available) ?? DEFAULT_LOCALE;
}

/**
 * The public order: the widget's own `lang`, then the closest ancestor's
 * (a `<coe-partnership lang>` provider is always an ancestor of the widgets it
 * serves), then the document's. The first one found decides, its region subtag
 * falling back to its language (`de-AT` → `de`); a language `available` does not
 * list falls back to English. The widgets' languages are `widgetLocales()`.
 */
export function resolveLocale<L extends string>(element: Element, available: readonly L[]): L | typeof DEFAULT_LOCALE {
  // The document's language also reaches an element that is not in the document (yet).
  const tag = closestLang(element) || element.ownerDocument.documentElement.lang;
  return matchLocale(tag, available) ?? DEFAULT_LOCALE;
}
