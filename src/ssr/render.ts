/// <reference types="node" />
/**
 * Server rendering (Node only; no browser entry imports this module): the
 * widgets as HTML with declarative shadow DOM, readable without JavaScript and
 * by search engines, which the `hydrate.js` entry then brings to life without
 * re-creating their DOM.
 *
 * ```js
 * import { renderWidget, renderPage } from 'coe-partnership-widgets/ssr';
 * await renderWidget('coe-partner-grid', { attributes: { searchable: true }, lang: 'fr' });
 * await renderPage(readFileSync('page.html', 'utf8')); // every coe- widget of the page
 * ```
 *
 * The Lit widgets are rendered by @lit-labs/ssr's LitElementRenderer, the
 * Lit-free badge by `BadgeRenderer` (its own client code on a markup DOM).
 */
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import type { PartnershipData } from '../core/data/types.js';
import { BadgeRenderer } from './badge-renderer.js';
import { BROWSER_ONLY, COE_TAGS, defineServerElements, isCoeTag, type CoeTag } from './elements.js';
import { CoeLitElementRenderer } from './lit-renderer.js';
import { escapeAttribute } from './markup-dom.js';
import { findWidgets } from './page-scan.js';
import { withServerContext } from './server-context.js';
import { TAGS } from '../core/tags.js';

export { COE_TAGS, isCoeTag, type CoeTag };

/** An attribute value: a string, a number, `true` for a boolean attribute; `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface ServerRenderOptions {
  /**
   * The language of the page around the widgets (the closest ancestor's `lang`, else the document's),
   * as the browser would find it; a widget's own `lang` attribute wins. Default: none (English).
   */
  readonly lang?: string;
  /**
   * A data document (the format of a `src` document) shown instead of the default data: its list is
   * given to each widget as its property (`partners`, `highlights`, `items`); the badge never takes
   * its partner from it (only the roster inside its script counts). A page that hydrates must give the same data to the widgets in the
   * browser before loading `hydrate.js`, or hydration fails.
   */
  readonly data?: PartnershipData;
  /**
   * The address of the page being rendered (`https://www.microsoft.com/about`). A badge claims the
   * partnership only on its partner's domains, as in the browser; without an address it is drawn in its
   * neutral state, and the browser draws the claim when it verifies the page's host.
   */
  readonly pageUrl?: string;
  /** Where the renderer's warnings go (a badge that claims nothing, a widget left to the browser); default `console.warn`. */
  readonly warn?: (message: string) => void;
}

