/**
 * Finds the coe- widgets of an HTML page without changing a byte of it: where
 * each start tag ends (a declarative shadow root goes right after it), its
 * attributes, the `lang` it inherits, and whether the server must leave it to
 * the browser.
 *
 * The page is parsed by parse5 (the WHATWG parser @lit-labs/ssr itself uses)
 * with source locations: comments, scripts, `textarea`s and attribute values
 * are what the browser makes of them, an element's ancestors are the browser's
 * (implicitly closed elements included), and the offsets point into the
 * original text, which the caller splices without re-serialising anything.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

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

const isElement = (node: DefaultTreeAdapterMap['childNode']): node is Element => 'tagName' in node;
const attributesOf = (element: Element): Map<string, string> => new Map(element.attrs.map(({ name, value }) => [name, value]));
/** An element's own `lang`, when not empty. */
const langOf = (element: Element): string | undefined => element.attrs.find(({ name }) => name === 'lang')?.value || undefined;

/** Whether the element's first child (after white space) is a `<template shadowrootmode>`. */
function hasDeclarativeShadowRoot(element: Element): boolean {
  const first = element.childNodes.find((child) => !(child.nodeName === '#text' && !('value' in child && child.value.trim())));
  return (
    first !== undefined &&
    isElement(first) &&
    first.tagName === 'template' &&
    first.attrs.some((attribute) => attribute.name === 'shadowrootmode')
  );
}

/** Why the server cannot render the widget as the browser first will: it has a shadow root, or its data comes from a URL. */
function skipReason(element: Element, attributes: ReadonlyMap<string, string>, ancestors: readonly Element[]): string | undefined {
  if (hasDeclarativeShadowRoot(element)) return 'it already has a declarative shadow root';
  if (attributes.get('src')?.trim()) return 'its data comes from its src, which the browser loads';
  const isInLoadingProvider = ancestors.some(
    (ancestor) => ancestor.tagName === 'coe-partnership' && attributesOf(ancestor).get('src')?.trim(),
  );
  if (element.tagName !== 'coe-partnership' && isInLoadingProvider) {
    return 'its data comes from the src of the <coe-partnership> around it, which the browser loads';
  }
  return undefined;
}

/** Every element of `html` for which `isWidget(tag)` holds, in source order (a fragment is parsed as a document's body). */
export function findWidgets(html: string, isWidget: (tag: string) => boolean): WidgetInPage[] {
  const found: WidgetInPage[] = [];
  const visit = (parent: ParentNode, ancestors: Element[]) => {
    for (const node of parent.childNodes) {
      if (!isElement(node)) continue;
      const startTag = node.sourceCodeLocation?.startTag;
      if (isWidget(node.tagName) && startTag) {
        const attributes = attributesOf(node);
        const inheritedLang = ancestors.map(langOf).findLast((lang) => lang !== undefined);
        found.push({
          tag: node.tagName,
          attributes,
          contentStart: startTag.endOffset,
          inheritedLang,
          skip: skipReason(node, attributes, ancestors),
        });
      }
      ancestors.push(node);
      visit(node.tagName === 'template' ? (node as Template).content : node, ancestors);
      ancestors.pop();
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), []);
  // The parser may move an element (a widget inside a <table> goes before it): splice in source order.
  return found.sort((a, b) => a.contentStart - b.contentStart);
}
