/**
 * Server rendering of the Lit-free `<coe-partner-badge>`: the same shadow DOM
 * as its client code builds (the badge's own `renderBadgeContent`, run on the
 * markup DOM), as a declarative shadow root. The badge's stylesheet goes into
 * a `<style>` element (a declarative shadow root cannot adopt a constructable
 * stylesheet); once the script runs, the badge keeps this shadow root and its
 * link, and swaps the `<style>` for its constructable stylesheet.
 */
import { ElementRenderer } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { readFileSync } from 'node:fs';
import { webHref } from '../core/url.js';
import { renderBadgeContent } from '../components/partner-badge/partner-badge.content.js';
import { BADGE_ATTRIBUTES } from '../components/partner-badge/partner-badge.attributes.js';
import { verifyPartner } from '../components/partner-badge/partner-badge.verify.js';
import { badgeLanguageOf, type BadgeLanguage } from '../components/partner-badge/partner-badge.languages.js';
import {
  asBadgeMessages,
  BADGE_LANGUAGE_FOLDER,
  badgeMessagesAtHand,
  englishBadgeMessages,
  type PartnerBadgeMessages,
} from '../components/partner-badge/partner-badge.messages.js';
import { DEFAULT_VERIFY_URL } from '../components/partner-badge/partner-badge.link.js';
import { partnerBadgeCss } from '../components/partner-badge/partner-badge.styles.js';
import { escapeAttribute, MarkupElement, withMarkupDocument } from './markup-dom.js';
import { serverContextOf } from './server-context.js';
import { TAGS } from '../core/tags.js';

/** What the badge's server markup depends on. */
export interface BadgeInput {
  readonly attributes: ReadonlyMap<string, string>;
  /** The `lang` the badge inherits from the page (its own `lang` attribute wins). */
  readonly inheritedLang?: string;
  /** The address of the page, for the domain check; without it the badge is drawn neutral. */
  readonly pageUrl?: string;
  /** Told why a badge shows no partner claim, as the client's console warning. */
  readonly warn?: (message: string) => void;
}

/** The folder of the badge's language files, beside its module (in src/ and in the npm build alike). */
const LANGUAGE_FOLDER = new URL(`../components/partner-badge/${BADGE_LANGUAGE_FOLDER}`, import.meta.url);

/** The language files already read: a page of many badges, and a server rendering many pages, read each once. */
const readMessages = new Map<BadgeLanguage, PartnerBadgeMessages>();

/** The badge's texts in `language`, read once from its file on the server (English when the file is not the badge's texts). */
function serverBadgeMessages(language: BadgeLanguage): PartnerBadgeMessages {
  const atHand = badgeMessagesAtHand(language) ?? readMessages.get(language);
  if (atHand) return atHand;
  const messages = asBadgeMessages(JSON.parse(readFileSync(new URL(`${language}.json`, LANGUAGE_FOLDER), 'utf8'))) ?? englishBadgeMessages;
  readMessages.set(language, messages);
  return messages;
}

/** The page's address as the domain check reads it, or `undefined` when it is not an absolute URL. */
function pageAddress(pageUrl: string | undefined): URL | undefined {
  try {
    return pageUrl ? new URL(pageUrl) : undefined;
  } catch {
    return undefined;
  }
}

export function renderBadgeShadow({ attributes, inheritedLang, pageUrl, warn }: BadgeInput): string {
  const attribute = (name: string) => attributes.get(name) ?? null;
  const webUrl = (name: string) => {
    const value = attribute(name);
    const url = webHref(value);
    if (value && !url) warn?.(`ignores ${name} "${value}": only absolute http and https URLs are used on the server`);
    return url;
  };
  const language = badgeLanguageOf(attribute('lang') || inheritedLang);
  const href = webUrl('verify-url') ?? DEFAULT_VERIFY_URL;
  const verification = verifyPartner(attribute('partner'), pageAddress(pageUrl));
  if (typeof verification === 'string') warn?.(`not verified: ${verification}`);
  const logo = webUrl('logo');
  const link = withMarkupDocument(() => {
    const element = new MarkupElement('a');
    element.setAttribute('part', 'link');
    renderBadgeContent(element as unknown as HTMLAnchorElement, language, serverBadgeMessages(language), verification, href, logo);
    return element;
  });
  return `<style>${partnerBadgeCss}</style>${link.outerHTML}`;
}

/** The @lit-labs/ssr renderer of `<coe-partner-badge>` (there is no element instance on the server). */
export class BadgeRenderer extends ElementRenderer {
  static override matchesClass(_ctor: typeof HTMLElement, tagName: string): boolean {
    return tagName === TAGS.partnerBadge;
  }

  readonly #attributes = new Map<string, string>();

  override setAttribute(name: string, value: string): void {
    this.#attributes.set(name.toLowerCase(), String(value));
  }

  override setProperty(name: string, value: unknown): void {
    const attribute = (BADGE_ATTRIBUTES as Readonly<Record<string, string>>)[name];
    if (attribute && value != null) this.#attributes.set(attribute, String(value));
  }

  override renderAttributes(): string[] {
    return [...this.#attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  }

  override renderShadow(renderInfo: RenderInfo): string[] {
    const context = serverContextOf(renderInfo);
    const tag = `<${TAGS.partnerBadge} partner="${this.#attributes.get('partner') ?? ''}">`;
    return [
      renderBadgeShadow({
        attributes: this.#attributes,
        inheritedLang: context.inheritedLang,
        pageUrl: context.pageUrl,
        warn: (message) => context.warn(`${tag} ${message}.`),
      }),
    ];
  }
}
