/**
 * Whether a badge may claim the partnership: the rule of its trust contract. The partner must be in the
 * roster inside the badge's own script (page data never counts), and the page must be on one of the
 * partner's domains or a subdomain of one, on a Council of Europe host, or on a preview host of the
 * partner's own machine. The element and the server renderer both decide with it.
 */
import { defaultPartnerRoster, type PartnerSummary } from '../../core/data/default-partner-roster.js';

/** The partner the badge may claim, or why not. */
export type Verification = PartnerSummary | string;

/** What the check reads of the page's address (`location`, or a URL the server renderer is given). */
export type PageAddress = Pick<URL, 'protocol' | 'hostname'>;

/** The Council of Europe's own domain: the partnership's pages may show every partner's badge. */
const COUNCIL_OF_EUROPE_DOMAIN = 'coe.int';

/** A preview on the partner's own machine: `localhost`, `*.localhost`, `127.0.0.1` or `[::1]`. */
const LOCAL_HOST = /^(?:(?:.+\.)?localhost|127\.0\.0\.1|\[::1\])$/;

/** `host` is `domain` or a subdomain of it (`news.microsoft.com`; never `evilmicrosoft.com` or `microsoft.com.evil.example`). */
const isOn = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * The partner a badge may claim on `page`, or why not: the id its `partner` attribute gives, looked up in
 * the built-in roster, then the page's host checked against the partner's domains.
 */
export function verifyPartner(partnerAttribute: string | null | undefined, page: PageAddress | null | undefined): Verification {
  const id = partnerAttribute?.trim().toLowerCase();
  if (!id) return 'the partner attribute is missing';
  const partner: PartnerSummary | undefined = defaultPartnerRoster.find((item) => item.id === id);
  if (!partner) return `"${id}" is not in this script's partner list`;
  if (!page) return "the page's address is not known";
  // A fully qualified name may end with a dot (`www.microsoft.com.`); it is the same host.
  const host = page.hostname.toLowerCase().replace(/\.$/, '');
  return page.protocol === 'file:' ||
    LOCAL_HOST.test(host) ||
    [COUNCIL_OF_EUROPE_DOMAIN, ...partner.domains].some((domain) => isOn(host, domain))
    ? partner
    : `the page's host "${host}" is not on ${partner.name}'s domains (${partner.domains.join(', ')})`;
}
