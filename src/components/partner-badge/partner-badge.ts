import { observeLang } from '../../core/i18n/lang-observer.js';
import { closestLang } from '../../core/i18n/locale.js';
import { forThisBrowser } from '../../core/styles/light-dark.js';
import type { Theme } from '../../core/theme.js';
import { webHref } from '../../core/url.js';
import { fitText, renderBadgeContent } from './partner-badge.content.js';
import { DEFAULT_VERIFY_URL } from './partner-badge.link.js';
import { BADGE_ATTRIBUTES as ATTRIBUTES } from './partner-badge.attributes.js';
import { verifyPartner } from './partner-badge.verify.js';
import { partnerBadgeCss } from './partner-badge.styles.js';
import { badgeLanguageOf } from './partner-badge.languages.js';
import { BADGE_LANGUAGE_FOLDER, badgeMessages, englishBadgeMessages, type PartnerBadgeMessages } from './partner-badge.messages.js';

export type BadgeVariant = 'compact' | 'standard' | 'full';
export type { Theme };

export { DEFAULT_VERIFY_URL };

/** The most console warnings one badge gives (each says why once); then one line says it gives no more. */
export const MAX_BADGE_WARNINGS = 5;

/**
 * One constructable stylesheet (strict CSP allows it, unlike `<style>`) for every badge of this copy of
 * the script, made by the first badge (not on import: the module also loads where there is no DOM).
 */
let sheet: CSSStyleSheet | undefined;

/** Styles a badge's shadow root with the shared sheet; a server-rendered `<style>` gives way to it. */
function adoptBadgeSheet(root: ShadowRoot): ShadowRoot {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(forThisBrowser(partnerBadgeCss));
  }
  root.adoptedStyleSheets = [sheet];
  root.querySelector('style')?.remove();
  return root;
}

