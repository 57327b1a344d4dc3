import { html, nothing, type TemplateResult } from 'lit';
import type { Partner } from '../../core/data/types.js';
import { safeHref } from '../../core/url.js';
import type { PartnershipController } from '../../lit/partnership-controller.js';
import { monogramOf } from './partner-query.js';

export interface CardOptions {
  readonly isHidden: boolean;
  readonly opensInNewTab: boolean;
  readonly hasBrokenLogo: boolean;
  readonly onLogoError: (event: Event) => void;
}

/** The logo when the data has a usable one and it loaded, else a typographic mark built from the name. */
function renderMark(partner: Partner, options: CardOptions): TemplateResult {
  const logo = options.hasBrokenLogo ? undefined : safeHref(partner.logo, { protocols: ['http:', 'https:'] });
  if (logo) {
    return html`<span class="mark" part="logo"
      ><img src=${logo} alt="" loading="lazy" decoding="async" width="160" height="80" data-id=${partner.id} @error=${options.onLogoError}
    /></span>`;
  }
  return html`<span class="mark mark--monogram" part="logo monogram" aria-hidden="true">${monogramOf(partner.name)}</span>`;
}

/**
 * One partner: a real link whose accessible name is the partner's name, with
 * the kind and join date below it, tied to the link by `aria-describedby`.
 * A website that is not http(s) never becomes a link.
 */
export function renderPartnerCard(partner: Partner, partnership: PartnershipController, options: CardOptions): TemplateResult {
  const { messages } = partnership;
  const href = safeHref(partner.website, { protocols: ['http:', 'https:'] });
  const metaId = `meta-${partner.id}`;
  const joined = partner.joined ? messages.joined(partnership.formatDate(partner.joined)) : messages.joinedUnknown;
  const name = html`${renderMark(partner, options)}<span class="name" part="name">${partner.name}</span>`;
  return html`<li class="card" part="item" ?hidden=${options.isHidden} data-kind=${partner.kind}>
    ${href
      ? html`<a
          class="link"
          part="link"
          href=${href}
          target=${options.opensInNewTab ? '_blank' : nothing}
          rel="noopener noreferrer"
          aria-describedby=${metaId}
          >${name}</a
        >`
      : html`<span class="link link--none" part="link">${name}</span>`}
    <p class="meta" part="meta" id=${metaId}>
      <span>${messages.kind[partner.kind]}</span><span class="meta-sep" aria-hidden="true"> · </span><span>${joined}</span
      >${options.opensInNewTab ? html`<span class="visually-hidden"> ${messages.opensInNewTab}</span>` : nothing}
    </p>
  </li>`;
}
