/**
 * The inside of the badge's link, built with `createElement`/`textContent`
 * (never markup strings). The lines are blocks with spaces and visually
 * hidden commas between them, so the link's accessible name reads as one
 * sentence: "Orange, Digital Partner of the Council of Europe – see the
 * Digital Partnership page on www.coe.int".
 */
import type { Verification } from './partner-badge.verify.js';
import { createEmblem } from './partner-badge.emblem.js';
import { fill, type PartnerBadgeMessages } from './partner-badge.messages.js';

/** A span whose class and part are `name`. */
function el(name: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement('span');
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

/** The smaller type sizes (`data-fit` 1 and 2: 90% and 80%) a badge takes when its text does not fit its fixed size at 100%. */
const FIT_STEPS = 2;

/**
 * Makes the badge's text fit its fixed height: a step smaller type at a time, two steps at most (so the claim is
 * never under 80% of its size; past that the badge grows, as it does for a reader's text spacing). Called once the
 * browser has laid the newly drawn badge out, at full size (a ResizeObserver's callback), so the first read costs no
 * layout; only a text that does not fit asks for another. Returns whether it took a smaller step.
 */
export function fitText(link: HTMLElement): boolean {
  let step = 0;
  // Live: each read after a step is of the new layout. Both heights from one computed style (the border box's, in
  // CSS pixels, unaffected by a page's zoom; `NaN` when not rendered, so no step): 13 B gzip fewer than the box's rectangle.
  const style = getComputedStyle(link);
  while (step < FIT_STEPS && parseFloat(style.height) > parseFloat(style.minHeight)) link.dataset.fit = String(++step);
  return step > 0;
}

/**
 * Draws the badge into its link, in `language` with its `messages`. A verified
 * partner: its name, the claim and (`full`) the year it joined, beside the host's
 * slotted logo, else the `logo` image, else the emblem; the link leads to
 * `href#partner=<id>`, where the partnership page marks that partner. Otherwise a
 * neutral state that claims nothing, with the neutral emblem and no slot (an
 * approved logo never stands beside an unverified badge), leading to `href`. The
 * hidden end of the text says where the link leads (`href`'s host name).
 */
export function renderBadgeContent(
  link: HTMLAnchorElement,
  language: string,
  messages: PartnerBadgeMessages,
  verification: Verification,
  href: string,
  logo: string | undefined,
): void {
  const partner = typeof verification === 'object' ? verification : undefined;
  const [claimLine1, claimLine2, programmeLine1, programmeLine2, unverified, since, leadsTo] = messages;
  // A roster date is YYYY, YYYY-MM or YYYY-MM-DD (the data's rule, tested on the default data): its year is
  // its first four characters; measured, 20 B gzip fewer than matching the year with a regular expression.
  const year = partner?.joined?.slice(0, 4);
  let mark: Node = createEmblem();
  if (partner) {
    const slot = document.createElement('slot');
    slot.name = 'logo';
    slot.append(logo ? logoImage(logo) : mark);
    mark = slot;
  }
  // The link's own URL parts, not a URL object (measured: 11 B gzip fewer).
  link.href = href;
  if (partner) link.hash = `partner=${partner.id}`;
  link.lang = language;
  link.classList.toggle('neutral', !partner);
  link.replaceChildren(
    el('mark', mark),
    el(
      'text',
      el('name', partner ? partner.name : unverified, hidden(', ')),
      // The year line's separator ends the line above it, where it takes no visible room (it would indent the
      // year line, and the browser would read "Europe , Partner since"); hidden with that line outside `full`.
      el(
        'claim',
        el('line', partner ? claimLine1 : programmeLine1),
        ' ',
        el('line', partner ? claimLine2 : programmeLine2, year ? hidden(', ') : ''),
      ),
      year ? el('since', fill(since, year)) : '',
    ),
    hidden(fill(leadsTo, link.host)),
  );
}
