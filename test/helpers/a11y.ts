import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export const LOCALES = ['en', 'fr'] as const;

/**
 * Renders `template` inside a wrapper with `lang` set, waits for `ready` (e.g. data
 * loaded), then runs axe on the wrapper: one accessibility assertion per state
 * and language, the same way for every element.
 */
export async function expectAccessibleIn(
  lang: string,
  template: TemplateResult,
  ready?: (root: HTMLElement) => Promise<unknown> | unknown,
): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template);
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  root.replaceWith(wrapper);
  wrapper.append(root);
  const element = root as HTMLElement & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  await ready?.(root);
  await expect(wrapper).to.be.accessible();
  return root;
}

/** The text a node contributes to a name or description: its text, leaving out what is hidden from assistive technology. */
export function textForAssistiveTechnology(node: Node): string {
  if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || getComputedStyle(node).display === 'none')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(textForAssistiveTechnology).join('');
}

/** The accessible description from `aria-describedby`, as the browser computes it: each target's text, joined with a space. */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => root.getElementById(id))
    .map((target) => (target ? textForAssistiveTechnology(target) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** WCAG 1.4.12's text spacing, as the common bookmarklets apply it. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Adopts the text-spacing sheet into `root` (a shadow root, which a page's bookmarklet cannot reach otherwise); returns its removal. */
export function applyTextSpacing(root: Document | ShadowRoot): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((item) => item !== sheet);
  };
}
