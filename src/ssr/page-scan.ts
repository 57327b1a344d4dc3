/**
 * Finds the coe- widgets of an HTML page without changing a byte of it: where
 * each start tag ends (a declarative shadow root goes right after it), its
 * attributes, the `lang` it inherits, and whether the server must leave it to
 * the browser.
 *
 * A light tokenizer, not a full HTML parser: comments, doctypes, raw-text
 * elements (`script`, `style`, `textarea`, `noscript`…) and quoted attribute
 * values are handled; open elements are tracked for their `lang` and closed by
 * their end tag (an element the author leaves implicitly closed, such as a `p`
 * without `</p>`, keeps its `lang` until its parent's end tag).
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const TAG_NAME = /<\/?([a-zA-Z][^\s/>]*)/y;
const SPACE = /[\s/]*/y;
const ATTRIBUTE = /([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
const SHADOW_TEMPLATE = /\s*<template\b[^>]*\bshadowrootmode\s*=/iy;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an attribute value (numeric ones and the common named ones). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? reference;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

export interface WidgetInPage {
  readonly tag: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Offset just after the start tag's `>`. */
  readonly contentStart: number;
  /** The `lang` of the closest ancestor that has one (the `<html>` element included). */
  readonly inheritedLang?: string;
  /** Why the server leaves this widget to the browser, when it does. */
  readonly skip?: string;
}

interface OpenElement {
  readonly name: string;
  readonly lang?: string;
  readonly attributes: ReadonlyMap<string, string>;
}

function readAttributes(html: string, from: number): { attributes: Map<string, string>; end: number; isSelfClosing: boolean } {
  const attributes = new Map<string, string>();
  let position = from;
  let isSelfClosing = false;
  for (;;) {
    SPACE.lastIndex = position;
    const space = SPACE.exec(html)![0];
    position += space.length;
    if (position >= html.length || html[position] === '>') {
      isSelfClosing = space.endsWith('/');
      return { attributes, end: Math.min(position + 1, html.length), isSelfClosing };
    }
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(html);
    if (!match) {
      position++;
      continue;
    }
    const name = match[1].toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    position += match[0].length;
  }
}

/** Why the server cannot render the widget as the browser first will: its data comes from a URL. */
function skipReason(tag: string, attributes: ReadonlyMap<string, string>, open: readonly OpenElement[], contentStart: number, html: string): string | undefined {
  SHADOW_TEMPLATE.lastIndex = contentStart;
  if (SHADOW_TEMPLATE.test(html)) return 'it already has a declarative shadow root';
  if (attributes.get('src')?.trim()) return 'its data comes from its src, which the browser loads';
  if (tag !== 'coe-partnership' && open.some((element) => element.name === 'coe-partnership' && element.attributes.get('src')?.trim())) {
    return 'its data comes from the src of the <coe-partnership> around it, which the browser loads';
  }
  return undefined;
}

/** Every element of `html` for which `isWidget(tag)` holds, in document order. */
export function findWidgets(html: string, isWidget: (tag: string) => boolean): WidgetInPage[] {
  const found: WidgetInPage[] = [];
  const open: OpenElement[] = [];
  let position = 0;
  while ((position = html.indexOf('<', position)) !== -1) {
    if (html.startsWith('<!--', position)) {
      const end = html.indexOf('-->', position + 4);
      position = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = position;
    const tagName = TAG_NAME.exec(html);
    if (!tagName) {
      // `<!doctype …>`, `<?…>`, or a `<` in text.
      position = /[!?]/.test(html[position + 1] ?? '') ? html.indexOf('>', position) + 1 || html.length : position + 1;
      continue;
    }
    const name = tagName[1].toLowerCase();
    if (html[position + 1] === '/') {
      const index = open.findLastIndex((element) => element.name === name);
      if (index !== -1) open.length = index;
      position = html.indexOf('>', position) + 1 || html.length;
      continue;
    }
    const { attributes, end, isSelfClosing } = readAttributes(html, position + tagName[0].length);
    position = end;
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = end;
      position = close.exec(html)?.index ?? html.length;
      continue;
    }
    const lang = attributes.get('lang') || undefined;
    if (isWidget(name)) {
      const inheritedLang = open.findLast((element) => element.lang)?.lang;
      found.push({ tag: name, attributes, contentStart: end, inheritedLang, skip: skipReason(name, attributes, open, end, html) });
    }
    if (!VOID_ELEMENTS.has(name) && !isSelfClosing) open.push({ name, lang, attributes });
  }
  return found;
}
