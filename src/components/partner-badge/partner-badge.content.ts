/**
 * The inside of the badge's link, built with `createElement`/`textContent`
 * (never markup strings). The lines are blocks with spaces and visually
 * hidden commas between them, so the link's accessible name reads as one
 * sentence: "Orange, Digital Partner of the Council of Europe – see the
 * Digital Partnership page on www.coe.int".
 */
import type { Verification } from './partner-badge.verify.js';
import { createEmblem } from './partner-badge.emblem.js';
import { partnerBadgeMessages, type BadgeLocale } from './partner-badge.messages.js';

/** An element whose class and part are `name`. */
function el(tag: string, name: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.className = name;
  element.part = name;
  element.append(...children);
  return element;
}

/** Text for the accessible name only. */
function hidden(text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'vh';
  element.textContent = text;
  return element;
}

function logoImage(url: string): HTMLImageElement {
  const image = document.createElement('img');
  image.alt = '';
  image.referrerPolicy = 'no-referrer';
  image.part = 'logo-image';
  image.onerror = () => image.replaceWith(createEmblem());
  image.src = url;
  return image;
}

/**
 * Draws the badge into its link, which leads to `href` and speaks `locale`.
 * A verified partner: its name, the claim and (`full`) the year it joined,
 * beside the host's slotted logo, else the `logo` image, else the emblem;
 * the hidden end of the text says where the link leads (`href`'s host name).
 * Otherwise a neutral state that claims nothing, with the neutral emblem and
 * no slot (an approved logo never stands beside an unverified badge).
 */
export function renderBadgeContent(
  link: HTMLAnchorElement,
  locale: BadgeLocale,
  verification: Verification,
  href: string,
  logo: string | undefined,
): void {
  const messages = partnerBadgeMessages[locale];
  const partner = typeof verification === 'object' ? verification : undefined;
  const [first, second] = partner ? messages.claim : messages.programme;
  const year = partner && /^\d{4}(?=-|$)/.exec(String(partner.joined))?.[0];
  let mark: Node = createEmblem();
  if (partner) {
    const slot = document.createElement('slot');
    slot.name = 'logo';
    slot.append(logo ? logoImage(logo) : mark);
    mark = slot;
  }
  link.href = href;
  link.lang = locale;
  link.classList.toggle('neutral', !partner);
  link.replaceChildren(
    el('span', 'mark', mark),
    el(
      'span',
      'text',
      el('span', 'name', partner?.name ?? (verification ? messages.unverified : messages.verifying), hidden(', ')),
      el('span', 'claim', el('span', 'line', first), ' ', el('span', 'line', second)),
      year ? el('span', 'since', hidden(', '), messages.since(year)) : '',
    ),
    hidden(messages.leadsTo(new URL(href).host)),
  );
}