/**
 * @tagname coe-partner-badge
 * @summary The "Digital Partner of the Council of Europe" badge that partner companies put on their own sites.
 *
 * @description A plain custom element (no Lit), in a self-contained CDN file of about 4.5 kB gzip that a partner
 * pins with SRI. The whole badge is one link.
 *
 * **What its claim rests on** (the trust contract):
 * - *Authority*: only the partner roster released inside the script file that draws it. Data of the page (a
 *   `<coe-partnership>` around it, its `data` or `src`) never adds a partner, never changes a partner's domains
 *   and never turns the neutral state into a claim. The badge makes no request for data.
 * - *Domains*: the claim shows only when the page's host is one of the partner's `domains` or a subdomain of
 *   one (`www.microsoft.com`, `news.microsoft.com`; never `microsoft.com.evil.example` or `evilmicrosoft.com`),
 *   a Council of Europe host (`coe.int` and its subdomains), or a preview host (`localhost`, `*.localhost`,
 *   `127.0.0.1`, `[::1]`, a `file:` page). Anywhere else, and for an unknown or missing id, it shows a neutral
 *   "not verified" state, and one console warning names the host and the partner's domains.
 * - *Verification link*: a verified badge links to `<verify-url>#partner=<id>`, where a `<coe-partner-grid>`
 *   marks that partner; the neutral state links to `<verify-url>` alone.
 *
 * **Languages**: 27 (English, French, the other 22 official languages of the EU, Norwegian, Turkish and
 * Ukrainian), from its own `lang`, else the closest ancestor's, else the document's (`de-AT` speaks `de`). English
 * and French are in the script; another language's texts are a small JSON file (data, never code) fetched once
 * from the `badge-languages/` folder beside the script, so a page in German makes that one request to the
 * script's own origin; if it fails, the badge speaks English. A partner known by its abbreviation shows it ("ETNO"),
 * and text that would not fit takes type one or two steps smaller (90%, 80%).
 *
 * Before the script runs, whatever the page put inside the element (a plain link) is shown; once defined, the
 * badge draws its own content instead. Each variant has a fixed size in CSS pixels (compact 216 × 40, standard
 * 256 × 72, full 300 × 96) that the page reserves with `coe-partner-badge:not(:defined)`; only a reader's larger
 * text spacing makes it taller. Styles of the page do not reach it; it sets no cookie and uses no storage.
 *
 * @attribute {string} partner - The partner's id in the roster inside the script, e.g. `telefonica`.
 * @attribute {'compact' | 'standard' | 'full'} variant - `compact` (a pill), `standard` (default) or `full` (with the year the partner joined, when known).
 * @attribute {'light' | 'dark' | 'auto'} theme - `light` or `dark` forces a colour scheme; `auto` (default) follows the page's `color-scheme`, as the browser's own controls do (light where the page declares none).
 * @attribute {string} verify-url - Where the badge leads (http or https only); default the Council of Europe's Digital Partnership page.
 * @attribute {string} logo - URL (http or https only) of an approved logo image, shown instead of the emblem for a verified partner.
 * @attribute {string} lang - Language: one of its 27 (`en`, `fr`, `de`, `es`, `it`, `pl`, `nb`, `tr`, `uk`…; a region such as `de-AT` speaks `de`), else the closest ancestor's `lang`, else the document's; any other language speaks English.
 *
 * @slot logo - An approved logo (an `<img alt="">` or `<svg>`, sized by the badge) shown instead of the emblem for a verified partner.
 *
 * @csspart link - The badge: the one link, with its border and background.
 * @csspart mark - The square holding the emblem or the logo.
 * @csspart emblem - The badge's own shield emblem (inline SVG).
 * @csspart logo-image - The image of the `logo` attribute.
 * @csspart text - The lines of text.
 * @csspart name - The partner's name (the status in the neutral state); visually hidden in `compact`.
 * @csspart claim - "Digital Partner of the Council of Europe", on two lines (each a `line` part).
 * @csspart line - One line of the claim.
 * @csspart since - "Partner since 2017" (`full` only, when the year is known).
 *
 * @cssprop --coe-color-primary - The partner's name. The emblem keeps the Council of Europe's blue and yellow whatever the tokens.
 * @cssprop --coe-color-accent - The badge's leading edge.
 * @cssprop --coe-color-surface - The background.
 * @cssprop --coe-color-border - The border.
 * @cssprop --coe-font-family - The font (the other widgets' longer default stack renders the same in every browser the badge supports).
 * @cssprop --coe-radius - The corners (in pixels, so the page's root font size cannot change them; `compact` is always a pill).
 * @cssprop [--coe-focus-halo-color=#ffffff] - The halo on both sides of the focus ring, of the opposite lightness (dark theme #0b0c0c), so that the ring stands out at 3:1 on any page.
 */
export class CoePartnerBadge extends HTMLElement {
  static readonly observedAttributes = Object.values(ATTRIBUTES);

  static {
    for (const [property, attribute] of Object.entries(ATTRIBUTES)) {
      Object.defineProperty(this.prototype, property, {
        get(this: Element) {
          return this.getAttribute(attribute);
        },
        set(this: Element, value: string | null) {
          if (value == null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, value);
        },
      });
    }
  }

  /** The partner's id in the partner list, e.g. `telefonica`. */
  declare partner: string | null;
  /** `compact`, `standard` (default, also for an unknown value) or `full`. */
  declare variant: BadgeVariant | null;
  /** `light`, `dark` or `auto` (default). */
  declare theme: Theme | null;
  /** Where the badge leads (http or https only); default the Digital Partnership page. */
  declare verifyUrl: string | null;
  /** URL (http or https only) of an approved logo image, shown for a verified partner. */
  declare logo: string | null;

  readonly #link: HTMLAnchorElement;
  /**
   * The text's fit, measured once the browser has laid the new text out (each draw observes the link again), not
   * while the badge connects, which forced a synchronous layout on every page. After a smaller step it stops
   * observing until the next draw: a size changed inside its own callback and observed again would be reported as a
   * "ResizeObserver loop" error on the host page.
   */
  readonly #fit: ResizeObserver = new ResizeObserver(() => fitText(this.#link) && this.#fit.unobserve(this.#link));
  #stopObservingLang?: () => void;
  #isUpdateQueued?: boolean;
  readonly #warned = new Set<string>();

