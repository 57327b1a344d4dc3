/** The closest `lang` above a node, crossing from a shadow root to its host. */
export function languageOfNode(node: Node): string | null {
  for (let current: Node | null = node; current; current = current instanceof ShadowRoot ? current.host : current.parentNode) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
  }
  return null;
}

/** Every text a widget's shadow root shows (styles left out), with the language it is marked in. */
export function markedTexts(widget: Element): { text: string; lang: string | null }[] {
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: { text: string; lang: string | null }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text && node.parentElement?.localName !== 'style') found.push({ text, lang: languageOfNode(node) });
  }
  return found;
}

/**
 * The texts marked in a language other than `locale`, except the `dataTexts` (the partner data's
 * texts with no translation in `locale`) that must be marked `en`: empty when every text is marked right.
 */
export function wronglyMarked(widget: Element, locale: string, dataTexts: ReadonlySet<string>): string[] {
  return markedTexts(widget)
    .filter(({ text, lang }) => lang !== (dataTexts.has(text) ? 'en' : locale))
    .map(({ text, lang }) => `"${text.slice(0, 50)}" is marked ${lang}`);
}
