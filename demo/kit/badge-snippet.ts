/**
 * The partner kit's snippet: what a partner pastes into their site to show the badge, built from their
 * choices. One function for the kit page (demo/badge.html), its Storybook story and the test that pastes
 * the snippet into a blank page.
 *
 * The snippet is serialised by the browser's own HTML serialiser from nodes of an inert document
 * (attributes and text set as DOM values, never parsed from strings), so a partner name such as
 * "AT&T" comes out escaped (`AT&amp;T`) and no choice can become markup. It is deterministic and
 * changes nothing outside itself; it needs a DOM (a browser), which is where it runs.
 */
import type { BadgeVariant } from '../../src/components/partner-badge/partner-badge.js';
import { BADGE_ATTRIBUTES } from '../../src/components/partner-badge/partner-badge.attributes.js';
import type { BadgeLanguage } from '../../src/components/partner-badge/partner-badge.languages.js';
import { DEFAULT_VERIFY_URL } from '../../src/components/partner-badge/partner-badge.link.js';
import {
  badgeMessagesAtHand,
  englishBadgeMessages,
  type PartnerBadgeMessages,
} from '../../src/components/partner-badge/partner-badge.messages.js';
import { BADGE_SIZES } from '../../src/components/partner-badge/partner-badge.styles.js';
import { defaultPartnerRoster } from '../../src/core/data/default-partner-roster.js';
import { TAGS } from '../../src/core/tags.js';
import type { Theme } from '../../src/core/theme.js';
import { VERSION } from '../../src/core/version.js';
import { CDN_FILES, cdnBase, cdnFileUrl, cdnScriptAttributes } from '../../scripts/cdn-snippet.js';

/** The file the snippet loads: the badge alone, self-contained. */
export const BADGE_SCRIPT_FILE = CDN_FILES.badge;

/**
 * Where the published snippet loads the script from: this release's folder on jsDelivr (scripts/cdn-snippet.js,
 * the generator the README and the Embedding page share). A site that hosts the file itself uses its own base
 * instead; the tests use the test server's origin.
 */
export const BADGE_CDN_BASE = cdnBase(VERSION);

/** What a partner picks in the kit. */
export interface BadgeChoices {
  /** A partner id of the built-in roster. */
  readonly partner: string;
  readonly variant: BadgeVariant;
  readonly theme: Theme;
  readonly lang: BadgeLanguage;
}

/** The script the snippet loads: its URL and this build's SRI hash for it (`sha384-…`, from dist/cdn/sri.json). */
export interface BadgeScript {
  readonly src: string;
  readonly integrity: string;
}

/** The snippet's three pieces, each a piece of HTML text, and `text`, all three as one paste. */
export interface BadgeSnippet {
  /** The `<script type="module">` with `integrity` and `crossorigin`: once per page, best in the `<head>`. */
  readonly script: string;
  /** The CSS rule that reserves the badge's space until the script runs (for the partner's stylesheet). */
  readonly css: string;
  /** The element with its attributes and the no-JavaScript fallback link inside. */
  readonly element: string;
  /** Everything, commented, ready to paste where the badge goes (the CSS inside a `<style>`). */
  readonly text: string;
}

/** The variants, as the badge's styles size them (compact, standard, full). */
export const BADGE_VARIANTS = Object.keys(BADGE_SIZES) as BadgeVariant[];

/** The choices the kit opens with. */
export const DEFAULT_CHOICES: BadgeChoices = { partner: 'telefonica', variant: 'standard', theme: 'auto', lang: 'en' };

/** The URL of the badge's script under a base URL (a CDN folder, or a test server's `/dist/cdn/`). */
export function badgeScriptUrl(base: string = BADGE_CDN_BASE): string {
  return cdnFileUrl(BADGE_SCRIPT_FILE, base);
}

/**
 * The rule that keeps a badge's box empty at its fixed size until the script defines it, so that
 * nothing moves when it draws (the README's reserve line). The default variant needs no attribute in
 * the selector; the others name theirs, so that several variants on one page each keep their size.
 */
export function reserveSpaceCss(variant: BadgeVariant): string {
  const { width, height } = BADGE_SIZES[variant];
  const selector = variant === 'standard' ? TAGS.partnerBadge : `${TAGS.partnerBadge}[${BADGE_ATTRIBUTES.variant}="${variant}"]`;
  return `${selector}:not(:defined) { display: inline-block; width: ${width}px; height: ${height}px; overflow: hidden; vertical-align: middle; }`;
}

/**
 * The badge's claim in `lang` when its texts are at hand (English, French, or a language a badge of this
 * page has already fetched), else in English.
 */
function fallbackClaim(lang: BadgeLanguage): { lang: string; messages: PartnerBadgeMessages } {
  const messages = badgeMessagesAtHand(lang);
  return messages ? { lang, messages } : { lang: 'en', messages: englishBadgeMessages };
}

/** The partner of the roster with this id; an id not in it is a programming error. */
function rosterPartner(id: string): { id: string; name: string } {
  const partner = defaultPartnerRoster.find((item) => item.id === id);
  if (!partner) throw new RangeError(`"${id}" is not a partner id of the built-in roster`);
  return partner;
}

/** Builds the snippet for `choices`, loading `script`. */
export function badgeSnippet(choices: BadgeChoices, script: BadgeScript): BadgeSnippet {
  const partner = rosterPartner(choices.partner);
  const doc = document.implementation.createHTMLDocument('');
  const serialise = (...nodes: Node[]): string => {
    const holder = doc.createElement('div');
    holder.append(...nodes);
    return holder.innerHTML;
  };

  const scriptElement = doc.createElement('script');
  for (const [name, value] of cdnScriptAttributes(script.src, script.integrity)) scriptElement.setAttribute(name, value);

  const css = reserveSpaceCss(choices.variant);
  const style = doc.createElement('style');
  style.textContent = `\n  ${css}\n`;

  const badge = doc.createElement(TAGS.partnerBadge);
  badge.setAttribute(BADGE_ATTRIBUTES.partner, partner.id);
  if (choices.variant !== 'standard') badge.setAttribute(BADGE_ATTRIBUTES.variant, choices.variant);
  if (choices.theme !== 'auto') badge.setAttribute(BADGE_ATTRIBUTES.theme, choices.theme);
  badge.setAttribute('lang', choices.lang);
  // The no-JavaScript fallback the README recommends: a plain link to the Digital Partnership page.
  const claim = fallbackClaim(choices.lang);
  const link = doc.createElement('a');
  link.href = DEFAULT_VERIFY_URL;
  if (claim.lang !== choices.lang) link.lang = claim.lang;
  const [claimLine1, claimLine2] = claim.messages;
  link.textContent = `${partner.name} – ${claimLine1} ${claimLine2}`;
  badge.append('\n  ', link, '\n');

  const comment = (text: string) => doc.createComment(` ${text} `);
  const scriptHtml = serialise(scriptElement);
  const elementHtml = serialise(badge);
  const text = serialise(
    comment('Digital Partner badge of the Council of Europe: the script, once per page (best in the <head>)'),
    doc.createTextNode('\n'),
    scriptElement,
    doc.createTextNode('\n'),
    comment('Keeps the badge’s space until the script runs (under a strict CSP, put this rule in your stylesheet)'),
    doc.createTextNode('\n'),
    style,
    doc.createTextNode('\n'),
    comment('The badge, where it goes; the link inside shows without JavaScript'),
    doc.createTextNode('\n'),
    badge,
  );
  return { script: scriptHtml, css, element: elementHtml, text: `${text}\n` };
}