  constructor() {
    super();
    // A server-rendered badge (declarative shadow DOM, src/ssr/) keeps its shadow root and its link, so
    // nothing moves and focus stays; its <style> gives way to the shared stylesheet.
    const root = adoptBadgeSheet(this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
    this.#link = root.querySelector('a') ?? root.appendChild(document.createElement('a'));
    this.#link.part = 'link';
  }

  connectedCallback(): void {
    // A property set before the element was defined becomes its attribute.
    const self = this as unknown as Record<string, unknown>;
    for (const property in ATTRIBUTES) {
      if (Object.hasOwn(this, property)) {
        const value = self[property];
        delete self[property];
        self[property] = value;
      }
    }
    this.#stopObservingLang = observeLang(this, () => this.#requestRender());
    this.#requestRender();
  }

  disconnectedCallback(): void {
    this.#stopObservingLang?.();
  }

  attributeChangedCallback(): void {
    this.#requestRender();
  }

  /** Any change (an attribute, a `lang` above, new data) renders once, after the current task's other changes (a provider's first update included). */
  #requestRender(): void {
    // Queued while disconnected too: the queued render does nothing unless the element is connected by then
    // (measured: 5 B gzip fewer than checking here as well).
    if (this.#isUpdateQueued) return;
    this.#isUpdateQueued = true;
    queueMicrotask(() => {
      this.#isUpdateQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  /**
   * Draws the badge in its language (from its own `lang`, else the closest ancestor's, else the document's),
   * once that language's texts are there: English and French at once, another language when its file has
   * come (until then the link stays empty in its reserved box; if the file cannot be had, English).
   */
  #render(): void {
    // A badge renders only when connected, so the walk up from it reaches <html> and its `lang` (measured: 13 B gzip
    // fewer than asking the document's element again, as widgets rendered before they are connected must).
    const language = badgeLanguageOf(closestLang(this));
    const messages = badgeMessages(language, new URL(BADGE_LANGUAGE_FOLDER, import.meta.url));
    if (!(messages instanceof Promise)) return this.#draw(language, messages);
    messages.then(
      () => this.#requestRender(),
      (error: Error) => {
        this.#warn(`speaks English: the ${language} texts could not be loaded (${error.message})`);
        this.#draw('en', englishBadgeMessages);
      },
    );
  }

  #draw(language: string, messages: PartnerBadgeMessages): void {
    // Only the roster in this script counts: the page's data, and its <coe-partnership>, never make a claim.
    const verification = verifyPartner(this.partner, this.ownerDocument.location);
    if (typeof verification === 'string') this.#warn(`not verified: ${verification}`);
    // Full-size type first: the fit observer takes a smaller step after layout if the new text needs it.
    this.#link.removeAttribute('data-fit');
    renderBadgeContent(
      this.#link,
      language,
      messages,
      verification,
      this.#webUrl('verify-url') ?? DEFAULT_VERIFY_URL,
      this.#webUrl('logo'),
    );
    this.#fit.observe(this.#link);
  }

  /** An attribute's value when it is an http or https URL; otherwise the console says it is not used. */
  #webUrl(attribute: string): string | undefined {
    const value = this.getAttribute(attribute);
    const url = webHref(value);
    if (value && !url) this.#warn(`ignores ${attribute} "${value}": not an http(s) URL`);
    return url;
  }

  /**
   * Tells the page's author once why the badge looks the way it does, up to MAX_BADGE_WARNINGS
   * reasons; then once that further warnings are suppressed (a page changing `partner` a thousand
   * times gets a few lines, and the set of warned texts stays small).
   */
  #warn(message: string): void {
    const prefix = `coe-partnership-widgets: <${this.localName} partner="${this.partner ?? ''}"> `;
    if (this.#warned.has(prefix + message) || this.#warned.size > MAX_BADGE_WARNINGS) return;
    this.#warned.add(prefix + message);
    console.warn(prefix + (this.#warned.size > MAX_BADGE_WARNINGS ? 'gives no further warnings.' : `${message}.`));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coe-partner-badge': CoePartnerBadge;
  }
}
