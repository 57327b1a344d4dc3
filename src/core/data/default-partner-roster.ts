/**
 * The partners of the default data in their compact form (id, name, join
 * date, domains): all the partner badge carries, so that it stays a few kilobytes.
 *
 * Names: the name a badge shows, which for an association known by its abbreviation is that
 * abbreviation ("CCIA"); `default-partners.ts` gives the full name where it is longer ("Computer &
 * Communications Industry Association (CCIA)"), so the badge's file does not carry the long names.
 *
 * Domains: the registrable domain of each partner's website (the research notes' `domain` of each partner),
 * plus a former or second domain the notes name (Deutsche Telekom's telekom.de, ETNO's former etno.eu,
 * Facebook's parent Meta's meta.com). No other domain is guessed.
 * `default-partners.ts` adds each partner's kind, website and description.
 *
 * A join date that no source confirms is `null`: it is never guessed. A name is the same in every
 * language: what became of a partner since it joined ("now Meta", "joined as Element AI", as the Council
 * of Europe's page says) is its `description`, which has translations.
 */
import type { Partner } from './types.js';

/** What the badge needs of a partner: its domains are where its badge may claim the partnership. */
export type PartnerSummary = Pick<Partner, 'id' | 'name' | 'joined'> & { readonly domains: readonly string[] };

export const defaultPartnerRoster = [
  { id: 'apple', name: 'Apple', joined: '2017-11-08', domains: ['apple.com'] },
  { id: 'att', name: 'AT&T', joined: null, domains: ['att.com'] },
  { id: 'bt', name: 'BT', joined: null, domains: ['bt.com'] },
  { id: 'cloudflare', name: 'Cloudflare', joined: '2018-05-23', domains: ['cloudflare.com'] },
  { id: 'ccia', name: 'CCIA', joined: '2017-11-08', domains: ['ccianet.org'] },
  { id: 'deutsche-telekom', name: 'Deutsche Telekom', joined: '2017-11-08', domains: ['telekom.com', 'telekom.de'] },
  { id: 'digitaleurope', name: 'DIGITALEUROPE', joined: '2017-11-08', domains: ['digitaleurope.org'] },
  { id: 'servicenow', name: 'ServiceNow', joined: '2020-02', domains: ['servicenow.com'] },
  { id: 'euroispa', name: 'EuroISPA', joined: '2018-05-23', domains: ['euroispa.org'] },
  { id: 'european-digital-sme-alliance', name: 'European Digital SME Alliance', joined: '2017-11-08', domains: ['digitalsme.eu'] },
  {
    id: 'etno',
    name: 'ETNO',
    joined: '2017-11-08',
    domains: ['connecteurope.org', 'etno.eu'],
  },
  { id: 'facebook', name: 'Facebook', joined: '2017-11-08', domains: ['facebook.com', 'meta.com'] },
  { id: 'gni', name: 'GNI', joined: '2017-11-08', domains: ['globalnetworkinitiative.org'] },
  { id: 'google', name: 'Google', joined: '2017-11-08', domains: ['google.com'] },
  { id: 'gsma', name: 'GSMA', joined: '2017-11-08', domains: ['gsma.com'] },
  { id: 'ibm', name: 'IBM', joined: null, domains: ['ibm.com'] },
  { id: 'icco', name: 'ICCO', joined: '2020-02', domains: ['iccopr.com'] },
  { id: 'ieee', name: 'IEEE', joined: '2020-02', domains: ['ieee.org'] },
  { id: 'intel', name: 'Intel', joined: '2020-02', domains: ['intel.com'] },
  { id: 'isoc', name: 'ISOC', joined: null, domains: ['internetsociety.org'] },
  { id: 'microsoft', name: 'Microsoft', joined: '2017-11-08', domains: ['microsoft.com'] },
  { id: 'kaspersky', name: 'Kaspersky', joined: '2017-11-08', domains: ['kaspersky.com'] },
  { id: 'orange', name: 'Orange', joined: '2017-11-08', domains: ['orange.com'] },
  { id: 'ripe-ncc', name: 'RIPE NCC', joined: '2020-02', domains: ['ripe.net'] },
  { id: 'telefonica', name: 'Telefónica', joined: '2017-11-08', domains: ['telefonica.com'] },
  { id: 'icc', name: 'ICC', joined: '2022-06', domains: ['iccwbo.org'] },
  { id: 'lego-group', name: 'The LEGO Group', joined: '2022-06', domains: ['lego.com'] },
] as const satisfies readonly PartnerSummary[];

/** The id of a partner of the default data. */
export type DefaultPartnerId = (typeof defaultPartnerRoster)[number]['id'];
