import { html, nothing, type TemplateResult } from 'lit';
import type { Partner } from '../../core/data/types.js';
import { languageOf } from '../../core/i18n/format.js';
import { webHref } from '../../core/url.js';
import type { LocaleView } from '../../lit/locale-controller.js';
import { monogramOf } from './partner-grid.query.js';

export interface CardOptions {
  readonly isHidden: boolean;
  readonly opensInNewTab: boolean;
  readonly hasBrokenLogo: boolean;
  readonly onLogoError: (event: Event) => void;
  /** The mark of the partner a badge's verification link asked for ("Verified Digital Partner … since …"). */
  readonly verifiedText?: string;
}

/** What a card shows, computed once per partner and language (a keystroke re-renders thousands of cards). */
interface CardText {
  readonly href?: string;
  readonly logo?: string;
  readonly monogram: string;
  readonly kind: string;
  readonly joined: string;
  /** The partner's description in the page's language ("Now Meta."), if any. */
  readonly note?: string;
  readonly noteLang?: string;
}

/** By view, not by language code: a translation registered again gives its language a new view, and new texts. */
const cardTexts = new WeakMap<Partner, WeakMap<LocaleView, CardText>>();

function cardTextOf(partner: Partner, language: LocaleView): CardText {
  const { locale, messages, formatDate } = language;
  let byView = cardTexts.get(partner);
  if (!byView) cardTexts.set(partner, (byView = new WeakMap()));
  let text = byView.get(language);
  if (!text) {
    text = {
      href: webHref(partner.website),
      logo: webHref(partner.logo),
      monogram: monogramOf(partner.name),
      kind: messages.kind[partner.kind],
      joined: partner.joined ? messages.joined(formatDate(partner.joined)) : messages.joinedUnknown,
      note: partner.description ? language.text(partner.description) || undefined : undefined,
      noteLang: partner.description ? languageOf(partner.description, locale) : undefined,
    };
    byView.set(language, text);
  }
  return text;
}

/** The logo when the data has a usable one and it loaded, else a typographic mark built from the name. */
function renderMark(partner: Partner, text: CardText, options: CardOptions): TemplateResult {
  if (text.logo && !options.hasBrokenLogo) {
    return html`<span class="mark" part="logo"
      ><img src=${text.logo} alt="" loading="lazy" decoding="async" width="160" height="80" data-id=${partner.id} @error=${options.onLogoError}
    /></span>`;
  }
  return html`<span class="mark mark--monogram" part="logo monogram" aria-hidden="true">${text.monogram}</span>`;
}

/**
 * One partner: a real link whose accessible name is the partner's name, with
 * the kind and join date below it, tied to the link by `aria-describedby`:
 * the dot between them is only seen, a hidden comma is what a screen reader
 * says ("Company, Joined 8 November 2017").
 * A website that is not http(s) never becomes a link.
 */
export function renderPartnerCard(partner: Partner, language: LocaleView, options: CardOptions): TemplateResult {
  const text = cardTextOf(partner, language);
  const metaId = `meta-${partner.id}`;
  const verifiedId = `verified-${partner.id}`;
  const name = html`${renderMark(partner, text, options)}<span class="name" part="name">${partner.name}</span>`;
  return html`<li class=${options.verifiedText ? 'card card--verified' : 'card'} part=${options.verifiedText ? 'item verified-item' : 'item'} ?hidden=${options.isHidden}>
    ${
      text.href
        ? html`<a
          class="link"
          part="link"
          href=${text.href}
          target=${options.opensInNewTab ? '_blank' : nothing}
          rel="noopener noreferrer"
          aria-describedby=${options.verifiedText ? `${metaId} ${verifiedId}` : metaId}
          >${name}</a
        >`
        : html`<span class="link link--none" part="link">${name}</span>`
    }
    <p class="meta" part="meta" id=${metaId}>
      <span>${text.kind}</span><span class="visually-hidden-inline">, </span><span class="meta-sep" aria-hidden="true"> · </span><span>${text.joined}</span
      >${
        text.note
          ? html`<span class="visually-hidden-inline">, </span><span class="note" part="description" lang=${text.noteLang ?? language.locale}>${text.note}</span>`
          : nothing
      }${options.opensInNewTab ? html`<span class="visually-hidden"> ${language.messages.opensInNewTab}</span>` : nothing}
    </p>
    ${
      options.verifiedText
        ? html`<p class="verified" part="verified" id=${verifiedId}><span class="verified-mark" aria-hidden="true">✓</span> ${options.verifiedText}</p>`
        : nothing
    }
  </li>`;
}