export interface WidgetRenderOptions extends ServerRenderOptions {
  /** The element's attributes, as in HTML: `{ kind: 'company', searchable: true }`. */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** Properties set on the element before it renders, e.g. `{ partners: [...] }` (see `data` about hydration). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

const ATTRIBUTE_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

const consoleWarn = (message: string) => console.warn(`coe-partnership-widgets: ${message}`);
const PROPERTY_NAME = /^[a-zA-Z_$][\w$]*$/;

/** The property through which each widget takes its list from a data document. */
function dataProperties(tag: CoeTag, attributes: ReadonlyMap<string, string>, data: PartnershipData | undefined): Record<string, unknown> {
  if (data === undefined) return {};
  if (typeof data !== 'object' || data === null)
    throw new TypeError('coe-partnership-widgets/ssr: data must be a data document (an object).');
  const list = (value: unknown, name: string) => (value === undefined ? {} : { [name]: value });
  switch (tag) {
    case TAGS.partnership:
      return { data };
    case TAGS.partnerGrid:
      return list(data.partners, 'partners');
    case TAGS.highlightsTimeline:
      return list(data.highlights, 'highlights');
    case TAGS.benefitsList:
      return list(attributes.get('list') === 'cooperation' ? data.cooperation : data.benefits, 'items');
    default:
      return {};
  }
}

/**
 * A TemplateStringsArray for a template whose static parts this module wrote (tag from the whitelist, names checked, values escaped).
 * Kept (checked against @lit-labs/ssr 4.1.0): its server-only `html` renders without hydration markers but throws on
 * property bindings ("Server-only templates can't bind to properties"), which `properties` and `data` need; lit's
 * `unsafeStatic` places a tag and attribute text, but a run-time list of property bindings still needs a strings array.
 */
function templateStrings(strings: string[]): TemplateStringsArray {
  return Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray;
}

/** `<tag attr="value"… .property=${value}…></tag>` as a Lit template. */
function elementTemplate(
  tag: CoeTag,
  attributes: ReadonlyMap<string, string>,
  properties: Readonly<Record<string, unknown>>,
): TemplateResult {
  if (!isCoeTag(tag)) throw new TypeError(`coe-partnership-widgets/ssr: <${String(tag)}> is not one of ${COE_TAGS.join(', ')}.`);
  if (BROWSER_ONLY[tag]) throw new TypeError(`coe-partnership-widgets/ssr: <${tag}> is drawn in the browser only: ${BROWSER_ONLY[tag]}.`);
  const start = `<${tag}${[...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}`;
  const names = Object.keys(properties);
  for (const name of names)
    if (!PROPERTY_NAME.test(name)) throw new TypeError(`coe-partnership-widgets/ssr: "${name}" is not a property name.`);
  const strings =
    names.length === 0 ? [`${start}></${tag}>`] : [`${start} .${names[0]}=`, ...names.slice(1).map((name) => ` .${name}=`), `></${tag}>`];
  return html(templateStrings(strings), ...names.map((name) => properties[name]));
}

function attributeMap(attributes: Readonly<Record<string, AttributeValue>> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`coe-partnership-widgets/ssr: "${name}" is not an attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    map.set(name.toLowerCase(), value === true ? '' : String(value));
  }
  return map;
}

/** The element rendered by @lit-labs/ssr, without the markers of the one-element template around it. */
async function renderElement(
  tag: CoeTag,
  attributes: ReadonlyMap<string, string>,
  properties: Readonly<Record<string, unknown>>,
  options: ServerRenderOptions,
): Promise<string> {
  defineServerElements();
  const warn = options.warn ?? consoleWarn;
  const renderInfo = withServerContext(
    { elementRenderers: [CoeLitElementRenderer, BadgeRenderer] },
    { inheritedLang: options.lang, data: options.data, pageUrl: options.pageUrl, warn },
  );
  const template = elementTemplate(tag, attributes, { ...dataProperties(tag, attributes, options.data), ...properties });
  const output = await collectResult(render(template, renderInfo));
  // The client never hydrates this outer template: its <!--lit-part…--> / <!--lit-node…--> markers go,
  // and so do the spaces Lit leaves in the start tag where the static attributes were.
  return output
    .replace(/^(?:<!--[^]*?-->)+/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^(<[a-z-]+) +/, '$1 ');
}

/**
 * One widget as HTML: `<coe-x …><template shadowrootmode="open">…</template></coe-x>`.
 * `tag` must be one of `COE_TAGS` (`coe-contact-form` throws: it is drawn in the browser only);
 * attribute values are escaped. A `src` attribute throws too: the browser loads that data
 * (its first view is "Loading…"); pass the document as `data` instead.
 */
export async function renderWidget(tag: CoeTag, options: WidgetRenderOptions = {}): Promise<string> {
  const attributes = attributeMap(options.attributes);
  if (attributes.get('src')?.trim())
    throw new TypeError(
      `coe-partnership-widgets/ssr: <${tag} src> loads its data in the browser; pass the document as the data option instead.`,
    );
  return renderElement(tag, attributes, options.properties ?? {}, options);
}

/**
 * A page (or a fragment) with every coe- widget in it server-rendered: a
 * declarative shadow root is put right after each widget's start tag; nothing
 * else changes. Each widget inherits the `lang` of its closest ancestor (the
 * `<html>` element included), else `options.lang`. Widgets whose data comes
 * from a `src` (their own or their `<coe-partnership>`'s) are left to the
 * browser, with a warning; so are the contact form and widgets that already
 * have a shadow root.
 */
export async function renderPage(page: string, options: ServerRenderOptions = {}): Promise<string> {
  const warn = options.warn ?? consoleWarn;
  let output = '';
  let copied = 0;
  for (const widget of findWidgets(page, isCoeTag)) {
    const tag = widget.tag as CoeTag;
    const skip = BROWSER_ONLY[tag] ?? widget.skip;
    if (skip) {
      warn(`<${tag}> is left to the browser: ${skip}.`);
      continue;
    }
    const element = await renderElement(tag, widget.attributes, {}, { ...options, warn, lang: widget.inheritedLang ?? options.lang });
    const shadowRoot = element.slice(element.indexOf('<template'), element.lastIndexOf(`</${tag}>`));
    output += page.slice(copied, widget.contentStart) + shadowRoot;
    copied = widget.contentStart;
  }
  return output + page.slice(copied);
}

/**
 * The Content-Security-Policy sources (`'sha256-…'`) that allow the `<style>`
 * elements of server-rendered HTML, for a `style-src` without `'unsafe-inline'`.
 */
export function styleHashes(renderedHtml: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of renderedHtml.matchAll(/<style>([^]*?)<\/style>/g))
    hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [...hashes];
}
