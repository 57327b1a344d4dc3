/**
 * A very small DOM for the server: just what the badge's own DOM-building code
 * (`partner-badge.content.ts`, `partner-badge.emblem.ts`) calls, recording elements, attributes and
 * text, serialised as HTML. Running the client's code on it (instead of a
 * second, hand-written renderer) keeps the server's markup the client's.
 *
 * It is strict on purpose: an element is not extensible, so a DOM API the
 * badge starts using and this file lacks throws here (and in the tests), rather
 * than being silently left out of the server's markup.
 *
 * Home-made because no maintained server DOM fits (measured 2026-11-30, Node
 * 20.20, the badge's `renderBadgeContent` run on each and compared with this file's
 * markup, which the SSR tests prove equal to the browser's):
 * - linkedom 0.18.15 (14 packages, 8.3 MB installed, a runtime dependency of
 *   the `ssr` entry): drops every `part` the badge sets through the `part`
 *   property (`mark`, `text`, `name`, `claim`, `since`, `emblem`…), silently,
 *   so the server badge loses its `::part()` styling hooks.
 * - happy-dom 21.0.4 (20 MB, pulls in ws): drops the same `part`s and adds a
 *   `class=""` the browser does not write for `classList.toggle(x, false)`.
 * - parse5's tree adapter builds trees, but has none of the DOM API the badge
 *   calls (`className`, `part`, `classList`, `append`…): a shim like this one
 *   would still be needed on top of it.
 */

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Escapes text for an HTML text node. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

type Child = MarkupElement | string;

/** The class list of a MarkupElement, kept in its `class` attribute as the DOM does. */
class MarkupClassList {
  readonly #element: MarkupElement;

  constructor(element: MarkupElement) {
    this.#element = element;
    Object.preventExtensions(this);
  }

  toggle(token: string, force?: boolean): boolean {
    const tokens = (this.#element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const has = tokens.includes(token);
    const wanted = force ?? !has;
    // As in the DOM, the attribute is only written when the list changes.
    if (wanted && !has) this.#element.setAttribute('class', [...tokens, token].join(' '));
    if (!wanted && has) this.#element.setAttribute('class', tokens.filter((item) => item !== token).join(' '));
    return wanted;
  }
}

/** An element of the server's markup: its attributes in the order they were set, and its children. */
export class MarkupElement {
  readonly localName: string;
  readonly classList: MarkupClassList;
  /** The badge sets `onerror` on an image for the browser; there is nothing to load on the server. */
  onerror: unknown = null;
  readonly #attributes = new Map<string, string>();
  #children: Child[] = [];
  #parent: MarkupElement | undefined;

  constructor(localName: string) {
    this.localName = localName;
    this.classList = new MarkupClassList(this);
    Object.preventExtensions(this);
  }

  getAttribute(name: string): string | null {
    return this.#attributes.get(name) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.#attributes.set(name, String(value));
  }

  get className(): string {
    return this.getAttribute('class') ?? '';
  }
  set className(value: string) {
    this.setAttribute('class', value);
  }

  // Reflected properties the badge sets (each writes its attribute, as in the DOM): see REFLECTED below.
  declare alt: string;
  declare href: string;
  declare lang: string;
  declare name: string;
  declare part: string;
  declare referrerPolicy: string;
  declare src: string;

  /** The host of an `<a>`'s `href`, as the DOM's `HTMLAnchorElement` gives it. */
  get host(): string {
    return new URL(this.getAttribute('href') ?? '').host;
  }
  /** Sets the fragment of an `<a>`'s `href`, as the DOM's `HTMLAnchorElement` does. */
  set hash(fragment: string) {
    const url = new URL(this.getAttribute('href') ?? '');
    url.hash = fragment;
    this.setAttribute('href', url.href);
  }

  set textContent(text: string) {
    this.replaceChildren(text);
  }

  append(...children: Child[]): void {
    for (const child of children) {
      if (child instanceof MarkupElement) {
        if (child.#parent) child.#parent.#remove(child);
        child.#parent = this;
      }
      this.#children.push(child);
    }
  }

  replaceChildren(...children: Child[]): void {
    for (const child of this.#children) if (child instanceof MarkupElement) child.#parent = undefined;
    this.#children = [];
    this.append(...children);
  }

  #remove(child: MarkupElement): void {
    this.#children = this.#children.filter((item) => item !== child);
  }

  /** The element as HTML (an empty string child, as the DOM's `append('')`, adds nothing). */
  get outerHTML(): string {
    const attributes = [...this.#attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    if (VOID_ELEMENTS.has(this.localName)) return `<${this.localName}${attributes}>`;
    const content = this.#children.map((child) => (typeof child === 'string' ? escapeText(child) : child.outerHTML)).join('');
    return `<${this.localName}${attributes}>${content}</${this.localName}>`;
  }
}

/** The properties the badge sets that write an attribute of the same meaning, as the DOM's do. */
const REFLECTED = {
  alt: 'alt',
  href: 'href',
  lang: 'lang',
  name: 'name',
  part: 'part',
  referrerPolicy: 'referrerpolicy',
  src: 'src',
} as const;
for (const [property, attribute] of Object.entries(REFLECTED)) {
  Object.defineProperty(MarkupElement.prototype, property, {
    set(this: MarkupElement, value: string) {
      this.setAttribute(attribute, value);
    },
  });
}

/** The `document` the badge's code sees on the server. */
const markupDocument = Object.freeze({
  createElement: (localName: string) => new MarkupElement(localName.toLowerCase()),
  createElementNS: (_namespace: string, qualifiedName: string) => new MarkupElement(qualifiedName),
});

/**
 * Runs `build` (synchronous) with `globalThis.document` set to the markup
 * document, then puts back whatever was there (Node has no `document`).
 */
export function withMarkupDocument<T>(build: () => T): T {
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'document');
  Object.defineProperty(globalThis, 'document', { value: markupDocument, configurable: true, writable: true });
  try {
    return build();
  } finally {
    if (previous) Object.defineProperty(globalThis, 'document', previous);
    else delete (globalThis as { document?: unknown }).document;
  }
}
